// centinela-gateway as a process on loopback against a real database: every input, its checks,
// and the counters /healthz reports.
#include "DbTest.h"
#include "SharedData.h"
#include "domain/Command.h"
#include "ingest/TwilioParser.h"
#include "net/HttpServer.h"
#include "store/CommandExecutor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace centinela;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
};

/// A raw HTTP/1.1 exchange, so tests control every byte (and can lie about Content-Length).
Reply http(quint16 port, const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
           const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool sendBody = true)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    bool hasLength = false;
    for (const auto& [k, v] : headers) {
        request += k + ": " + v + "\r\n";
        hasLength |= k.toLower() == "content-length";
    }
    if (!hasLength && (method == "POST" || !body.isEmpty()))
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    if (sendBody)
        request += body;
    s.write(request);
    QByteArray response;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(10000))
        response += s.readAll();
    response += s.readAll();
    Reply r;
    r.status = response.mid(9, 3).toInt();
    r.body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return r;
}

QByteArray nmea(const QByteArray& sentence)
{
    unsigned char sum = 0;
    for (char c : sentence.mid(1))
        sum ^= static_cast<unsigned char>(c);
    return sentence + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

QByteArray whatsAppText(const QString& id, const QString& text, bool chain = false)
{
    QJsonObject message{{QStringLiteral("from"), QStringLiteral("50255501234")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("timestamp"), QStringLiteral("1763900000")},
                        {QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    if (chain)
        message.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("frequently_forwarded"), true}});
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject root{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray hubSignature(const QByteArray& body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, "wa-secret", QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestGateway : public QObject
{
    Q_OBJECT
    QString m_db;
    QTemporaryDir m_dir;
    QProcess m_gateway;
    quint16 m_http = 0, m_osmand = 0, m_nmea = 0;
    // The station's messaging API, faked on loopback: what the gateway sends out lands here.
    QList<QJsonObject> m_sent;
    QByteArray m_sentAuth;
    core::HttpServer m_messaging{[this](const core::HttpRequest& r, const core::HttpResponder& reply) {
        m_sent << QJsonDocument::fromJson(r.body).object();
        m_sentAuth = r.header("authorization");
        reply.send(200, "{}", "application/json");
    }};

    /// The last message sent whose body contains `text`.
    QJsonObject sentWith(const QString& text) const
    {
        for (auto it = m_sent.crbegin(); it != m_sent.crend(); ++it)
            if (it->value(QLatin1String("body")).toString().contains(text))
                return *it;
        return {};
    }

    QJsonObject health() { return QJsonDocument::fromJson(http(m_http, "GET", "/healthz").body).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
        QVERIFY(m_messaging.listen(QHostAddress::LocalHost, 0));
        QFile ini(m_dir.filePath(QStringLiteral("gateway.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        // (Written line by line: moc's tokenizer trips over a string literal starting with '['.)
        const QByteArrayList lines = {"[whatsapp]",
                                      "app_secret = wa-secret",
                                      "verify_token = tok3n",
                                      "[twilio]",
                                      "auth_token = tw-secret",
                                      "public_url = https://station.example/webhooks/sms",
                                      "[cap]",
                                      "token = cap-token",
                                      "[limits]",
                                      "max_body_bytes = 65536",
                                      "[devices]",
                                      "DEV1 = P-1",
                                      "DEV2 = P-2",
                                      "[tipline]",
                                      "numbers = +50230000000",
                                      "[replies]",
                                      "url = http://127.0.0.1:" + QByteArray::number(m_messaging.port()) + "/send",
                                      "token = rtok"};
        ini.write(lines.join('\n') + '\n');
        ini.close();
        m_gateway.setProcessChannelMode(QProcess::SeparateChannels);
        m_gateway.start(test::binDir() + QStringLiteral("/centinela-gateway"),
                        {QStringLiteral("--db"), cluster->conninfoAs(m_db, QStringLiteral("pasarela")),
                         QStringLiteral("--config"), ini.fileName(), QStringLiteral("--http-port"), QStringLiteral("0"),
                         QStringLiteral("--osmand-port"), QStringLiteral("0"), QStringLiteral("--nmea-port"),
                         QStringLiteral("0")});
        QVERIFY(m_gateway.waitForStarted());
        QByteArray out;
        while (!out.contains("nmea_port") && m_gateway.waitForReadyRead(20000))
            out += m_gateway.readAllStandardOutput();
        QVERIFY2(out.contains("nmea_port"), m_gateway.readAllStandardError().constData());
        for (const QByteArray& line : out.split('\n')) {
            const quint16 port = quint16(line.mid(line.indexOf(':') + 1).trimmed().toUInt());
            if (line.startsWith("http_port"))
                m_http = port;
            else if (line.startsWith("osmand_port"))
                m_osmand = port;
            else if (line.startsWith("nmea_port"))
                m_nmea = port;
        }
        QVERIFY(m_http && m_osmand && m_nmea);
        QCOMPARE(health().value(QLatin1String("devices")).toInt(), 2); // seeded from [devices]
    }

    void whatsAppHandshake()
    {
        Reply r = http(m_http, "GET",
                       "/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=tok3n");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("1158201444"));
        r = http(m_http, "GET", "/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong");
        QCOMPARE(r.status, 403);
    }

    void whatsAppMessagesAreCheckedAndStoredOnce()
    {
        const QByteArray body =
            whatsAppText(QStringLiteral("wamid.A1"), QStringLiteral("Asaltan un bus en la 7a avenida"));
        QCOMPARE(http(m_http, "POST", "/webhooks/whatsapp", body, {{"Content-Type", "application/json"}}).status, 401);
        QCOMPARE(http(m_http, "POST", "/webhooks/whatsapp", body, {{"X-Hub-Signature-256", "sha256=00ff"}}).status,
                 403);
        QCOMPARE(http(m_http, "POST", "/webhooks/whatsapp", body, {{"X-Hub-Signature-256", hubSignature(body)}}).status,
                 200);
        // The platform retries: stored once.
        QCOMPARE(http(m_http, "POST", "/webhooks/whatsapp", body, {{"X-Hub-Signature-256", hubSignature(body)}}).status,
                 200);
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE external_id = 'wamid.A1'"), QStringLiteral("1"));
        QCOMPARE(test::scalar(c, "SELECT channel FROM alerts WHERE external_id = 'wamid.A1'"),
                 QStringLiteral("unverified"));
        // The sender's number never reaches the alert.
        QVERIFY(!test::scalar(c, "SELECT reporter_ref FROM alerts WHERE external_id = 'wamid.A1'")
                     .contains(QStringLiteral("5025550")));
        // A chain message is refused (200: the platform must not retry it) and not stored.
        const QByteArray chain = whatsAppText(QStringLiteral("wamid.C1"), QStringLiteral("REENVIA A 10 GRUPOS"), true);
        QCOMPARE(
            http(m_http, "POST", "/webhooks/whatsapp", chain, {{"X-Hub-Signature-256", hubSignature(chain)}}).status,
            200);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE external_id = 'wamid.C1'"), QStringLiteral("0"));
        // Signed but not JSON.
        QCOMPARE(http(m_http, "POST", "/webhooks/whatsapp", "{oops", {{"X-Hub-Signature-256", hubSignature("{oops")}})
                     .status,
                 400);
        const QJsonObject h = health();
        QVERIFY(h.value(QLatin1String("duplicates")).toInt() >= 1);
        QCOMPARE(h.value(QLatin1String("rejected")).toObject().value(QLatin1String("chain_message")).toInt(), 1);
        QVERIFY(h.value(QLatin1String("rejected")).toObject().value(QLatin1String("bad_signature")).toInt() >= 1);
    }

    void realWhatsAppFixturesAreStored()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        QFile f(test::sharedDataDir() + QStringLiteral("/formats/whatsapp_cloud_api_webhook.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object();
        const QByteArray body =
            QJsonDocument(all.value(QLatin1String("fixture_location_named_place")).toObject()).toJson();
        QCOMPARE(http(m_http, "POST", "/webhooks/whatsapp", body, {{"X-Hub-Signature-256", hubSignature(body)}}).status,
                 200);
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT location_text FROM alerts WHERE lat BETWEEN 37.46 AND 37.47"),
                 QStringLiteral("Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025"));
    }

    void oversizedBodiesAreRefusedBeforeReading()
    {
        const Reply r = http(m_http, "POST", "/webhooks/whatsapp", {}, {{"Content-Length", "999999999"}}, false);
        QCOMPARE(r.status, 413);
        QVERIFY(health().value(QLatin1String("rejected")).toObject().value(QLatin1String("too_large")).toInt() >= 1);
        QCOMPARE(http(m_http, "GET", "/healthz").status, 200); // still serving
    }

    void smsWithTwilioSignature()
    {
        const QByteArray body =
            "MessageSid=SM0001&From=%2B50255501234&To=%2B50222220000&Body=Robo+en+tienda&NumMedia=0";
        const QByteArray sig = core::TwilioParser::signature(
            "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(body));
        QCOMPARE(http(m_http, "POST", "/webhooks/sms", body, {{"X-Twilio-Signature", "bogus"}}).status, 403);
        QCOMPARE(http(m_http, "POST", "/webhooks/sms", body).status, 401);
        const Reply r = http(m_http, "POST", "/webhooks/sms", body, {{"X-Twilio-Signature", sig}});
        QCOMPARE(r.status, 200);
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT body FROM alerts WHERE external_id = 'SM0001'"),
                 QStringLiteral("Robo en tienda"));
        QCOMPARE(test::scalar(c, "SELECT channel FROM alerts WHERE external_id = 'SM0001'"), QStringLiteral("sms"));
    }

    void capAlerts()
    {
        const QByteArray cap =
            R"(<?xml version="1.0"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>GT-1</identifier><sender>conred@example</sender><sent>2026-11-23T10:00:00-06:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope><info><category>Geo</category><event>Sismo</event><urgency>Immediate</urgency><severity>Severe</severity><certainty>Observed</certainty><headline>Sismo fuerte</headline><area><areaDesc>Zona 1</areaDesc><circle>14.63,-90.51 5</circle></area></info></alert>)";
        QCOMPARE(http(m_http, "POST", "/cap", cap).status, 401);
        QCOMPARE(http(m_http, "POST", "/cap", cap, {{"Authorization", "Bearer nope"}}).status, 403);
        QCOMPARE(http(m_http, "POST", "/cap", cap, {{"Authorization", "Bearer cap-token"}}).status, 200);
        QByteArray bomb = cap;
        bomb.replace("<?xml version=\"1.0\"?>",
                     "<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        const Reply refused = http(m_http, "POST", "/cap", bomb, {{"Authorization", "Bearer cap-token"}});
        QCOMPARE(refused.status, 400);
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT priority || ' ' || channel || ' ' || round(lat::numeric, 2) FROM alerts WHERE "
                                 "external_id = 'conred@example/GT-1'"),
                 QStringLiteral("1 cap 14.63"));
    }

    void osmAndPositions()
    {
        QCOMPARE(http(m_osmand, "GET",
                      "/?id=DEV1&timestamp=" + QByteArray::number(QDateTime::currentSecsSinceEpoch() - 60) +
                          "&lat=14.6349&lon=-90.5133&speed=10&bearing=90")
                     .status,
                 200);
        QCOMPARE(http(m_osmand, "GET", "/?timestamp=1763900000&lat=14.6&lon=-90.5").status, 400); // no id
        QCOMPARE(http(m_osmand, "GET", "/?id=NOPE&lat=14.6&lon=-90.5").status, 404);              // unknown device
        QCOMPARE(http(m_osmand, "GET", "/?id=DEV1&lat=140.6&lon=-90.5").status, 400);             // impossible
        const QByteArray json =
            R"({"location":{"timestamp":"NOW","coords":{"latitude":14.64,"longitude":-90.52,"speed":8,"heading":45}},"device_id":"DEV1"})";
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        QCOMPARE(
            http(m_osmand, "POST", "/", QByteArray(json).replace("NOW", now), {{"Content-Type", "application/json"}})
                .status,
            200);
        // A fix from the future would freeze the unit: refused.
        QCOMPARE(http(m_osmand, "GET",
                      "/?id=DEV1&lat=14.6&lon=-90.5&timestamp=" +
                          QByteArray::number(QDateTime::currentSecsSinceEpoch() + 86400))
                     .status,
                 400);
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c,
                              "SELECT round(u.lat::numeric, 2) FROM unit_positions u JOIN units n ON n.id = u.unit_id "
                              "WHERE n.call_sign = 'P-1'"),
                 QStringLiteral("14.64"));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM positions"), QStringLiteral("2"));
    }

    void nmeaOverTcp()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_nmea);
        QVERIFY(s.waitForConnected(5000));
        s.write(nmea("$PCEN,DEV2"));
        // Fixes from two minutes ago (the gateway refuses times far from now).
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-120);
        auto rmc = [&t](int plusSeconds, const char* status, const char* lat, const char* mode) -> QByteArray {
            const QDateTime at = t.addSecs(plusSeconds);
            return "$GPRMC," + at.toString(QStringLiteral("HHmmss")).toUtf8() + ".50," + status + ',' + lat +
                   ",N,09030.7980,W,30.324,221.16," + at.toString(QStringLiteral("ddMMyy")).toUtf8() + ",,," + mode;
        };
        s.write(rmc(0, "A", "1438.0940", "A") + "*00\r\n"); // bad checksum
        s.write(nmea(rmc(0, "A", "1438.0940", "A")));
        s.write(nmea(rmc(1, "V", "1438.0940", "N"))); // void
        s.write(nmea(rmc(2, "A", "1438.1000", "A")));
        QVERIFY(s.waitForBytesWritten(5000));
        core::PgConnection c(m_db);
        QTRY_COMPARE(
            test::scalar(c,
                         "SELECT count(*) FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.call_sign = 'P-2'"),
            QStringLiteral("2"));
        QCOMPARE(test::scalar(
                     c, "SELECT to_char(fix_time AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM unit_positions up "
                        "JOIN units u ON u.id = up.unit_id WHERE u.call_sign = 'P-2'"),
                 t.addSecs(2).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QTRY_VERIFY(
            health().value(QLatin1String("rejected")).toObject().value(QLatin1String("nmea_checksum")).toInt() == 1);
    }

    void anonymousTips()
    {
        const QByteArray body =
            "MessageSid=SMTIP1&From=%2B50255501234&To=%2B50230000000&Body=Venden+droga+en+la+escuela";
        const QByteArray sig = core::TwilioParser::signature(
            "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(body));
        QCOMPARE(http(m_http, "POST", "/webhooks/sms", body, {{"X-Twilio-Signature", sig}}).status, 200);
        core::PgConnection c(m_db);
        const QString tip = test::scalar(c, "SELECT reporter_ref FROM alerts WHERE external_id = 'SMTIP1'");
        QVERIFY2(tip.startsWith(QStringLiteral("T-")), qPrintable(tip));
        QCOMPARE(test::scalar(c, "SELECT channel FROM alerts WHERE external_id = 'SMTIP1'"), QStringLiteral("tipline"));
        // The number is stored nowhere in the clear.
        QCOMPARE(test::scalar(
                     c, "SELECT count(*) FROM tips WHERE position('50255501234' in encode(reply_address, 'escape')) > 0"
                        " OR number_hash LIKE '%5025550%'"),
                 QStringLiteral("0"));
        // The sender gets the tip's number back through the messaging API.
        // (Earlier messages' acknowledgements go out too: find the tip's.)
        QTRY_VERIFY_WITH_TIMEOUT(!sentWith(tip).isEmpty(), 10000);
        QCOMPARE(sentWith(tip).value(QLatin1String("to")).toString(), QStringLiteral("50255501234"));
        QCOMPARE(m_sentAuth, QByteArray("Bearer rtok"));

        // An operator sees the tip id and replies through it, never seeing the address.
        auto* cluster = test::TestCluster::instance();
        core::PgConnection op(cluster->conninfoAs(m_db, QStringLiteral("operador")));
        QCOMPARE(test::scalar(op, "SELECT id FROM tips"), tip);
        for (const char* sql : {"SELECT reply_address FROM tips", "SELECT number_hash FROM tips",
                                "SELECT reveal_tip_sender((SELECT id FROM tips), 'curiosidad del operador')"}) {
            try {
                op.exec(sql);
                QFAIL(sql);
            } catch (const core::PgError& e) {
                QCOMPARE(e.sqlState(), QByteArray("42501"));
            }
        }
        core::CommandExecutor desk(cluster->conninfoAs(m_db, QStringLiteral("operador")));
        QCOMPARE(desk.execute(core::Command::replyTip(tip, QStringLiteral("Gracias, enviamos una patrulla."),
                                                      QDateTime::currentDateTimeUtc()))
                     .status,
                 core::CommandResult::Status::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sent.last().value(QLatin1String("body")).toString().startsWith(QStringLiteral("Gracias")), 10000);
        QTRY_COMPARE(test::scalar(c, "SELECT count(*) FROM outbound_messages WHERE sent_at IS NULL"),
                     QStringLiteral("0"));

        // Only an admin reveals a sender, with a reason, and it is audited.
        core::PgConnection admin(cluster->conninfoAs(m_db, QStringLiteral("administrador")));
        try {
            admin.exec("SELECT reveal_tip_sender($1, 'x')", {tip.toUtf8()});
            QFAIL("revealed without a reason");
        } catch (const core::PgError&) {
        }
        QCOMPARE(
            test::scalar(admin, "SELECT reveal_tip_sender($1, 'Orden judicial 2026-114, juzgado 3')", {tip.toUtf8()}),
            QStringLiteral("50255501234"));
        QCOMPARE(
            test::scalar(c, "SELECT actor || ' ' || (details ->> 'tip') FROM audit_log WHERE action = 'tip.reveal'"),
            QStringLiteral("administrador ") + tip);
    }

    void vettedReporterNetwork()
    {
        auto* cluster = test::TestCluster::instance();
        core::PgConnection admin(cluster->conninfoAs(m_db, QStringLiteral("administrador")));
        const QString a = test::scalar(admin, "SELECT reporter_found('+502 0000 0001', 'Doña Marta', 'resident')");
        const QString b = test::scalar(admin, "SELECT reporter_found('50200000002', 'Farmacia La Paz', 'business')");
        const QString c =
            test::scalar(admin, "SELECT reporter_invite($1, '+502 5550 9999', 'Don Luis', 'resident')", {a.toUtf8()});
        QCOMPARE(test::scalar(admin, "SELECT reporter_approve($1, $2)", {c.toUtf8(), a.toUtf8()}),
                 QStringLiteral("pending"));
        QCOMPARE(test::scalar(admin, "SELECT reporter_approve($1, $2)", {c.toUtf8(), b.toUtf8()}),
                 QStringLiteral("pending"));
        QCOMPARE(test::scalar(admin, "SELECT reporter_police_check($1, true, 'sin antecedentes')", {c.toUtf8()}),
                 QStringLiteral("approved"));
        // A pending person cannot invite; an operator cannot manage the network.
        try {
            admin.exec("SELECT reporter_invite((SELECT max(id) FROM reporters) + 1, '1', 'x', 'resident')");
            QFAIL("a non-member invited");
        } catch (const core::PgError&) {
        }
        core::PgConnection op(cluster->conninfoAs(m_db, QStringLiteral("operador")));
        try {
            op.exec("SELECT reporter_found('1', 'x', 'resident')");
            QFAIL("an operator founded a member");
        } catch (const core::PgError& e) {
            QCOMPARE(e.sqlState(), QByteArray("42501"));
        }
        // The gateway picks the network up (it reloads every 10 s) and files the member's messages
        // on the vetted channel.
        QTest::qWait(11000);
        const QByteArray body = [] {
            QByteArray b = whatsAppText(QStringLiteral("wamid.V1"), QStringLiteral("Balacera en el mercado"));
            return b.replace("50255501234", "50255509999");
        }();
        QCOMPARE(http(m_http, "POST", "/webhooks/whatsapp", body, {{"X-Hub-Signature-256", hubSignature(body)}}).status,
                 200);
        core::PgConnection c2(m_db);
        QCOMPARE(test::scalar(c2, "SELECT channel || ' ' || reporter_ref FROM alerts WHERE external_id = 'wamid.V1'"),
                 QStringLiteral("vetted_group reporter:") + c);
        // A chain message from the member is refused and is a strike; three strikes and they are out.
        QByteArray chain = whatsAppText(QStringLiteral("wamid.V2"), QStringLiteral("REENVIA ESTO"), true);
        chain.replace("50255501234", "50255509999");
        QCOMPARE(
            http(m_http, "POST", "/webhooks/whatsapp", chain, {{"X-Hub-Signature-256", hubSignature(chain)}}).status,
            200);
        QTRY_COMPARE(test::scalar(c2, "SELECT strikes FROM reporters WHERE id = $1", {c.toUtf8()}),
                     QStringLiteral("1"));
        for (int i = 0; i < 2; ++i)
            test::scalar(admin, "SELECT reporter_strike($1, 'chain_message', '')", {c.toUtf8()});
        QCOMPARE(test::scalar(c2, "SELECT status FROM reporters WHERE id = $1", {c.toUtf8()}),
                 QStringLiteral("suspended"));
    }

    void fieldChecksBySmsAnswerOfficersOnly()
    {
        core::PgConnection c(m_db);
        c.execScript("INSERT INTO vehicles (plate, make, model, colour, reported_stolen)"
                     " VALUES ('P123ABC', 'Toyota', 'Hilux', 'gris', true);"
                     "SELECT reporter_found('50255507777', 'Agente Morales', 'officer');");
        // Earlier messages' acknowledgements are out before counting.
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(c, "SELECT count(*) FROM outbound_messages WHERE sent_at IS NULL"),
                                  QStringLiteral("0"), 10000);
        const qsizetype before = m_sent.size();
        const auto send = [this](const QByteArray& sid, const QByteArray& from, const QByteArray& text) {
            const QByteArray body =
                "MessageSid=" + sid + "&From=%2B" + from + "&To=%2B50222220000&Body=" + text + "&NumMedia=0";
            const QByteArray sig = core::TwilioParser::signature(
                "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(body));
            return http(m_http, "POST", "/webhooks/sms", body, {{"X-Twilio-Signature", sig}}).status;
        };
        QCOMPARE(send("SMCHK1", "50255507777", "CHECK+p-123+abc"), 200);
        QTRY_VERIFY(m_sent.size() > before);
        const QJsonObject reply = m_sent.last();
        QCOMPARE(reply.value(QLatin1String("to")).toString(), QStringLiteral("50255507777"));
        QVERIFY2(reply.value(QLatin1String("body"))
                     .toString()
                     .startsWith(QStringLiteral("P123ABC Toyota Hilux gris: ROBADO")),
                 qPrintable(reply.value(QLatin1String("body")).toString()));
        // Anyone else: no answer, no lookup, no alert.
        const qsizetype after = m_sent.size();
        QCOMPARE(send("SMCHK2", "50255501234", "CHECK+P123ABC"), 200);
        QTest::qWait(2500);
        QCOMPARE(m_sent.size(), after);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE external_id LIKE 'SMCHK%'"), QStringLiteral("0"));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM audit_log WHERE action = 'records.lookup'"),
                 QStringLiteral("1"));
    }

    void membersGrowTheNetworkByMessage()
    {
        core::PgConnection c(m_db);
        // Doña Marta and Farmacia La Paz are approved members (vettedReporterNetwork).
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(c, "SELECT count(*) FROM outbound_messages WHERE sent_at IS NULL"),
                                  QStringLiteral("0"), 10000);
        const auto send = [this](const QByteArray& sid, const QByteArray& from, const QByteArray& text) {
            const QByteArray body =
                "MessageSid=" + sid + "&From=%2B" + from + "&To=%2B50222220000&Body=" + text + "&NumMedia=0";
            const QByteArray sig = core::TwilioParser::signature(
                "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(body));
            return http(m_http, "POST", "/webhooks/sms", body, {{"X-Twilio-Signature", sig}}).status;
        };
        qsizetype before = m_sent.size();
        QCOMPARE(send("SMNET1", "50200000001", "INVITAR+%2B502+5555+1212+Ana+L%C3%B3pez"), 200);
        QTRY_VERIFY(m_sent.size() > before);
        QCOMPARE(m_sent.last().value(QLatin1String("to")).toString(), QStringLiteral("50200000001"));
        const QString invited =
            test::scalar(c, "SELECT id FROM reporters WHERE display_name = 'Ana López' AND status = 'pending'");
        QVERIFY(!invited.isEmpty());
        QVERIFY2(
            m_sent.last().value(QLatin1String("body")).toString().startsWith(QStringLiteral("Invitación ") + invited),
            qPrintable(m_sent.last().value(QLatin1String("body")).toString()));
        QCOMPARE(test::scalar(c,
                              "SELECT invited_by = (SELECT id FROM reporters WHERE display_name = 'Doña Marta') "
                              "FROM reporters WHERE id = $1",
                              {invited.toUtf8()}),
                 QStringLiteral("t"));
        // Another member vouches for her by message.
        before = m_sent.size();
        QCOMPARE(send("SMNET2", "50200000002", "AVALAR+" + invited.toUtf8()), 200);
        QTRY_VERIFY(m_sent.size() > before);
        QVERIFY(m_sent.last().value(QLatin1String("body")).toString().startsWith(QStringLiteral("Aval registrado")));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM reporter_approvals WHERE reporter_id = $1", {invited.toUtf8()}),
                 QStringLiteral("1"));
        // A stranger's "INVITAR" gets nothing: no reply, no reporter, no alert.
        before = m_sent.size();
        QCOMPARE(send("SMNET3", "50299998888", "INVITAR+%2B50255553434+Pedro"), 200);
        QTest::qWait(2000);
        QCOMPARE(m_sent.size(), before);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM reporters WHERE display_name = 'Pedro'"), QStringLiteral("0"));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE external_id LIKE 'SMNET%'"), QStringLiteral("0"));
    }

    void citizensAreAcknowledgedAndToldAUnitIsOnTheWay()
    {
        core::PgConnection c(m_db);
        const QByteArray body = "MessageSid=SMACK1&From=%2B50255509999&To=%2B50222220000&Body=Pelea+en+el+parque";
        const QByteArray sig = core::TwilioParser::signature(
            "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(body));
        QCOMPARE(http(m_http, "POST", "/webhooks/sms", body, {{"X-Twilio-Signature", sig}}).status, 200);
        QCOMPARE(http(m_http, "POST", "/webhooks/sms", body, {{"X-Twilio-Signature", sig}}).status, 200); // retried
        const QString alert = test::scalar(c, "SELECT id FROM alerts WHERE external_id = 'SMACK1'");
        // The acknowledgement (the default text), once, to the sender's number.
        QTRY_VERIFY_WITH_TIMEOUT(!sentWith(QStringLiteral("Recibido.")).isEmpty(), 10000);
        QTRY_COMPARE(test::scalar(c,
                                  "SELECT count(*) FROM outbound_messages WHERE alert_id = $1 AND sent_at IS NOT NULL",
                                  {alert.toUtf8()}),
                     QStringLiteral("1"));
        QCOMPARE(test::scalar(c, "SELECT body FROM outbound_messages WHERE alert_id = $1", {alert.toUtf8()}),
                 QStringLiteral("Recibido. La policía está atendiendo su reporte."));
        const auto to = [this](const QString& text) { return sentWith(text).value(QLatin1String("to")).toString(); };
        QCOMPARE(to(QStringLiteral("Recibido. La polic")), QStringLiteral("50255509999"));
        // Kept encrypted, and out of the operators' reach.
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alert_senders WHERE position('50255509999' in"
                                 " encode(reply_address, 'escape')) > 0"),
                 QStringLiteral("0"));
        auto* cluster = test::TestCluster::instance();
        core::PgConnection op(cluster->conninfoAs(m_db, QStringLiteral("operador")));
        QVERIFY_THROWS_EXCEPTION(core::PgError, op.exec("SELECT reply_address FROM alert_senders"));
        // No sender to answer for CAP alerts.
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alert_senders s JOIN alerts a ON a.id = s.alert_id"
                                 " WHERE a.channel IN ('cap', 'bracelet', 'tipline')"),
                 QStringLiteral("0"));

        // The desk assigns a unit with its estimate: the sender hears it is coming, once.
        c.exec("UPDATE units SET status = 'available' WHERE call_sign IN ('P-1', 'P-2')");
        core::CommandExecutor desk(cluster->conninfoAs(m_db, QStringLiteral("operador")));
        const core::CommandResult created =
            desk.execute(core::Command::createIncident({{QStringLiteral("type"), QStringLiteral("robbery")}},
                                                       {alert.toLongLong()}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(created.status, core::CommandResult::Status::Ok);
        const qint64 incident = qint64(created.data.value(QLatin1String("incident_id")).toDouble());
        const qint64 p1 = test::scalar(c, "SELECT id FROM units WHERE call_sign = 'P-1'").toLongLong();
        const qint64 p2 = test::scalar(c, "SELECT id FROM units WHERE call_sign = 'P-2'").toLongLong();
        QCOMPARE(desk.execute(core::Command::assignUnit(incident, p1, {}, QDateTime::currentDateTimeUtc(), 400)).status,
                 core::CommandResult::Status::Ok);
        QCOMPARE(test::scalar(c, "SELECT eta_s FROM assignments WHERE unit_id = $1", {QByteArray::number(p1)}),
                 QStringLiteral("400"));
        QTRY_VERIFY_WITH_TIMEOUT(!sentWith(QStringLiteral("unos 7 minutos")).isEmpty(), 10000);
        QCOMPARE(to(QStringLiteral("unos 7 minutos")), QStringLiteral("50255509999"));
        // An old-style command (no estimate) still works; a second unit sends nothing more.
        QCOMPARE(desk.execute(core::Command::assignUnit(incident, p2, QStringLiteral("refuerzo"),
                                                        QDateTime::currentDateTimeUtc()))
                     .status,
                 core::CommandResult::Status::Ok);
        QCOMPARE(test::scalar(c, "SELECT coalesce(eta_s::text, 'null') FROM assignments WHERE unit_id = $1",
                              {QByteArray::number(p2)}),
                 QStringLiteral("null"));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM outbound_messages WHERE alert_id = $1", {alert.toUtf8()}),
                 QStringLiteral("2"));

        // A neighbour reports the same fight after the unit left: linked to the incident, they hear it
        // is coming too, with the time it still needs; once it is there, a later one hears that.
        const auto report = [&](const QByteArray& sid, const QByteArray& from) {
            const QByteArray b = "MessageSid=" + sid + "&From=%2B" + from + "&To=%2B50222220000&Body=Siguen+peleando";
            const QByteArray s = core::TwilioParser::signature(
                "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(b));
            if (http(m_http, "POST", "/webhooks/sms", b, {{"X-Twilio-Signature", s}}).status != 200)
                return qint64(0);
            return test::scalar(c, "SELECT id FROM alerts WHERE external_id = $1", {sid}).toLongLong();
        };
        const qint64 late = report("SMACK2", "50255507070");
        QVERIFY(late > 0);
        QCOMPARE(desk.execute(core::Command::linkAlerts(incident, {late}, QDateTime::currentDateTimeUtc())).status,
                 core::CommandResult::Status::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(
            test::scalar(c, "SELECT body FROM outbound_messages WHERE alert_id = $1 ORDER BY id DESC LIMIT 1",
                         {QByteArray::number(late)}),
            QStringLiteral("Una unidad policial va en camino; llegará en unos 7 minutos."), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(to(QStringLiteral("unos 7 minutos")), QStringLiteral("50255507070"), 10000);
        c.exec("UPDATE assignments SET en_route_at = now(), on_scene_at = now() WHERE unit_id = $1",
               {QByteArray::number(p1)});
        const qint64 later = report("SMACK3", "50255507171");
        QCOMPARE(desk.execute(core::Command::linkAlerts(incident, {later}, QDateTime::currentDateTimeUtc())).status,
                 core::CommandResult::Status::Ok);
        QCOMPARE(test::scalar(c, "SELECT body FROM outbound_messages WHERE alert_id = $1 ORDER BY id DESC LIMIT 1",
                              {QByteArray::number(later)}),
                 QStringLiteral("Una unidad policial ya está en el lugar de su reporte."));
        QTRY_COMPARE_WITH_TIMEOUT(to(QStringLiteral("ya está en el lugar")), QStringLiteral("50255507171"), 10000);
        // The first reporter is not told again.
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM outbound_messages WHERE alert_id = $1", {alert.toUtf8()}),
                 QStringLiteral("2"));
    }

    void braceletFixesAreCheckedNotStoredAsUnits()
    {
        core::PgConnection c(m_db);
        c.exec("SELECT cmd_upsert_protection_order(gen_random_uuid(), $1)",
               {QByteArray(R"({"order_number": "OP-1", "device_id": "BRX", "offender_name": "Julio R.",)"
                           R"( "protected_name": "Lidia S.", "warning_m": 300, "zones": [{"name": "casa",)"
                           R"( "area": {"type": "Point", "coordinates": [-90.5133, 14.6349]}, "radius_m": 50}]})")});
        const QByteArray far = "/?id=BRX&lat=14.6349&lon=-90.4900&timestamp=";
        const QByteArray near = "/?id=BRX&lat=14.6349&lon=-90.5140&timestamp=";
        auto now = [] { return QByteArray::number(QDateTime::currentMSecsSinceEpoch()); };
        // The gateway picks the order up within seconds.
        QTRY_COMPARE_WITH_TIMEOUT(http(m_osmand, "GET", far + now()).status, 200, 15000);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE channel = 'bracelet'"), QStringLiteral("0"));
        QCOMPARE(http(m_osmand, "GET", near + now()).status, 200); // answered after the alert's commit
        QCOMPARE(test::scalar(c, "SELECT count(*) || ' ' || min(priority) FROM alerts WHERE channel = 'bracelet'"),
                 QStringLiteral("1 1"));
        QCOMPARE(http(m_osmand, "GET", near + now()).status, 200);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE channel = 'bracelet'"), QStringLiteral("1"));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM units WHERE call_sign = 'BRX'"), QStringLiteral("0"));
    }

    void refusesAnUnknownSchema()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        core::PgConnection c(db);
        c.exec("INSERT INTO schema_version (version, name) VALUES (9999, 'future')");
        QProcess p;
        p.start(test::binDir() + QStringLiteral("/centinela-gateway"),
                {QStringLiteral("--db"), db, QStringLiteral("--config"), m_dir.filePath(QStringLiteral("gateway.ini")),
                 QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--osmand-port"),
                 QStringLiteral("0"), QStringLiteral("--nmea-port"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("newer"));
    }

    void cleanupTestCase()
    {
        m_gateway.terminate();
        QVERIFY(m_gateway.waitForFinished(10000));
        QCOMPARE(m_gateway.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "test_gateway.moc"
