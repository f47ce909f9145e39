#pragma once

#include "GatewayConfig.h"
#include "InboundMessage.h"
#include "net/HttpServer.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QThread>

#include <atomic>
#include <memory>

namespace centinela::core {

class BraceletMonitor;
class IngestWriter;
class PgConnection;
class RoutingService;

/// centinela-gateway: takes citizen messages, CAP alerts and unit positions in over HTTP and TCP,
/// checks them, and writes them to the station database. A 2xx is sent only after the commit.
class GatewayService : public QObject
{
    Q_OBJECT
public:
    GatewayService(GatewayConfig config, QString conninfo, QObject* parent = nullptr);
    ~GatewayService() override;

    /// The road network for protective-order alerts' nearest unit (before start(); optional: without
    /// it the nearest unit is the nearest in a straight line).
    void setRoutingService(std::shared_ptr<RoutingService> routing) { m_routing = std::move(routing); }
    /// Checks the schema, seeds the device registry, loads secrets and opens the ports. Returns
    /// false with `error` set.
    bool start(QString* error);
    quint16 httpPort() const;
    quint16 osmandPort() const;
    quint16 nmeaPort() const;
    /// The counters /healthz serves.
    QJsonObject health() const;

private:
    void handleHttp(const HttpRequest& request, const HttpResponder& responder);
    void handleOsmAnd(const HttpRequest& request, const HttpResponder& responder);
    void handleWhatsApp(const HttpRequest& request, const HttpResponder& responder);
    void handleSms(const HttpRequest& request, const HttpResponder& responder);
    void handleCap(const HttpRequest& request, const HttpResponder& responder);
    void onNmeaConnection();
    void storeMessages(const QList<InboundMessage>& messages, const HttpResponder& responder, const QByteArray& okBody);
    bool acceptFix(const PositionFix& fix, bool retry, const HttpResponder* responder);
    qint64 unitFor(const QString& deviceId);
    void reloadDevices();
    QString reporterRef(const QString& number, QString* channel);
    void reject(const QString& reason);
    bool authenticated(const QByteArray& presented, const char* what, bool valid, const HttpResponder& responder);

    GatewayConfig m_config;
    QString m_conninfo;
    std::unique_ptr<PgConnection> m_reader; ///< device registry, reporters (GUI-thread reads, rare)
    HttpServer m_http;
    HttpServer m_osmand;
    QTcpServer m_nmea;
    QThread m_writerThread;
    IngestWriter* m_writer = nullptr;
    class ReplySender* m_replies = nullptr;
    QThread m_mediaThread; ///< downloads and stores attachments, never in a request's way
    class MediaFetcher* m_media = nullptr;
    std::shared_ptr<RoutingService> m_routing;
    QThread m_braceletThread; ///< bracelet checks never wait behind a position batch
    BraceletMonitor* m_bracelets = nullptr;
    QByteArray m_tipKey;

    mutable QMutex m_mutex; ///< counters and registry are touched from the writer thread's callbacks
    QHash<QString, qint64> m_devices;
    QHash<QString, QPair<qint64, QString>> m_reporters; ///< number hash → (id, status)
    qint64 m_lastReload = 0;
    std::atomic<qint64> m_received{0};
    std::atomic<qint64> m_stored{0};
    std::atomic<qint64> m_duplicates{0};
    QHash<QString, qint64> m_rejected;
    qint64 m_started = 0;
};

} // namespace centinela::core
