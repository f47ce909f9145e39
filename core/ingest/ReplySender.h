#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace centinela::core {

class PgConnection;

/// Sends what waits in `outbound_messages` (tip acknowledgements, operators' replies) through the
/// station's messaging API: POST {channel, to, body, message_id} as JSON with a bearer token.
/// A message is marked sent only on a 2xx; failures are retried later (up to 20 attempts).
class ReplySender : public QObject
{
    Q_OBJECT
public:
    ReplySender(QString conninfo, QUrl url, QByteArray token, QObject* parent = nullptr);
    ~ReplySender() override;

public Q_SLOTS:
    void start();
    void poll();

private:
    void done(qint64 id, const QString& error);

    QString m_conninfo;
    QUrl m_url;
    QByteArray m_token;
    std::unique_ptr<PgConnection> m_db;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_timer = nullptr;
    QSet<qint64> m_inFlight;
};

} // namespace centinela::core
