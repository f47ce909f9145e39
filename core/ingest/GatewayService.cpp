#include "GatewayService.h"

#include "CapParser.h"
#include "Crypto.h"
#include "FormData.h"
#include "IngestWriter.h"
#include "MediaFetcher.h"
#include "NmeaDecoder.h"
#include "OsmAndParser.h"
#include "ReplySender.h"
#include "TwilioParser.h"
#include "WhatsAppParser.h"
#include "orders/BraceletMonitor.h"
#include "records/RecordLookup.h"
#include "routing/RoutingService.h"
#include "store/Migrator.h"
#include "store/PgConnection.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace centinela::core {

namespace {
const SystemClock kSystemClock;
}

namespace {

constexpr int kMaxNmeaLine = 1024;

void logLine(const QString& text)
{
    std::fprintf(stderr, "centinela-gateway: %s\n", qUtf8Printable(text));
}

QJsonArray mediaJson(const QList<MediaRef>& media)
{
    QJsonArray out;
    for (const MediaRef& m : media)
        out.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                               {QStringLiteral("media_id"), m.mediaId},
                               {QStringLiteral("url"), m.url},
                               {QStringLiteral("mime_type"), m.mimeType},
                               {QStringLiteral("sha256"), m.sha256},
                               {QStringLiteral("caption"), m.caption}});
    return out;
}

/// NMEA decoding state of one TCP connection.
struct NmeaSession : QObject
{
    NmeaDecoder decoder;
    QByteArray buffer;
    bool warnedUnknown = false;
};

} // namespace

GatewayService::GatewayService(GatewayConfig config, QString conninfo, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_conninfo(std::move(conninfo))
    , m_http([this](const HttpRequest& r, const HttpResponder& s) { handleHttp(r, s); })
    , m_osmand([this](const HttpRequest& r, const HttpResponder& s) { handleOsmAnd(r, s); })
{
    m_http.setMaxBodyBytes(m_config.maxBodyBytes);
    m_osmand.setMaxBodyBytes(64 * 1024);
    auto rejected = [this](int status, const QString& why) {
        ++m_received;
        reject(status == 413 ? QStringLiteral("too_large") : QStringLiteral("bad_http"));
        logLine(QStringLiteral("rejected request (%1): %2").arg(status).arg(why));
    };
    m_http.setRejectionCallback(rejected);
    m_osmand.setRejectionCallback(rejected);
    connect(&m_nmea, &QTcpServer::newConnection, this, &GatewayService::onNmeaConnection);
}

GatewayService::~GatewayService()
{
    if (m_writer && m_writerThread.isRunning())
        QMetaObject::invokeMethod(m_writer, &IngestWriter::flush, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
    if (m_bracelets && m_braceletThread.isRunning())
        QMetaObject::invokeMethod(m_bracelets, &BraceletMonitor::flushTrack, Qt::BlockingQueuedConnection);
    m_braceletThread.quit();
    m_braceletThread.wait();
    m_mediaThread.quit();
    m_mediaThread.wait();
}

bool GatewayService::start(QString* error)
{
    try {
        m_reader = std::make_unique<PgConnection>(m_conninfo);
        int found = 0;
        const auto status = Migrator::check(*m_reader, &found);
        if (status != Migrator::Status::Current) {
            *error = Migrator::explain(status, found);
            return false;
        }
        // The tipline's hash key: made on first start, readable by the gateway role only.
        m_reader->exec("INSERT INTO gateway_secrets (name, value) VALUES ('tip_hash_key', decode($1, 'hex'))"
                       " ON CONFLICT (name) DO NOTHING",
                       {[] {
                           QByteArray key(32, '\0');
                           QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
                           return key.toHex();
                       }()});
        m_tipKey = QByteArray::fromHex(
            m_reader->exec("SELECT encode(value, 'hex') FROM gateway_secrets WHERE name = 'tip_hash_key'").bytes(0, 0));
        for (auto it = m_config.devices.cbegin(); it != m_config.devices.cend(); ++it)
            m_reader->exec("SELECT register_device($1, $2)", {it.key().toUtf8(), it.value().toUtf8()});
        reloadDevices();
    } catch (const PgError& e) {
        *error = QStringLiteral("database: %1").arg(e.message());
        return false;
    }

    if (m_config.whatsappAppSecret.isEmpty())
        logLine(QStringLiteral("whatsapp input disabled: no [whatsapp] app_secret in the configuration"));
    if (m_config.twilioAuthToken.isEmpty() || m_config.twilioPublicUrl.isEmpty())
        logLine(QStringLiteral("sms input disabled: no [twilio] auth_token and public_url in the configuration"));
    if (m_config.tiplineNumbers.isEmpty())
        logLine(QStringLiteral("tipline disabled: no [tipline] numbers in the configuration"));
    else
        logLine(QStringLiteral("tipline numbers: %1").arg(m_config.tiplineNumbers.join(QStringLiteral(", "))));
    if (m_config.capToken.isEmpty())
        logLine(QStringLiteral("cap input disabled: no [cap] token in the configuration"));

    m_writer = new IngestWriter(m_conninfo, m_config.flushMs);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.setObjectName(QStringLiteral("ingest-writer"));
    m_writerThread.start();

    if (m_config.repliesUrl.isEmpty()) {
        logLine(QStringLiteral("replies disabled: no [replies] url in the configuration (tip acknowledgements and "
                               "operators' replies wait in the database)"));
    } else {
        m_replies = new ReplySender(m_conninfo, QUrl(m_config.repliesUrl), m_config.repliesToken);
        m_replies->moveToThread(&m_writerThread);
        connect(&m_writerThread, &QThread::finished, m_replies, &QObject::deleteLater);
        QMetaObject::invokeMethod(m_replies, &ReplySender::start, Qt::QueuedConnection);
    }

    // Attachments: fetched, checked and stored content-addressed on their own thread.
    MediaFetcher::Settings media;
    media.apiUrl = QUrl(m_config.mediaApiUrl);
    media.apiToken = m_config.mediaToken;
    media.basicUser = m_config.twilioAccountSid;
    media.basicPassword = m_config.twilioAuthToken;
    media.maxBytes = m_config.mediaMaxBytes;
    media.allowedTypes = m_config.mediaTypes;
    media.retrySeconds = m_config.mediaRetrySeconds;
    m_media = new MediaFetcher(m_conninfo, media);
    m_media->moveToThread(&m_mediaThread);
    connect(&m_mediaThread, &QThread::finished, m_media, &QObject::deleteLater);
    m_mediaThread.setObjectName(QStringLiteral("media"));
    m_mediaThread.start();
    QMetaObject::invokeMethod(m_media, &MediaFetcher::start, Qt::QueuedConnection);
    logLine(QStringLiteral("attachments: up to %1 bytes, types %2; media ids %3")
                .arg(m_config.mediaMaxBytes)
                .arg((m_config.mediaTypes.isEmpty() ? MediaFetcher::defaultTypes() : m_config.mediaTypes)
                         .join(QStringLiteral(", ")))
                .arg(m_config.mediaApiUrl.isEmpty() ? QStringLiteral("not fetched (no [media] api_url)")
                                                    : QStringLiteral("through ") + m_config.mediaApiUrl));

    // Protective orders: bracelets' fixes are checked on their own thread as they arrive.
    m_bracelets = new BraceletMonitor(m_conninfo, &kSystemClock, m_routing);
    QString braceletError;
    if (!m_bracelets->reload(&braceletError)) {
        *error = QStringLiteral("database: protective orders: %1").arg(braceletError);
        delete m_bracelets;
        m_bracelets = nullptr;
        return false;
    }
    m_bracelets->moveToThread(&m_braceletThread);
    connect(&m_braceletThread, &QThread::finished, m_bracelets, &QObject::deleteLater);
    m_braceletThread.setObjectName(QStringLiteral("bracelets"));
    m_braceletThread.start();
    QMetaObject::invokeMethod(m_bracelets, &BraceletMonitor::start, Qt::QueuedConnection);
    logLine(QStringLiteral("protective orders: bracelet signal loss after %1 s; nearest unit by %2")
                .arg(m_bracelets->signalLossSeconds())
                .arg(m_routing && m_routing->graph() ? QStringLiteral("road") : QStringLiteral("straight line")));

    auto* reload = new QTimer(this);
    connect(reload, &QTimer::timeout, this, &GatewayService::reloadDevices);
    reload->start(10000);

    if (!m_http.listen(m_config.listen, m_config.httpPort)) {
        *error = QStringLiteral("cannot listen on HTTP port %1: %2").arg(m_config.httpPort).arg(m_http.errorString());
        return false;
    }
    if (!m_osmand.listen(m_config.listen, m_config.osmandPort)) {
        *error =
            QStringLiteral("cannot listen on OsmAnd port %1: %2").arg(m_config.osmandPort).arg(m_osmand.errorString());
        return false;
    }
    if (!m_nmea.listen(m_config.listen, m_config.nmeaPort)) {
        *error = QStringLiteral("cannot listen on NMEA port %1: %2").arg(m_config.nmeaPort).arg(m_nmea.errorString());
        return false;
    }
    m_started = QDateTime::currentSecsSinceEpoch();
    return true;
}

quint16 GatewayService::httpPort() const
{
    return m_http.port();
}
quint16 GatewayService::osmandPort() const
{
    return m_osmand.port();
}
quint16 GatewayService::nmeaPort() const
{
    return m_nmea.serverPort();
}

void GatewayService::reloadDevices()
{
    try {
        const PgRows devices = m_reader->exec("SELECT device_id, unit_id FROM devices");
        const PgRows reporters = m_reader->exec("SELECT number_hash, id, status FROM reporters");
        QMutexLocker lock(&m_mutex);
        m_devices.clear();
        for (int r = 0; r < devices.size(); ++r)
            m_devices.insert(devices.text(r, 0), devices.toLongLong(r, 1));
        m_reporters.clear();
        for (int r = 0; r < reporters.size(); ++r)
            m_reporters.insert(reporters.text(r, 0), {reporters.toLongLong(r, 1), reporters.text(r, 2)});
    } catch (const PgError& e) {
        logLine(QStringLiteral("cannot reload the device registry: %1").arg(e.message()));
        try {
            m_reader = std::make_unique<PgConnection>(m_conninfo);
        } catch (const PgError&) {
        }
    }
}

qint64 GatewayService::unitFor(const QString& deviceId)
{
    QMutexLocker lock(&m_mutex);
    return m_devices.value(deviceId);
}

void GatewayService::reject(const QString& reason)
{
    QMutexLocker lock(&m_mutex);
    ++m_rejected[reason];
}

QJsonObject GatewayService::health() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject rejected;
    for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it)
        rejected.insert(it.key(), it.value());
    return {{QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("received"), m_received.load()},
            {QStringLiteral("stored"), m_stored.load()},
            {QStringLiteral("duplicates"), m_duplicates.load()},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("queued_fixes"), m_writer ? m_writer->queuedFixes() : 0},
            {QStringLiteral("devices"), int(m_devices.size())},
            {QStringLiteral("uptime_s"), QDateTime::currentSecsSinceEpoch() - m_started}};
}

QString GatewayService::reporterRef(const QString& number, QString* channel)
{
    // Numbers never reach the alert: a keyed hash identifies a sender across messages.
    const QString hash = QString::fromLatin1(hmacSha256(m_tipKey, number.toUtf8()).toHex());
    QMutexLocker lock(&m_mutex);
    const auto it = m_reporters.constFind(hash);
    if (it != m_reporters.constEnd() && it->second == QLatin1String("approved")) {
        *channel = QStringLiteral("vetted_group");
        return QStringLiteral("reporter:%1").arg(it->first);
    }
    return QStringLiteral("sender:") + hash.left(16);
}

bool GatewayService::authenticated(const QByteArray& presented, const char* what, bool valid,
                                   const HttpResponder& responder)
{
    // A missing credential and a wrong one are answered (401, 403) and counted apart.
    if (presented.isEmpty()) {
        reject(QStringLiteral("missing_signature"));
        responder.send(401, "missing " + QByteArray(what) + '\n');
        return false;
    }
    if (!valid) {
        reject(QStringLiteral("bad_signature"));
        responder.send(403, "bad " + QByteArray(what) + '\n');
        return false;
    }
    return true;
}

void GatewayService::handleHttp(const HttpRequest& request, const HttpResponder& responder)
{
    if (request.path == "/healthz") {
        responder.send(200, QJsonDocument(health()).toJson(QJsonDocument::Compact), "application/json");
        return;
    }
    if (request.path == "/webhooks/whatsapp")
        return handleWhatsApp(request, responder);
    if (request.path == "/webhooks/sms")
        return handleSms(request, responder);
    if (request.path == "/cap")
        return handleCap(request, responder);
    responder.send(404, "no such endpoint\n");
}

void GatewayService::handleWhatsApp(const HttpRequest& request, const HttpResponder& responder)
{
    if (m_config.whatsappAppSecret.isEmpty()) {
        responder.send(404, "whatsapp input disabled\n");
        return;
    }
    if (request.method == "GET") {
        // Meta's verification handshake.
        const FormFields q = parseForm(request.query);
        if (formValue(q, QStringLiteral("hub.mode")) == QLatin1String("subscribe") &&
            !m_config.whatsappVerifyToken.isEmpty() &&
            constantTimeEquals(formValue(q, QStringLiteral("hub.verify_token")).toUtf8(),
                               m_config.whatsappVerifyToken)) {
            responder.send(200, formValue(q, QStringLiteral("hub.challenge")).toUtf8());
        } else {
            responder.send(403, "verification failed\n");
        }
        return;
    }
    if (request.method != "POST") {
        responder.send(405, "GET or POST\n");
        return;
    }
    ++m_received;
    const QByteArray signature = request.header("x-hub-signature-256");
    if (!authenticated(signature, "X-Hub-Signature-256",
                       WhatsAppParser::verifySignature(request.body, signature, m_config.whatsappAppSecret), responder))
        return;
    QList<InboundMessage> messages;
    QString error;
    if (!WhatsAppParser::parse(request.body, &messages, &error)) {
        reject(QStringLiteral("malformed"));
        responder.send(400, error.toUtf8() + '\n');
        return;
    }
    storeMessages(messages, responder, "ok\n");
}

void GatewayService::handleSms(const HttpRequest& request, const HttpResponder& responder)
{
    if (m_config.twilioAuthToken.isEmpty() || m_config.twilioPublicUrl.isEmpty()) {
        responder.send(404, "sms input disabled\n");
        return;
    }
    if (request.method != "POST") {
        responder.send(405, "POST\n");
        return;
    }
    ++m_received;
    const FormFields fields = parseForm(request.body);
    const QByteArray signature = request.header("x-twilio-signature");
    QString url = m_config.twilioPublicUrl;
    if (!request.query.isEmpty() && !url.contains(QLatin1Char('?')))
        url += QLatin1Char('?') + QString::fromUtf8(request.query);
    if (!authenticated(signature, "X-Twilio-Signature",
                       TwilioParser::verifySignature(m_config.twilioAuthToken, url, fields, signature), responder))
        return;
    InboundMessage message;
    QString error;
    if (!TwilioParser::parse(fields, &message, &error)) {
        // A signed status callback: nothing to store, nothing to retry.
        reject(QStringLiteral("not_a_message"));
        responder.send(200, "<Response/>", "text/xml");
        return;
    }
    storeMessages({message}, responder, "<Response/>");
}

void GatewayService::handleCap(const HttpRequest& request, const HttpResponder& responder)
{
    if (m_config.capToken.isEmpty()) {
        responder.send(404, "cap input disabled\n");
        return;
    }
    if (request.method != "POST") {
        responder.send(405, "POST\n");
        return;
    }
    ++m_received;
    const QByteArray auth = request.header("authorization");
    if (!authenticated(auth, "Authorization: Bearer", constantTimeEquals(auth, "Bearer " + m_config.capToken),
                       responder))
        return;
    CapAlert cap;
    QString error;
    if (!CapParser::parse(request.body, &cap, &error)) {
        reject(QStringLiteral("invalid_cap"));
        responder.send(400, error.toUtf8() + '\n');
        return;
    }
    if (cap.status != QLatin1String("Actual") || cap.msgType == QLatin1String("Ack") ||
        cap.msgType == QLatin1String("Error")) {
        reject(QStringLiteral("cap_not_actionable"));
        responder.send(200, "accepted, not an actionable alert\n");
        return;
    }
    const CapInfo info = cap.infos.value(0);
    QJsonObject alert{
        {QStringLiteral("channel"), QStringLiteral("cap")},
        {QStringLiteral("external_id"), QString(cap.sender + QLatin1Char('/') + cap.identifier)},
        {QStringLiteral("reporter_ref"), QString(QStringLiteral("cap:") + cap.sender)},
        {QStringLiteral("body"), QStringList{cap.msgType == QLatin1String("Alert") ? QString() : cap.msgType,
                                             info.headline.isEmpty() ? info.event : info.headline, info.description}
                                     .join(QLatin1Char('\n'))
                                     .trimmed()},
        {QStringLiteral("received_at"), cap.sent.toString(Qt::ISODate)},
        {QStringLiteral("priority"), cap.priority()}};
    if (const auto where = cap.location()) {
        alert.insert(QStringLiteral("lon"), where->lon);
        alert.insert(QStringLiteral("lat"), where->lat);
    }
    if (!info.areas.isEmpty())
        alert.insert(QStringLiteral("location_text"), info.areas.first().description);
    m_writer->submitAlert(alert, [this, responder](const IngestWriter::AlertResult& r) {
        if (!r.ok && r.permanent) {
            reject(QStringLiteral("store_refused"));
            logLine(QStringLiteral("CAP alert not stored, the database refused it: %1").arg(r.error));
            responder.send(400, "refused by the database\n");
            return;
        }
        if (!r.ok) {
            responder.send(503, "not stored, try again\n");
            return;
        }
        (r.duplicate ? m_duplicates : m_stored)++;
        responder.send(200, "stored\n");
    });
}

void GatewayService::storeMessages(const QList<InboundMessage>& messages, const HttpResponder& responder,
                                   const QByteArray& okBody)
{
    struct Progress
    {
        int left = 0;
        bool failed = false;
    };
    auto progress = std::make_shared<Progress>();
    QList<QJsonObject> alerts;
    QList<const InboundMessage*> senders;
    QList<QPair<const InboundMessage*, QString>> checks;
    QList<const InboundMessage*> networkCommands;
    static const QRegularExpression networkCommand(QStringLiteral("^\\s*(?:INVITAR|INVITE|AVALAR|VOUCH)\\s"),
                                                   QRegularExpression::CaseInsensitiveOption);
    for (const InboundMessage& m : messages) {
        // Members grow the vetted network by message: the database acts and answers for approved
        // members only; it is never an alert, and nothing at all for any other number.
        if (m.type == QLatin1String("text") && networkCommand.match(m.text).hasMatch()) {
            networkCommands.push_back(&m);
            continue;
        }
        // "CHECK P123ABC" by text message: a field record check, answered only to registered officers
        // (the database decides); never an alert, and nothing at all for any other number.
        if (m.channel == QLatin1String("sms")) {
            const QString query = RecordLookup::fieldCheckQuery(m.text);
            if (!query.isEmpty()) {
                checks.push_back({&m, query});
                continue;
            }
        }
        // Refused content is answered to the sender, not with an HTTP error the platform would retry.
        if (m.frequentlyForwarded) {
            reject(QStringLiteral("chain_message"));
            logLine(QStringLiteral("refused chain message %1").arg(m.externalId));
            // A member who forwards chains breaks the network's rules: a strike (none for strangers).
            m_writer->submitStrike(QString::fromLatin1(hmacSha256(m_tipKey, m.from.toUtf8()).toHex()),
                                   QStringLiteral("chain_message"), m.externalId);
            continue;
        }
        const bool supported = m.type == QLatin1String("text") || m.type == QLatin1String("location") ||
                               m.type == QLatin1String("image") || m.type == QLatin1String("video") ||
                               m.type == QLatin1String("audio") || m.type == QLatin1String("document");
        if (!supported) {
            reject(QStringLiteral("unsupported_type"));
            continue;
        }
        QString channel = m.channel == QLatin1String("sms") ? QStringLiteral("sms") : QStringLiteral("unverified");
        const QString ref = reporterRef(m.from, &channel);
        QJsonObject alert;
        alert.insert(QStringLiteral("channel"), channel);
        alert.insert(QStringLiteral("external_id"), m.externalId);
        alert.insert(QStringLiteral("reporter_ref"), ref);
        alert.insert(QStringLiteral("body"), m.text);
        alert.insert(QStringLiteral("attachments"), mediaJson(m.media));
        alert.insert(QStringLiteral("priority"), channel == QLatin1String("unverified") ? 4 : 3);
        if (m.sentAt.isValid())
            alert.insert(QStringLiteral("received_at"), m.sentAt.toString(Qt::ISODate));
        if (m.location) {
            alert.insert(QStringLiteral("lon"), m.location->lon);
            alert.insert(QStringLiteral("lat"), m.location->lat);
        }
        const QString place = QStringList{m.placeName, m.placeAddress}.join(QStringLiteral(", "));
        if (!m.placeName.isEmpty() || !m.placeAddress.isEmpty())
            alert.insert(QStringLiteral("location_text"), place);
        alerts.push_back(alert);
        senders.push_back(&m);
    }
    if (alerts.isEmpty() && checks.isEmpty() && networkCommands.isEmpty()) {
        responder.send(200, okBody);
        return;
    }
    progress->left = int(alerts.size() + checks.size() + networkCommands.size());
    // Text commands answered by the database: counted as stored when answered, as refused (with
    // `reason`) when the number is not one it serves.
    const auto answered = [this, progress, responder, okBody](const QString& reason) {
        return [this, progress, responder, okBody, reason](bool ok, bool answeredByDb) {
            if (!ok)
                progress->failed = true;
            else if (answeredByDb)
                ++m_stored;
            else
                reject(reason);
            if (--progress->left == 0)
                responder.send(progress->failed ? 503 : 200,
                               progress->failed ? QByteArray("not stored, try again\n") : okBody);
        };
    };
    for (const InboundMessage* m : std::as_const(networkCommands))
        m_writer->submitNetworkMessage(m->from, m->text, m->channel, answered(QStringLiteral("not_a_member")));
    for (const auto& [m, query] : std::as_const(checks))
        m_writer->submitFieldCheck(m->from, query, m->channel, answered(QStringLiteral("unregistered_check")));
    for (int i = 0; i < alerts.size(); ++i) {
        const QJsonObject& alert = alerts.at(i);
        auto done = [this, progress, responder, okBody](const IngestWriter::AlertResult& r) {
            if (!r.ok && r.permanent) {
                // Retrying would fail the same way for days: count it, log it, and let it go.
                reject(QStringLiteral("store_refused"));
                logLine(QStringLiteral("message not stored, the database refused it: %1").arg(r.error));
            } else if (!r.ok)
                progress->failed = true;
            else
                (r.duplicate ? m_duplicates : m_stored)++;
            if (--progress->left == 0) {
                if (progress->failed)
                    responder.send(503, "not stored, try again\n");
                else
                    responder.send(200, okBody);
            }
        };
        const InboundMessage& m = *senders.at(i);
        if (m_config.tiplineNumbers.contains(m.to))
            m_writer->submitTip(alert, m.from, m.channel,
                                done); // the number goes only into the tip's encrypted address
        else if (!m.from.isEmpty())
            // The number goes only into the alert's encrypted reply address (acknowledgement, "on the way").
            m_writer->submitCitizenAlert(alert, m.from, m.channel, m_config.acknowledgement, done);
        else
            m_writer->submitAlert(alert, done);
    }
}

bool GatewayService::acceptFix(const PositionFix& fix, bool retry, const HttpResponder* responder)
{
    if (m_bracelets && m_bracelets->isBracelet(fix.deviceId)) {
        // An offender's bracelet is not a unit: checked against its order, never on the unit board.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (fix.time > now.addSecs(300) || fix.time < now.addDays(-7)) {
            reject(QStringLiteral("implausible_time"));
            if (responder)
                responder->send(400, "fix time too far from now\n");
            return true;
        }
        std::optional<HttpResponder> reply;
        if (responder)
            reply = *responder;
        // The answer goes out after the check, and after the alert's commit when one was due.
        m_bracelets->submit(fix, [this, reply](const BraceletMonitor::Outcome& o) {
            if (o.error.isEmpty())
                ++m_stored;
            else
                logLine(QStringLiteral("bracelet fix not checked: %1").arg(o.error));
            if (reply)
                reply->send(o.error.isEmpty() ? 200 : 503,
                            o.error.isEmpty() ? QByteArray() : QByteArray("not checked, try again\n"));
        });
        return true;
    }
    const qint64 unit = unitFor(fix.deviceId);
    if (!unit) {
        reject(QStringLiteral("unknown_device"));
        return false;
    }
    // A fix from the future would freeze the unit on every desk (newer fixes could never replace
    // it); one from long ago is a receiver's stale buffer. Both are refused and counted.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (fix.time > now.addSecs(300) || fix.time < now.addDays(-7)) {
        reject(QStringLiteral("implausible_time"));
        if (responder)
            responder->send(400, "fix time too far from now\n");
        return true;
    }
    UnitPosition p;
    p.unitId = unit;
    p.point = fix.point;
    p.heading = fix.heading;
    p.speed = fix.speedMps;
    p.fixTime = fix.time;
    std::optional<HttpResponder> reply;
    if (responder)
        reply = *responder;
    m_writer->submitFix(p, retry, [this, reply](bool ok) {
        if (ok)
            ++m_stored;
        if (reply)
            reply->send(ok ? 200 : 503, ok ? QByteArray() : QByteArray("not stored, try again\n"));
    });
    return true;
}

void GatewayService::handleOsmAnd(const HttpRequest& request, const HttpResponder& responder)
{
    ++m_received;
    PositionFix fix;
    QString error;
    OsmAndParser::Error e;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (request.method == "POST" && request.header("content-type").startsWith("application/json"))
        e = OsmAndParser::parseJson(request.body, now, &fix, &error);
    else if (request.method == "GET" || request.method == "POST")
        e = OsmAndParser::parseQuery(request.query.isEmpty() ? request.body : request.query, now, &fix, &error);
    else {
        reject(QStringLiteral("bad_http"));
        responder.send(405, "GET or POST\n");
        return;
    }
    if (e != OsmAndParser::Error::None) {
        const QString reason = e == OsmAndParser::Error::MissingId       ? QStringLiteral("missing_device_id")
                               : e == OsmAndParser::Error::BadCoordinate ? QStringLiteral("bad_coordinate")
                               : e == OsmAndParser::Error::NoPosition    ? QStringLiteral("no_position")
                                                                         : QStringLiteral("malformed");
        reject(reason);
        responder.send(400, error.toUtf8() + '\n');
        return;
    }
    if (!acceptFix(fix, false, &responder))
        responder.send(404, "unknown device\n");
}

void GatewayService::onNmeaConnection()
{
    while (QTcpSocket* socket = m_nmea.nextPendingConnection()) {
        auto* session = new NmeaSession;
        session->setParent(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, session] {
            session->buffer += socket->readAll();
            for (;;) {
                const qsizetype nl = session->buffer.indexOf('\n');
                if (nl < 0) {
                    if (session->buffer.size() > kMaxNmeaLine) {
                        reject(QStringLiteral("nmea_line_too_long"));
                        logLine(QStringLiteral("NMEA connection from %1 closed: line too long")
                                    .arg(socket->peerAddress().toString()));
                        socket->abort();
                    }
                    return;
                }
                const QByteArray line = session->buffer.left(nl);
                session->buffer.remove(0, nl + 1);
                PositionFix fix;
                QString why;
                const auto result = session->decoder.feed(line, &fix, &why);
                if (result == NmeaDecoder::Result::Fix) {
                    ++m_received;
                    if (!acceptFix(fix, true, nullptr) && !session->warnedUnknown) {
                        session->warnedUnknown = true;
                        logLine(QStringLiteral("NMEA from unknown device '%1'").arg(fix.deviceId));
                    }
                } else if (result == NmeaDecoder::Result::Rejected) {
                    ++m_received;
                    reject(why.contains(QStringLiteral("checksum")) ? QStringLiteral("nmea_checksum")
                                                                    : QStringLiteral("nmea_invalid"));
                }
            }
        });
    }
}

} // namespace centinela::core
