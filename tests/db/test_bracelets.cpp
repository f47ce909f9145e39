// Protective orders: a scripted offender track against a real database — approach, linger, leave
// and come back raise exactly the expected alerts; signal loss and tampering raise theirs once.
#include "DbTest.h"
#include "ManualClock.h"
#include "orders/BraceletMonitor.h"
#include "routing/Geodesic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace centinela;
using core::BraceletMonitor;
using core::GeoPoint;
using core::PgConnection;
using core::PositionFix;

namespace {

constexpr double kHomeLon = -90.5133, kHomeLat = 14.6349; // zone 1, Guatemala City
constexpr double kRadius = 50, kWarning = 300;

/// The point `edgeM` metres east of the home zone's edge.
GeoPoint eastOfHome(double edgeM)
{
    double perLon = 0, perLat = 0;
    core::geodesic::metresPerDegree(kHomeLat, &perLon, &perLat);
    return {kHomeLon + (kRadius + edgeM) / perLon, kHomeLat};
}

} // namespace

class TestBracelets : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_gateway;
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    PositionFix fix(const QString& device, const GeoPoint& p, bool tamper = false)
    {
        m_clock.advance(10000); // one fix every 10 s
        PositionFix f;
        f.deviceId = device;
        f.point = p;
        f.time = m_clock.now();
        f.tamper = tamper;
        return f;
    }

    int alerts(const char* kind)
    {
        PgConnection admin(m_db);
        return test::scalar(admin, "SELECT count(*) FROM alerts WHERE channel = 'bracelet' AND details ->> 'kind' = $1",
                            {QByteArray(kind)})
            .toInt();
    }

private Q_SLOTS:
    void init()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase(QStringLiteral("brc"));
        m_gateway = cluster->conninfoAs(m_db, QStringLiteral("pasarela"));
        PgConnection admin(m_db);
        const QJsonObject order{
            {QStringLiteral("order_number"), QStringLiteral("OP-2026-17")},
            {QStringLiteral("device_id"), QStringLiteral("BR-1")},
            {QStringLiteral("offender_name"), QStringLiteral("Julio Ramírez")},
            {QStringLiteral("protected_name"), QStringLiteral("Lidia Soto")},
            {QStringLiteral("warning_m"), kWarning},
            {QStringLiteral("zones"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("casa")},
                             {QStringLiteral("area"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                          {QStringLiteral("coordinates"), QJsonArray{kHomeLon, kHomeLat}}}},
                             {QStringLiteral("radius_m"), kRadius}},
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("trabajo")},
                             {QStringLiteral("area"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                          {QStringLiteral("coordinates"),
                                           QJsonArray{QJsonArray{QJsonArray{-90.53, 14.60}, QJsonArray{-90.52, 14.60},
                                                                 QJsonArray{-90.52, 14.61}, QJsonArray{-90.53, 14.61},
                                                                 QJsonArray{-90.53, 14.60}}}}}}}}}};
        QCOMPARE(test::scalar(admin, "SELECT cmd_upsert_protection_order(gen_random_uuid(), $1) ->> 'ok'",
                              {QJsonDocument(order).toJson(QJsonDocument::Compact)}),
                 QStringLiteral("true"));
        QJsonObject other = order;
        other.insert(QStringLiteral("order_number"), QStringLiteral("OP-2026-18"));
        other.insert(QStringLiteral("device_id"), QStringLiteral("BR-2"));
        QCOMPARE(test::scalar(admin, "SELECT cmd_upsert_protection_order(gen_random_uuid(), $1) ->> 'ok'",
                              {QJsonDocument(other).toJson(QJsonDocument::Compact)}),
                 QStringLiteral("true"));
        // One available unit 2 km away: the alert names it.
        admin.execScript("INSERT INTO units (call_sign, status) VALUES ('P-7', 'available');"
                         "SELECT upsert_last_positions(ARRAY[(SELECT id FROM units WHERE call_sign = 'P-7')],"
                         " ARRAY[-90.53]::float8[], ARRAY[14.64]::float8[], ARRAY[0]::real[], ARRAY[0]::real[],"
                         " ARRAY[now()])");
    }

    void approachLingerLeaveAndReturn()
    {
        BraceletMonitor monitor(m_gateway, &m_clock);
        QString error;
        QVERIFY2(monitor.reload(&error), qPrintable(error));
        QVERIFY(monitor.isBracelet(QStringLiteral("BR-1")));
        QVERIFY(!monitor.isBracelet(QStringLiteral("UNIT-1")));

        // Far, nearer, still outside the warning distance: nothing.
        for (const double d : {2000.0, 900.0, 420.0, 310.0})
            QVERIFY(!monitor.check(fix(QStringLiteral("BR-1"), eastOfHome(d))).raised);
        QCOMPARE(alerts("proximity"), 0);
        // Within 300 m: one alert, with both positions, the order and the nearest unit.
        BraceletMonitor::Outcome o = monitor.check(fix(QStringLiteral("BR-1"), eastOfHome(250)));
        QVERIFY(o.raised);
        const qint64 first = o.alertId;
        QVERIFY(first > 0);
        PgConnection admin(m_db);
        const QJsonObject details =
            QJsonDocument::fromJson(
                test::scalar(admin, "SELECT details FROM alerts WHERE id = $1", {QByteArray::number(first)}).toUtf8())
                .object();
        QCOMPARE(details.value(QLatin1String("order_number")).toString(), QStringLiteral("OP-2026-17"));
        QCOMPARE(details.value(QLatin1String("protected")).toObject().value(QLatin1String("zone")).toString(),
                 QStringLiteral("casa"));
        QVERIFY(details.value(QLatin1String("offender")).toObject().contains(QLatin1String("lon")));
        QCOMPARE(details.value(QLatin1String("nearest_unit")).toObject().value(QLatin1String("call_sign")).toString(),
                 QStringLiteral("P-7"));
        QCOMPARE(test::scalar(admin, "SELECT priority FROM alerts WHERE id = $1", {QByteArray::number(first)}),
                 QStringLiteral("1"));

        // Lingering, inside, leaving and coming back while the alert is open: the same alert moves.
        for (const double d : {120.0, 0.0, 0.0, 60.0, 800.0, 2000.0, 200.0}) {
            o = monitor.check(fix(QStringLiteral("BR-1"), eastOfHome(d)));
            QVERIFY(!o.raised);
            QVERIFY(o.updated);
            QCOMPARE(o.alertId, first);
        }
        QCOMPARE(alerts("proximity"), 1);
        const double lon =
            test::scalar(admin, "SELECT lon FROM alerts WHERE id = $1", {QByteArray::number(first)}).toDouble();
        QVERIFY(std::abs(lon - eastOfHome(200).lon) < 1e-7);
        QVERIFY(test::scalar(admin, "SELECT count(*) FROM events WHERE kind = 'alert.updated' AND entity_id = $1",
                             {QByteArray::number(first)})
                    .toInt() >= 7);

        // Only an operator clears it.
        PgConnection op(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        QCOMPARE(test::scalar(op,
                              "SELECT cmd_clear_bracelet_alert(gen_random_uuid(), $1, 'patrulla en el lugar') ->> 'ok'",
                              {QByteArray::number(first)}),
                 QStringLiteral("true"));
        // Still near after the clear, then just past the warning distance (inside the margin): no new alert.
        for (const double d : {150.0, 280.0, 330.0}) {
            o = monitor.check(fix(QStringLiteral("BR-1"), eastOfHome(d)));
            QVERIFY(!o.raised);
        }
        QCOMPARE(alerts("proximity"), 1);
        // Clearly away, then back: a new episode, a new alert.
        QVERIFY(!monitor.check(fix(QStringLiteral("BR-1"), eastOfHome(900))).raised);
        o = monitor.check(fix(QStringLiteral("BR-1"), eastOfHome(100)));
        QVERIFY(o.raised);
        QVERIFY(o.alertId != first);
        QCOMPARE(alerts("proximity"), 2);

        // A restarted gateway continues the episode instead of raising it again.
        BraceletMonitor restarted(m_gateway, &m_clock);
        QVERIFY(restarted.reload(&error));
        o = restarted.check(fix(QStringLiteral("BR-1"), eastOfHome(50)));
        QVERIFY(!o.raised);
        QCOMPARE(alerts("proximity"), 2);
        // The other order's bracelet, far from its zones, never alerted; the track was written.
        QVERIFY(!restarted.check(fix(QStringLiteral("BR-2"), eastOfHome(5000))).raised);
        restarted.flushTrack();
        monitor.flushTrack();
        QCOMPARE(alerts("proximity"), 2);
        QVERIFY(test::scalar(admin, "SELECT count(*) FROM bracelet_fixes").toInt() == 19);
        // The polygon zone: inside it is distance 0.
        o = restarted.check(fix(QStringLiteral("BR-2"), {-90.525, 14.605}));
        QCOMPARE(o.distanceM, 0.0);
        QVERIFY(o.raised);
    }

    void signalLossAndTamperRaiseOnce()
    {
        BraceletMonitor monitor(m_gateway, &m_clock);
        QVERIFY(monitor.reload());
        monitor.check(fix(QStringLiteral("BR-1"), eastOfHome(3000)));
        monitor.check(fix(QStringLiteral("BR-2"), eastOfHome(3000)));
        QCOMPARE(monitor.checkSignals(), 0);
        m_clock.advance(qint64(monitor.signalLossSeconds() - 30) * 1000);
        monitor.check(fix(QStringLiteral("BR-2"), eastOfHome(3000))); // BR-2 keeps reporting
        QCOMPARE(monitor.checkSignals(), 0);
        m_clock.advance(60 * 1000);
        QCOMPARE(monitor.checkSignals(), 1); // BR-1 silent for longer than the setting
        for (int i = 0; i < 5; ++i) {
            m_clock.advance(60 * 1000);
            monitor.check(fix(QStringLiteral("BR-2"), eastOfHome(3000)));
            QCOMPARE(monitor.checkSignals(), 0);
        }
        QCOMPARE(alerts("signal_loss"), 1);
        // A restart does not raise it again.
        BraceletMonitor restarted(m_gateway, &m_clock);
        QVERIFY(restarted.reload());
        QCOMPARE(restarted.checkSignals(), 0);
        QCOMPARE(alerts("signal_loss"), 1);

        // Tampering: once, however many tampered fixes follow.
        QVERIFY(restarted.check(fix(QStringLiteral("BR-2"), eastOfHome(3000), true)).raised);
        QVERIFY(!restarted.check(fix(QStringLiteral("BR-2"), eastOfHome(3000), true)).raised);
        QCOMPARE(alerts("tamper"), 1);
        QCOMPARE(alerts("proximity"), 0);
    }

    void zonesAreReadableAsGeoJson()
    {
        PgConnection op(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        const QJsonObject zones =
            QJsonDocument::fromJson(test::scalar(op, "SELECT protection_zones_geojson()").toUtf8()).object();
        QCOMPARE(zones.value(QLatin1String("type")).toString(), QStringLiteral("FeatureCollection"));
        QCOMPARE(zones.value(QLatin1String("features")).toArray().size(), 4);
        const QJsonObject track =
            QJsonDocument::fromJson(test::scalar(op, "SELECT bracelet_track_geojson(1)").toUtf8()).object();
        QCOMPARE(track.value(QLatin1String("geometry")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("LineString"));
        // Operators cannot raise or forge bracelet alerts.
        bool denied = false;
        try {
            op.exec("SELECT bracelet_raise(1, 'proximity', 'x', 0, 0, '{}')");
        } catch (const core::PgError& e) {
            denied = e.sqlState() == "42501";
        }
        QVERIFY(denied);
    }
};

QTEST_GUILESS_MAIN(TestBracelets)
#include "test_bracelets.moc"
