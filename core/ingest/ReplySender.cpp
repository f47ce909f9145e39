#include "ReplySender.h"

#include "store/PgConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace centinela::core {

ReplySender::ReplySender(QString conninfo, QUrl url, QByteArray token, QObject* parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_url(std::move(url))
    , m_token(std::move(token))
{
}

ReplySender::~ReplySender() = default;

void ReplySender::start()
{
    m_network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ReplySender::poll);
    m_timer->start(1000);
    poll();
}

void ReplySender::poll()
{
    try {
        if (!m_db || !m_db->isOpen())
            m_db = std::make_unique<PgConnection>(m_conninfo);
        const PgRows rows = m_db->exec("SELECT id, channel, address, body FROM outbound_batch(50)");
        for (int r = 0; r < rows.size(); ++r) {
            const qint64 id = rows.toLongLong(r, 0);
            if (m_inFlight.contains(id))
                continue;
            m_inFlight.insert(id);
            QNetworkRequest request(m_url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!m_token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + m_token);
            request.setTransferTimeout(15000);
            const QJsonObject body{{QStringLiteral("message_id"), id},
                                   {QStringLiteral("channel"), rows.text(r, 1)},
                                   {QStringLiteral("to"), rows.text(r, 2)},
                                   {QStringLiteral("body"), rows.text(r, 3)}};
            QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                done(id, status >= 200 && status < 300
                             ? QString()
                             : QStringLiteral("HTTP %1 %2").arg(status).arg(reply->errorString()));
            });
        }
    } catch (const PgError& e) {
        qWarning("centinela-gateway: outbound messages not read: %s", qUtf8Printable(e.message()));
        m_db.reset();
    }
}

void ReplySender::done(qint64 id, const QString& error)
{
    m_inFlight.remove(id);
    try {
        if (!m_db || !m_db->isOpen())
            m_db = std::make_unique<PgConnection>(m_conninfo);
        m_db->exec(
            "SELECT outbound_done($1, $2)",
            {QByteArray::number(id), error.isEmpty() ? std::nullopt : std::optional<QByteArray>(error.toUtf8())});
    } catch (const PgError& e) {
        qWarning("centinela-gateway: outbound message %lld not marked: %s", id, qUtf8Printable(e.message()));
        m_db.reset();
    }
    if (!error.isEmpty())
        qWarning("centinela-gateway: outbound message %lld not sent: %s", id, qUtf8Printable(error));
}

} // namespace centinela::core
