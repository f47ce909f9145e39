// centinela-cli protection-order set|lift|restore|list against a real database, as the station's
// admin runs it: orders with point and polygon zones (GeoJSON), what the map and the gateway then
// see, lifting with a reason (audited), and clear refusals of bad zones and files.
#include "CliRun.h"
#include "DbTest.h"
#include "SharedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace centinela;

namespace {

using Run = test::CliRun;
using test::keyValues;

Run cli(const QStringList& args)
{
    return test::runCli(args, {}, 60000);
}

} // namespace

class TestCliOrders : public QObject
{
    Q_OBJECT
    QString m_db;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
    }

    void ordersAreEnteredListedAndLifted()
    {
        // The school as a polygon drawn in QGIS, the home and work as circles.
        QFile zones(m_dir.filePath(QStringLiteral("escuela.geojson")));
        QVERIFY(zones.open(QIODevice::WriteOnly));
        zones.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
            "properties": {"nombre": "escuela"},
            "geometry": {"type": "Polygon", "coordinates": [[[-90.520, 14.630], [-90.518, 14.630],
                [-90.518, 14.632], [-90.520, 14.632], [-90.520, 14.630]]]}}]})");
        zones.close();
        Run r = cli({QStringLiteral("protection-order"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--number"), QStringLiteral("MP-2026-0456"), QStringLiteral("--device"),
                     QStringLiteral("BRX-77"), QStringLiteral("--offender"), QStringLiteral("Julio Ramírez"),
                     QStringLiteral("--protected"), QStringLiteral("Lidia Soto"), QStringLiteral("--warning-m"),
                     QStringLiteral("300"), QStringLiteral("--zones"),
                     QStringLiteral("casa=-90.5133,14.6349,50; trabajo=-90.5010,14.6200,80"),
                     QStringLiteral("--zones-file"), zones.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QHash<QString, QString> kv = keyValues(r.out);
        QCOMPARE(kv.value(QStringLiteral("zones")), QStringLiteral("3"));
        QCOMPARE(kv.value(QStringLiteral("active")), QStringLiteral("true"));
        const QString orderId = kv.value(QStringLiteral("order_id"));
        QVERIFY(orderId.toInt() > 0);

        // What the desk's map draws: three zones, the circles with their radius.
        core::PgConnection c(m_db);
        const QJsonArray features = QJsonDocument::fromJson(c.exec("SELECT protection_zones_geojson()").bytes(0, 0))
                                        .object()
                                        .value(QLatin1String("features"))
                                        .toArray();
        QCOMPARE(features.size(), 3);
        QStringList names;
        for (const QJsonValue& f : features)
            names << f.toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("zone")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("casa"), QStringLiteral("trabajo"), QStringLiteral("escuela")}));
        QCOMPARE(features.at(0)
                     .toObject()
                     .value(QLatin1String("properties"))
                     .toObject()
                     .value(QLatin1String("radius_m"))
                     .toDouble(),
                 50.0);
        QCOMPARE(features.at(2)
                     .toObject()
                     .value(QLatin1String("geometry"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("Polygon"));

        // Entering the same order again replaces it (a court amends the zones), it is not doubled.
        r = cli({QStringLiteral("protection-order"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--number"), QStringLiteral("MP-2026-0456"), QStringLiteral("--device"),
                 QStringLiteral("BRX-77"), QStringLiteral("--offender"), QStringLiteral("Julio Ramírez"),
                 QStringLiteral("--protected"), QStringLiteral("Lidia Soto"), QStringLiteral("--zones"),
                 QStringLiteral("casa=-90.5133,14.6349,100")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("order_id")), orderId);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM protection_zones"), QStringLiteral("1"));

        r = cli({QStringLiteral("protection-order"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject listed = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(listed.value(QLatin1String("device")).toString(), QStringLiteral("BRX-77"));
        QCOMPARE(listed.value(QLatin1String("zones")).toArray(), QJsonArray{QStringLiteral("casa")});
        QCOMPARE(listed.value(QLatin1String("active")).toBool(), true);

        // Lifting needs a reason; it is audited, and the map stops drawing the zones.
        r = cli({QStringLiteral("protection-order"), QStringLiteral("lift"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--number"), QStringLiteral("MP-2026-0456")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("protection-order"), QStringLiteral("lift"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--number"), QStringLiteral("MP-2026-0456"), QStringLiteral("--reason"),
                 QStringLiteral("Juzgado de Familia levantó la orden el 2026-11-20")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("active")), QStringLiteral("false"));
        QCOMPARE(QJsonDocument::fromJson(c.exec("SELECT protection_zones_geojson()").bytes(0, 0))
                     .object()
                     .value(QLatin1String("features"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(test::scalar(c, "SELECT details ->> 'reason' FROM audit_log WHERE action = 'protection_order.lift'"),
                 QStringLiteral("Juzgado de Familia levantó la orden el 2026-11-20"));
        // Lifted twice is said so; correcting the zones of a lifted order does not bring it back in force,
        // nor forget its offender's document.
        r = cli({QStringLiteral("protection-order"), QStringLiteral("lift"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--number"), QStringLiteral("MP-2026-0456"), QStringLiteral("--reason"),
                 QStringLiteral("otra vez")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("already lifted")), qPrintable(r.err));
        c.exec("UPDATE protection_orders SET offender_document = '1234 56789 0101'");
        r = cli({QStringLiteral("protection-order"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--number"), QStringLiteral("MP-2026-0456"), QStringLiteral("--device"),
                 QStringLiteral("BRX-77"), QStringLiteral("--offender"), QStringLiteral("Julio Ramírez"),
                 QStringLiteral("--protected"), QStringLiteral("Lidia Soto"), QStringLiteral("--zones"),
                 QStringLiteral("casa=-90.5133,14.6349,120")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("active")), QStringLiteral("false"));
        QCOMPARE(test::scalar(c, "SELECT active::text || ' ' || offender_document FROM protection_orders"),
                 QStringLiteral("false 1234 56789 0101"));
        r = cli({QStringLiteral("protection-order"), QStringLiteral("restore"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--number"), QStringLiteral("MP-2026-0456"), QStringLiteral("--reason"),
                 QStringLiteral("apelación")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(test::scalar(c, "SELECT active FROM protection_orders"), QStringLiteral("t"));
        // An order that does not exist is said so.
        r = cli({QStringLiteral("protection-order"), QStringLiteral("lift"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--number"), QStringLiteral("MP-0000"), QStringLiteral("--reason"),
                 QStringLiteral("prueba")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no protective order MP-0000")), qPrintable(r.err));
    }

    void badZonesAndFilesAreRefusedClearly()
    {
        const QStringList base = {QStringLiteral("protection-order"),
                                  QStringLiteral("set"),
                                  QStringLiteral("--db"),
                                  m_db,
                                  QStringLiteral("--number"),
                                  QStringLiteral("MP-9"),
                                  QStringLiteral("--device"),
                                  QStringLiteral("BRX-9"),
                                  QStringLiteral("--offender"),
                                  QStringLiteral("X"),
                                  QStringLiteral("--protected"),
                                  QStringLiteral("Y")};
        Run r = cli(base);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("protected zones")), qPrintable(r.err));
        r = cli(base + QStringList{QStringLiteral("--zones"), QStringLiteral("casa=-90.5,14.6")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("NAME=LON,LAT,RADIUS_M")), qPrintable(r.err));
        r = cli(base + QStringList{QStringLiteral("--zones"), QStringLiteral("casa=14.6,-190.5,50")});
        QCOMPARE(r.code, 2);
        QFile broken(m_dir.filePath(QStringLiteral("broken.geojson")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[-90.5, 14.6], [-90.4, 14.6], [-90.4, 14.7]]]}}]})");
        broken.close();
        r = cli(base + QStringList{QStringLiteral("--zones-file"), broken.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("closed outer ring")), qPrintable(r.err));
        QFile line(m_dir.filePath(QStringLiteral("line.geojson")));
        QVERIFY(line.open(QIODevice::WriteOnly));
        line.write(R"({"type": "Feature", "properties": {"name": "calle"},
            "geometry": {"type": "LineString", "coordinates": [[-90.5, 14.6], [-90.4, 14.6]]}})");
        line.close();
        r = cli(base + QStringList{QStringLiteral("--zones-file"), line.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not LineString")), qPrintable(r.err));
        r = cli(base + QStringList{QStringLiteral("--zones-file"), m_dir.filePath(QStringLiteral("missing.geojson"))});
        QCOMPARE(r.code, 1);
        // Nothing half-entered.
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM protection_orders WHERE order_number = 'MP-9'"),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestCliOrders)
#include "test_cli_orders.moc"
