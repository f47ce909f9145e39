// The gateway's parsers on the real payloads in ../shared/data/formats and on hostile input.
#include "SharedData.h"
#include "ingest/CapParser.h"
#include "ingest/NmeaDecoder.h"
#include "ingest/OsmAndParser.h"
#include "ingest/TwilioParser.h"
#include "ingest/WhatsAppParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace centinela;
using namespace centinela::core;

namespace {

QByteArray readShared(const QString& relative)
{
    QFile f(test::sharedDataDir() + QStringLiteral("/formats/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The "## name" sections of a shared .txt sample file: name → first line after it.
QHash<QString, QByteArray> sections(const QByteArray& text)
{
    QHash<QString, QByteArray> out;
    QString name;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith("## ")) {
            name = QString::fromUtf8(line.mid(3)).section(QLatin1Char(' '), 0, 0);
        } else if (!name.isEmpty() && !line.startsWith('#') && !line.trimmed().isEmpty()) {
            out.insert(name, line.trimmed());
            name.clear();
        }
    }
    return out;
}

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

} // namespace

class TestIngestParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whatsAppSignature()
    {
        const QByteArray body = R"({"object":"whatsapp_business_account","entry":[]})";
        const QByteArray secret = "app-secret";
        const QByteArray good =
            "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
        QVERIFY(WhatsAppParser::verifySignature(body, good, secret));
        QVERIFY(!WhatsAppParser::verifySignature(body + " ", good, secret)); // raw bytes, not re-serialised JSON
        QVERIFY(!WhatsAppParser::verifySignature(body, "sha256=00", secret));
        QVERIFY(!WhatsAppParser::verifySignature(body, QByteArray(), secret));
        QVERIFY(!WhatsAppParser::verifySignature(body, good, QByteArray()));
    }

    void whatsAppRealFixtures()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const QJsonObject all =
            QJsonDocument::fromJson(readShared(QStringLiteral("whatsapp_cloud_api_webhook.json"))).object();
        QVERIFY(!all.isEmpty());
        int texts = 0, images = 0, locations = 0, forwarded = 0, total = 0;
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (!it.value().isObject() || it.value().toObject().value(QLatin1String("object")).isUndefined())
                continue;
            QList<InboundMessage> messages;
            QString error;
            QVERIFY2(WhatsAppParser::parse(QJsonDocument(it.value().toObject()).toJson(), &messages, &error),
                     qPrintable(it.key() + QStringLiteral(": ") + error));
            for (const InboundMessage& m : messages) {
                ++total;
                QVERIFY(!m.externalId.isEmpty());
                QVERIFY(!m.from.isEmpty());
                texts += m.type == QLatin1String("text") ? 1 : 0;
                images += m.type == QLatin1String("image") ? 1 : 0;
                forwarded += m.forwarded ? 1 : 0;
                // The docs' skeletons hold placeholder strings, not coordinates: no location then.
                if (m.type == QLatin1String("location") && m.location.has_value())
                    ++locations;
                if (m.type == QLatin1String("image"))
                    QVERIFY(!m.media.first().mediaId.isEmpty());
            }
        }
        QVERIFY(total >= 5);
        QVERIFY(texts > 0);
        QVERIFY(images > 0);
        QCOMPARE(locations, 2); // the two real fixtures (current position, named place)
        QVERIFY(forwarded > 0);
    }

    void whatsAppRejectsOtherBodies()
    {
        QList<InboundMessage> messages;
        QString error;
        QVERIFY(!WhatsAppParser::parse("{not json", &messages, &error));
        QVERIFY(!WhatsAppParser::parse(R"({"object":"page"})", &messages, &error));
        QVERIFY(WhatsAppParser::parse(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"statuses":[{}]}}]}]})", &messages,
            &error));
        QVERIFY(messages.isEmpty()); // delivery statuses are not messages
        // A location at 0,0 or off the planet is no location.
        QVERIFY(WhatsAppParser::parse(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"from":"502","id":"w1","timestamp":"1","type":"location","location":{"latitude":95,"longitude":10}}]}}]}]})",
            &messages, &error));
        QCOMPARE(messages.size(), 1);
        QVERIFY(!messages.first().location.has_value());
    }

    void twilioSignatureTestVector()
    {
        // Twilio's documented example.
        const FormFields fields = parseForm(
            "CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212");
        QCOMPARE(
            TwilioParser::signature("12345", QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2"), fields),
            QByteArray("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        QVERIFY(TwilioParser::verifySignature("12345", QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2"),
                                              fields, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        QVERIFY(!TwilioParser::verifySignature("12346", QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2"),
                                               fields, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
    }

    void twilioRealFixtures()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const auto samples = sections(readShared(QStringLiteral("twilio_sms_inbound_webhook.txt")));
        InboundMessage m;
        QString error;
        QVERIFY(TwilioParser::parse(parseForm(samples.value(QStringLiteral("sms_text"))), &m, &error));
        QCOMPARE(m.channel, QStringLiteral("sms"));
        QCOMPARE(m.from, QStringLiteral("14133881111"));
        QCOMPARE(m.text, QStringLiteral("Msg"));
        QCOMPARE(m.externalId, QStringLiteral("SMe287d7109a5a925f182f0e07fe5b223b"));
        InboundMessage mms;
        QVERIFY(TwilioParser::parse(parseForm(samples.value(QStringLiteral("mms_two_media_no_body"))), &mms, &error));
        QCOMPARE(mms.media.size(), 2);
        InboundMessage short_;
        QVERIFY(TwilioParser::parse(parseForm(samples.value(QStringLiteral("sms_to_short_code_via_messaging_service"))),
                                    &short_, &error));
        QCOMPARE(short_.text, QStringLiteral("John Cruz")); // '+' is a space in forms
        InboundMessage wa;
        QVERIFY(TwilioParser::parse(parseForm(samples.value(QStringLiteral("whatsapp_via_twilio_text"))), &wa, &error));
        QCOMPARE(wa.channel, QStringLiteral("whatsapp"));
        InboundMessage status;
        QVERIFY(!TwilioParser::parse(parseForm(samples.value(QStringLiteral("status_callback_failed_unsubscribed"))),
                                     &status, &error));
    }

    void osmAndRealRequests()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const QByteArray text = readShared(QStringLiteral("traccar_osmand_protocol.txt"));
        int fixes = 0, missingId = 0, noPosition = 0;
        for (const QByteArray& raw : text.split('\n')) {
            const QByteArray line = raw.trimmed();
            PositionFix fix;
            QString error;
            OsmAndParser::Error e;
            if (line.startsWith("/?"))
                e = OsmAndParser::parseQuery(line.mid(2), kNow, &fix, &error);
            else if (line.startsWith('{'))
                e = OsmAndParser::parseJson(line, kNow, &fix, &error);
            else
                continue;
            if (e == OsmAndParser::Error::None) {
                ++fixes;
                QVERIFY(!fix.deviceId.isEmpty());
                QVERIFY(fix.time.isValid());
            }
            missingId += e == OsmAndParser::Error::MissingId;
            noPosition += e == OsmAndParser::Error::NoPosition;
        }
        QCOMPARE(missingId, 1);  // the documented rejected request
        QCOMPARE(noPosition, 1); // cell/Wi-Fi only
        QVERIFY(fixes >= 12);
    }

    void osmAndDetails()
    {
        PositionFix fix;
        QString error;
        QCOMPARE(
            OsmAndParser::parseQuery("id=123456&timestamp=1377177267&lat=60.0&lon=30.0&speed=10", kNow, &fix, &error),
            OsmAndParser::Error::None);
        QCOMPARE(fix.time, QDateTime::fromSecsSinceEpoch(1377177267, Qt::UTC));
        QCOMPARE(fix.point.lat, 60.0);
        QVERIFY(qAbs(fix.speedMps - 5.14444) < 1e-3); // knots
        QCOMPARE(OsmAndParser::parseQuery("id=1&timestamp=1442068686579&lat=42&lon=-88", kNow, &fix, &error),
                 OsmAndParser::Error::None);
        QCOMPARE(fix.time, QDateTime::fromMSecsSinceEpoch(1442068686579, Qt::UTC));
        QCOMPARE(OsmAndParser::parseQuery("id=1&lat=91&lon=30", kNow, &fix, &error),
                 OsmAndParser::Error::BadCoordinate);
        QCOMPARE(OsmAndParser::parseQuery("id=1&lat=abc&lon=30", kNow, &fix, &error),
                 OsmAndParser::Error::BadCoordinate);
        QCOMPARE(OsmAndParser::parseQuery("id=1&lat=NaN&lon=30", kNow, &fix, &error),
                 OsmAndParser::Error::BadCoordinate);
        QCOMPARE(OsmAndParser::parseQuery("lat=1&lon=30", kNow, &fix, &error), OsmAndParser::Error::MissingId);
        QCOMPARE(OsmAndParser::parseQuery("id=7&lat=14.6&lon=-90.5", kNow, &fix, &error), OsmAndParser::Error::None);
        QCOMPARE(fix.time, kNow); // no timestamp: received time
        QCOMPARE(OsmAndParser::parseJson("[]", kNow, &fix, &error), OsmAndParser::Error::Malformed);
    }

    void nmeaRealCaptures()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const QByteArray text = readShared(QStringLiteral("nmea0183_rmc_gga.txt"));
        NmeaDecoder decoder;
        PositionFix fix;
        QString why;
        QByteArray hello = "$PCEN,P-101*";
        unsigned char sum = 0;
        for (char c : hello.mid(1, hello.size() - 2))
            sum ^= static_cast<unsigned char>(c);
        hello += QByteArray::number(sum, 16).rightJustified(2, '0').toUpper();
        QCOMPARE(decoder.feed(hello, &fix, &why), NmeaDecoder::Result::Identified);
        QCOMPARE(decoder.deviceId(), QStringLiteral("P-101"));
        int fixes = 0, rejected = 0;
        for (const QByteArray& raw : text.split('\n')) {
            if (raw.startsWith('#') || raw.trimmed().isEmpty())
                continue;
            const auto r = decoder.feed(raw, &fix, &why);
            fixes += r == NmeaDecoder::Result::Fix;
            rejected += r == NmeaDecoder::Result::Rejected;
        }
        QCOMPARE(rejected, 0); // every real sentence has a good checksum
        QVERIFY(fixes >= 5);
    }

    void nmeaDetails()
    {
        NmeaDecoder decoder;
        PositionFix fix;
        QString why;
        // A position before the device named itself cannot be attributed.
        QCOMPARE(decoder.feed("$GPRMC,143306.50,A,5546.82983,N,02334.72123,E,30.324,221.16,091209,,,A*52", &fix, &why),
                 NmeaDecoder::Result::Rejected);
        QCOMPARE(decoder.feed("$PCEN,CAR7*00", &fix, &why), NmeaDecoder::Result::Rejected); // bad checksum
        QVERIFY(NmeaDecoder::checksumOk("$GPRMC,143306.50,A,5546.82983,N,02334.72123,E,30.324,221.16,091209,,,A*52"));
        QVERIFY(!NmeaDecoder::checksumOk("$GPRMC,143306.50,A,5546.82983,N,02334.72123,E,30.324,221.16,091209,,,A*53"));
        QVERIFY(!NmeaDecoder::checksumOk("GPRMC,1*52"));
        const auto lat = NmeaDecoder::coordinate("4552.65403", "S", 2);
        QVERIFY(lat && qAbs(*lat + 45.877567) < 1e-6);
        QVERIFY(!NmeaDecoder::coordinate("4577.0", "N", 2)); // 77 minutes
        QVERIFY(!NmeaDecoder::coordinate("4552.6", "X", 2));
    }

    void capRealAlerts()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const QDir dir(test::sharedDataDir() + QStringLiteral("/formats/cap12"));
        int parsed = 0;
        for (const QString& name : dir.entryList({QStringLiteral("*.xml")})) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            CapAlert alert;
            QString error;
            QVERIFY2(CapParser::parse(f.readAll(), &alert, &error), qPrintable(name + QStringLiteral(": ") + error));
            QVERIFY(!alert.identifier.isEmpty());
            ++parsed;
        }
        QCOMPARE(parsed, 6);
        CapAlert a2;
        QString error;
        QVERIFY(CapParser::parse(readShared(QStringLiteral("cap12_alert_example.xml")), &a2, &error));
        QCOMPARE(a2.identifier, QStringLiteral("KSTO1055887203"));
        QCOMPARE(a2.sent, QDateTime(QDate(2003, 6, 17), QTime(21, 57), Qt::UTC));
        QVERIFY(a2.location().has_value());
        QVERIFY(qAbs(a2.location()->lat - 38.4875) < 1e-6);
        QCOMPARE(a2.priority(), 1); // Severe + Immediate
    }

    void capRejectsHostileAndInvalid()
    {
        const QByteArray header = R"(<?xml version="1.0"?>)";
        const QByteArray valid =
            R"(<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>1</identifier><sender>s</sender><sent>2026-11-23T10:00:00-06:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope></alert>)";
        CapAlert alert;
        QString error;
        QVERIFY2(CapParser::parse(header + valid, &alert, &error), qPrintable(error));
        // Billion laughs / external entities: refused at the DTD.
        const QByteArray bomb =
            header + R"(<!DOCTYPE alert [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>)" + valid;
        QVERIFY(!CapParser::parse(bomb, &alert, &error));
        QVERIFY(error.contains(QStringLiteral("entities")));
        const QByteArray xxe = header + R"(<!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>)" + valid;
        QVERIFY(!CapParser::parse(xxe, &alert, &error));
        // Schema rules.
        QByteArray bad = valid;
        bad.replace("-06:00", "Z");
        QVERIFY(!CapParser::parse(bad, &alert, &error));
        bad = valid;
        bad.replace("<status>Actual</status><msgType>Alert</msgType>",
                    "<msgType>Alert</msgType><status>Actual</status>");
        QVERIFY(!CapParser::parse(bad, &alert, &error));
        QVERIFY(error.contains(QStringLiteral("order")));
        bad = valid;
        bad.replace("Public", "Restricted");
        QVERIFY(!CapParser::parse(bad, &alert, &error));
        bad = valid;
        bad.replace("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1");
        QVERIFY(!CapParser::parse(bad, &alert, &error));
        QVERIFY(!CapParser::parse(QByteArray(CapParser::kMaxBytes + 1, ' '), &alert, &error));
        QVERIFY(!CapParser::parse("<alert", &alert, &error));
        QVERIFY(!CapParser::parse(valid + "<alert/>", &alert, &error));
    }
};

QTEST_GUILESS_MAIN(TestIngestParsers)
#include "test_ingest_parsers.moc"
