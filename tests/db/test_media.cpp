// Attachments through centinela-gateway (a process on loopback) and a fake media server: fetched off
// the request path, checked (size, real type, declared SHA-256), stored once by content hash, refused
// with a reason, retried while the server is down; anonymous tips' photos cleaned of metadata.
#include "DbTest.h"
#include "SharedData.h"
#include "ingest/FormData.h"
#include "ingest/TwilioParser.h"
#include "net/HttpServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace centinela;

namespace {

int post(quint16 port, const QByteArray& target, const QByteArray& body,
         const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return 0;
    QByteArray request = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    for (const auto& [k, v] : headers)
        request += k + ": " + v + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    s.write(request);
    QByteArray response;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(10000))
        response += s.readAll();
    response += s.readAll();
    return response.mid(9, 3).toInt();
}

QByteArray whatsApp(const QString& id, const QString& type, const QJsonObject& content)
{
    const QJsonObject message{{QStringLiteral("from"), QStringLiteral("50255507777")},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("timestamp"), QStringLiteral("1763900000")},
                              {QStringLiteral("type"), type},
                              {type, content}};
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

QByteArray image(const QString& mediaId, const QString& sha256 = {})
{
    return whatsApp(QStringLiteral("wamid.") + mediaId, QStringLiteral("image"),
                    QJsonObject{{QStringLiteral("id"), mediaId},
                                {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                                {QStringLiteral("sha256"), sha256},
                                {QStringLiteral("caption"), QString(QStringLiteral("foto ") + mediaId)}});
}

QByteArray segment(quint8 marker, const QByteArray& payload)
{
    const int length = int(payload.size()) + 2;
    return QByteArray(1, char(0xFF)) + char(marker) + char(length >> 8) + char(length & 0xFF) + payload;
}

/// A JPEG as a phone sends it: an EXIF block naming the camera, with a GPS pointer, then the scan.
QByteArray phonePhoto()
{
    const QByteArray tiff = QByteArray("MM\0\x2A\0\0\0\x08\0\x02", 10) +
                            QByteArray("\x01\x0F\0\x02\0\0\0\x09\0\0\0\x26", 12) + // Make at offset 38
                            QByteArray("\x88\x25\0\x04\0\0\0\x01\0\0\0\x30", 12) + // the GPS IFD pointer
                            QByteArray(4, '\0') + QByteArray("Motorola\0", 9) + QByteArray("GPS-IFD-14.6349N", 16);
    return QByteArray("\xFF\xD8", 2) + segment(0xE1, QByteArray("Exif\0\0", 6) + tiff) +
           segment(0xDA, QByteArray("\x01\x01\0\0\x3F\0", 6)) + QByteArray(600, 's') + QByteArray("\xFF\xD9", 2);
}

QByteArray jpeg(int size, char fill = 'x')
{
    return QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10) + QByteArray(size - 10, fill);
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT
    QString m_db;
    QTemporaryDir m_dir;
    QProcess m_gateway;
    quint16 m_http = 0;
    bool m_down = false;
    QList<QByteArray> m_auth;
    QHash<QByteArray, QByteArray> m_files; ///< name → content (served as image/jpeg whatever it is)
    core::HttpServer m_media{[this](const core::HttpRequest& r, const core::HttpResponder& reply) {
        m_auth << r.header("authorization");
        if (m_down) {
            reply.send(503, "down\n");
            return;
        }
        if (r.path.startsWith("/v1/")) {
            const QByteArray id = r.path.mid(4);
            if (r.header("authorization") != "Bearer mtok" || !m_files.contains(id)) {
                reply.send(r.header("authorization") != "Bearer mtok" ? 401 : 404, "{}", "application/json");
                return;
            }
            const QJsonObject meta{
                {QStringLiteral("url"),
                 QStringLiteral("http://127.0.0.1:%1/files/%2").arg(m_media.port()).arg(QString::fromLatin1(id))},
                {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                {QStringLiteral("id"), QString::fromLatin1(id)}};
            reply.send(200, QJsonDocument(meta).toJson(QJsonDocument::Compact), "application/json");
            return;
        }
        const QByteArray name = r.path.mid(r.path.lastIndexOf('/') + 1);
        if (!r.path.startsWith("/files/") || !m_files.contains(name)) {
            reply.send(404, "no such file\n");
            return;
        }
        reply.send(200, m_files.value(name), "image/jpeg");
    }};

    QString sig(const QByteArray& body)
    {
        return QString::fromLatin1(
            "sha256=" + QMessageAuthenticationCode::hash(body, "wa-secret", QCryptographicHash::Sha256).toHex());
    }
    int sendWhatsApp(const QByteArray& body)
    {
        return post(m_http, "/webhooks/whatsapp", body, {{"X-Hub-Signature-256", sig(body).toLatin1()}});
    }
    QString attachment(core::PgConnection& c, const QString& externalId, const char* key)
    {
        return test::scalar(c, "SELECT attachments -> 0 ->> $2::text FROM alerts WHERE external_id = $1",
                            {externalId.toUtf8(), QByteArray(key)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
        QVERIFY(m_media.listen(QHostAddress::LocalHost, 0));
        QFile ini(m_dir.filePath(QStringLiteral("gateway.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_media.port());
        const QByteArrayList lines = {"[whatsapp]",
                                      "app_secret = wa-secret",
                                      "[twilio]",
                                      "auth_token = tw-secret",
                                      "account_sid = ACtest",
                                      "public_url = https://station.example/webhooks/sms",
                                      "[media]",
                                      "api_url = " + base + "/v1",
                                      "token = mtok",
                                      "max_bytes = 100000",
                                      "retry_s = 1",
                                      "[tipline]",
                                      "numbers = +50230000000"};
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
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("http_port"))
                m_http = quint16(line.mid(line.indexOf(':') + 1).trimmed().toUInt());
        QVERIFY(m_http);
    }

    void cleanupTestCase()
    {
        m_gateway.terminate();
        m_gateway.waitForFinished(10000);
    }

    void sameImageIsStoredOnceForTwoAlerts()
    {
        const QByteArray photo = jpeg(5000);
        m_files.insert("img1", photo);
        m_files.insert("img2", photo);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        // Declared as WhatsApp does (base64): checked and matching.
        QCOMPARE(sendWhatsApp(image(
                     QStringLiteral("img1"),
                     QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toBase64()))),
                 200);
        QCOMPARE(sendWhatsApp(image(QStringLiteral("img2"))), 200);
        core::PgConnection c(m_db);
        for (const char* id : {"wamid.img1", "wamid.img2"}) {
            QTRY_COMPARE_WITH_TIMEOUT(attachment(c, QString::fromLatin1(id), "stored"), QStringLiteral("true"), 20000);
            QCOMPARE(attachment(c, QString::fromLatin1(id), "sha256"), hash);
            QCOMPARE(attachment(c, QString::fromLatin1(id), "size"), QStringLiteral("5000"));
            QCOMPARE(attachment(c, QString::fromLatin1(id), "caption"),
                     QStringLiteral("foto ") + QString::fromLatin1(id).mid(6));
        }
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM media_blobs"), QStringLiteral("1"));
        // The desks learn it through the event log.
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM events WHERE kind = 'alert.updated'"
                                 " AND payload -> 'attachments' -> 0 ->> 'stored' = 'true'"),
                 QStringLiteral("2"));
        // The media API and its URL were asked with the bearer token.
        QVERIFY(m_auth.contains("Bearer mtok"));
        // Operators may read what is stored; only the gateway writes it.
        auto* cluster = test::TestCluster::instance();
        core::PgConnection op(cluster->conninfoAs(m_db, QStringLiteral("operador")));
        QCOMPARE(test::scalar(op, "SELECT length(content) FROM media_blobs WHERE sha256 = $1", {hash.toUtf8()}),
                 QStringLiteral("5000"));
        QVERIFY_THROWS_EXCEPTION(core::PgError, op.exec("DELETE FROM media_blobs"));
    }

    void oversizedWrongTypeAndMismatchAreRefused()
    {
        m_files.insert("big", jpeg(200000));
        m_files.insert("html", "<html><body>not a photo</body></html>");
        m_files.insert("liar", jpeg(3000, 'y'));
        const QString otherHash =
            QString::fromLatin1(QCryptographicHash::hash(jpeg(3000, 'z'), QCryptographicHash::Sha256).toHex());
        QCOMPARE(sendWhatsApp(image(QStringLiteral("big"))), 200);
        QCOMPARE(sendWhatsApp(image(QStringLiteral("html"))), 200);
        QCOMPARE(sendWhatsApp(image(QStringLiteral("liar"), otherHash)), 200);
        core::PgConnection c(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(
            attachment(c, QStringLiteral("wamid.big"), "error").startsWith(QLatin1String("too large")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            attachment(c, QStringLiteral("wamid.html"), "error").startsWith(QLatin1String("type not allowed")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            attachment(c, QStringLiteral("wamid.liar"), "error").startsWith(QLatin1String("sha256 mismatch")), 20000);
        for (const char* id : {"wamid.big", "wamid.html", "wamid.liar"})
            QCOMPARE(attachment(c, QString::fromLatin1(id), "stored"), QStringLiteral("false"));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM media_blobs"), QStringLiteral("1"));
    }

    void anonymousTipsPhotosLoseWhatIdentifiesTheSender()
    {
        const QByteArray photo = phonePhoto();
        m_files.insert("tip.jpg", photo);
        m_files.insert("tip.mp4", QByteArray("\0\0\0\x18"
                                             "ftypmp42",
                                             12) +
                                      QByteArray(400, 'v'));
        m_files.insert("group.jpg", photo);
        const auto mms = [this](const QByteArray& sid, const QByteArray& to, const QByteArray& file,
                                const QByteArray& type) {
            const QByteArray url =
                "http%3A%2F%2F127.0.0.1%3A" + QByteArray::number(m_media.port()) + "%2Ffiles%2F" + file;
            const QByteArray body = "MessageSid=" + sid + "&From=%2B50255509999&To=%2B" + to +
                                    "&Body=Aqui+venden&NumMedia=1&MediaUrl0=" + url + "&MediaContentType0=" + type;
            const QByteArray signature = core::TwilioParser::signature(
                "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(body));
            return post(m_http, "/webhooks/sms", body, {{"X-Twilio-Signature", signature}});
        };
        QCOMPARE(mms("MMTIP1", "50230000000", "tip.jpg", "image%2Fjpeg"), 200);
        QCOMPARE(mms("MMTIP2", "50230000000", "tip.mp4", "video%2Fmp4"), 200);
        QCOMPARE(mms("MMGRP1", "50222220000", "group.jpg", "image%2Fjpeg"), 200);
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT channel FROM alerts WHERE external_id = 'MMTIP1'"), QStringLiteral("tipline"));
        QTRY_COMPARE_WITH_TIMEOUT(attachment(c, QStringLiteral("MMTIP1"), "stored"), QStringLiteral("true"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(attachment(c, QStringLiteral("MMGRP1"), "stored"), QStringLiteral("true"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(attachment(c, QStringLiteral("MMTIP2"), "stored"), QStringLiteral("false"), 20000);
        // The tip's photo is stored without its EXIF block: no camera, no GPS; the scan is intact.
        const QByteArray tipStored =
            QByteArray::fromHex(test::scalar(c, "SELECT encode(content, 'hex') FROM media_blobs WHERE sha256 = $1",
                                             {attachment(c, QStringLiteral("MMTIP1"), "sha256").toUtf8()})
                                    .toLatin1());
        QVERIFY(!tipStored.isEmpty());
        QVERIFY(!tipStored.contains("Motorola"));
        QVERIFY(!tipStored.contains("GPS-IFD"));
        QVERIFY(tipStored.endsWith(QByteArray(QByteArray(600, 's') + QByteArray("\xFF\xD9", 2))));
        QCOMPARE(attachment(c, QStringLiteral("MMTIP1"), "size"), QString::number(tipStored.size()));
        // A video cannot be cleaned: not stored, and the desk is told why.
        QVERIFY(attachment(c, QStringLiteral("MMTIP2"), "error").startsWith(QLatin1String("not stored: an anonymous")));
        // The same photo from a non-anonymous sender is evidence as it came.
        const QByteArray groupStored =
            QByteArray::fromHex(test::scalar(c, "SELECT encode(content, 'hex') FROM media_blobs WHERE sha256 = $1",
                                             {attachment(c, QStringLiteral("MMGRP1"), "sha256").toUtf8()})
                                    .toLatin1());
        QCOMPARE(groupStored, photo);
    }

    void serverDownIsRetriedAndBlocksNothing()
    {
        m_down = true;
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(800, 'p');
        m_files.insert("tw.png", png);
        const QByteArray url = "http%3A%2F%2F127.0.0.1%3A" + QByteArray::number(m_media.port()) + "%2Ffiles%2Ftw.png";
        const QByteArray body = "MessageSid=MMPIC1&From=%2B50255508888&To=%2B50222220000&Body=Mire+esto&NumMedia=1"
                                "&MediaUrl0=" +
                                url + "&MediaContentType0=image%2Fpng";
        const QByteArray signature = core::TwilioParser::signature(
            "tw-secret", QStringLiteral("https://station.example/webhooks/sms"), core::parseForm(body));
        QCOMPARE(post(m_http, "/webhooks/sms", body, {{"X-Twilio-Signature", signature}}), 200);
        core::PgConnection c(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(test::scalar(c, "SELECT attempts FROM media_fetches f JOIN alerts a"
                                                 " ON a.id = f.alert_id WHERE a.external_id = 'MMPIC1'")
                                         .toInt() >= 1,
                                 20000);
        QVERIFY(test::scalar(c, "SELECT last_error FROM media_fetches WHERE done_at IS NULL")
                    .contains(QLatin1String("503")));
        // Other messages go through meanwhile.
        QCOMPARE(sendWhatsApp(whatsApp(QStringLiteral("wamid.txt"), QStringLiteral("text"),
                                       QJsonObject{{QStringLiteral("body"), QStringLiteral("Sigue ahi el carro")}})),
                 200);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE external_id = 'wamid.txt'"), QStringLiteral("1"));
        m_down = false;
        QTRY_COMPARE_WITH_TIMEOUT(attachment(c, QStringLiteral("MMPIC1"), "stored"), QStringLiteral("true"), 30000);
        QCOMPARE(attachment(c, QStringLiteral("MMPIC1"), "mime_type"), QStringLiteral("image/png"));
        // A Twilio MediaUrl is fetched with the account's basic credentials.
        QVERIFY(m_auth.contains("Basic " + QByteArray("ACtest:tw-secret").toBase64()));
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "test_media.moc"
