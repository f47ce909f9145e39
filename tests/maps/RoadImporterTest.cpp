// Road import through GDAL: OSM (PBF and XML, sorted or not), field-mapped GeoJSON in another CRS,
// the cache, and clear failures on bad input.
#include "roads/RoadImporter.h"
#include "SharedData.h"
#include "roads/OsmOrderCheck.h"
#include "roads/RoadNetworkLoader.h"
#include "routing/RoadGraphFile.h"
#include "routing/RoutingService.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace centinela;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(contents);
    return path;
}

/// A tiny OSM XML: a T junction of a two-way street and a one-way street, plus a footway.
QByteArray tinyOsm(bool waysFirst = false, bool relationFirst = false)
{
    QByteArray nodes;
    for (int i = 1; i <= 5; ++i)
        nodes += "<node id=\"" + QByteArray::number(i) + "\" version=\"1\" lat=\"45.0\" lon=\"" +
                 QByteArray::number(7.0 + i * 0.001, 'f', 3) + "\"/>\n";
    nodes += "<node id=\"6\" version=\"1\" lat=\"45.001\" lon=\"7.003\"/>\n";
    const QByteArray ways =
        "<way id=\"10\" version=\"1\"><nd ref=\"1\"/><nd ref=\"2\"/><nd ref=\"3\"/>"
        "<tag k=\"highway\" v=\"residential\"/></way>\n"
        "<way id=\"11\" version=\"1\"><nd ref=\"3\"/><nd ref=\"4\"/><nd ref=\"5\"/>"
        "<tag k=\"highway\" v=\"residential\"/><tag k=\"oneway\" v=\"yes\"/><tag k=\"maxspeed\" v=\"20 mph\"/></way>\n"
        "<way id=\"12\" version=\"1\"><nd ref=\"3\"/><nd ref=\"6\"/><tag k=\"highway\" v=\"footway\"/></way>\n";
    const QByteArray relation = "<relation id=\"20\" version=\"1\"><member type=\"way\" ref=\"10\" role=\"\"/>"
                                "<tag k=\"type\" v=\"route\"/></relation>\n";
    QByteArray body;
    if (waysFirst)
        body = ways + nodes;
    else if (relationFirst)
        body = nodes + relation + ways;
    else
        body = nodes + ways + relation;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"test\">\n" + body + "</osm>\n";
}

} // namespace

class RoadImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsOsmXml()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("t.osm"), tinyOsm());
        const maps::RoadImport r = maps::RoadImporter::import(path, core::RoadProfile::car());
        QVERIFY2(r.graph, qPrintable(r.error));
        QCOMPARE(r.driver, QStringLiteral("OSM"));
        QCOMPARE(r.roads, qint64(2)); // the footway is not a car road
        QCOMPARE(r.graph->nodeCount(), 3u);
        QCOMPARE(r.graph->edgeCount(), 2u);
        QCOMPARE(r.graph->forwardArcCount(), 3u); // two-way + one-way
        bool oneWay = false;
        for (std::uint32_t e = 0; e < r.graph->edgeCount(); ++e) {
            if (r.graph->edgeBackward(e))
                continue;
            oneWay = true;
            // 20 mph = 32.19 km/h over ~157.7 m.
            QVERIFY(qAbs(r.graph->edgeTimeForward(e) - r.graph->edgeLength(e) / (20 * 1.609344 / 3.6)) < 1e-3);
        }
        QVERIFY(oneWay);
    }

    void unsortedOsmIsReadOrRefused()
    {
        QTemporaryDir dir;
        // A relation before the ways: relations are lost in GDAL, roads are not; said as a warning.
        const QString relFirst = writeFile(dir, QStringLiteral("rel.osm"), tinyOsm(false, true));
        const maps::OsmOrderCheck::Result order = maps::OsmOrderCheck::check(relFirst);
        QVERIFY(order.readable);
        QVERIFY(!order.typesInOrder);
        QVERIFY(order.nodesBeforeWays);
        const maps::RoadImport r = maps::RoadImporter::import(relFirst, core::RoadProfile::car());
        QVERIFY2(r.graph, qPrintable(r.error));
        QCOMPARE(r.graph->edgeCount(), 2u);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("not sorted")));

        // Ways before their nodes: GDAL would silently lose them, so the import refuses and says how to fix.
        const QString waysFirst = writeFile(dir, QStringLiteral("ways.osm"), tinyOsm(true));
        const maps::RoadImport refused = maps::RoadImporter::import(waysFirst, core::RoadProfile::car());
        QVERIFY(!refused.graph);
        QVERIFY2(refused.error.contains(QLatin1String("not sorted")) &&
                     refused.error.contains(QLatin1String("osmium sort")),
                 qPrintable(refused.error));
    }

    void badInputFailsClearly()
    {
        QTemporaryDir dir;
        const core::RoadProfile car = core::RoadProfile::car();
        maps::RoadImport r = maps::RoadImporter::import(dir.filePath(QStringLiteral("missing.gpkg")), car);
        QVERIFY(!r.graph);
        QVERIFY(r.error.contains(QLatin1String("no such file")));
        r = maps::RoadImporter::import(writeFile(dir, QStringLiteral("junk.pbf"), QByteArray(1000, '\x07')), car);
        QVERIFY(!r.graph);
        QVERIFY(!r.error.isEmpty());
        r = maps::RoadImporter::import(writeFile(dir, QStringLiteral("junk.txt"), "hello"), car);
        QVERIFY(!r.graph);
        QVERIFY(!r.error.isEmpty());
        r = maps::RoadImporter::import(writeFile(dir, QStringLiteral("cut.osm"), tinyOsm().left(300)), car);
        QVERIFY(!r.graph);
        QVERIFY(!r.error.isEmpty());
        // A GeoJSON without the class field, and one with nothing drivable.
        r = maps::RoadImporter::import(
            writeFile(dir, QStringLiteral("nofield.geojson"),
                      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"x"},
                         "geometry":{"type":"LineString","coordinates":[[7,45],[7.001,45]]}}]})"),
            car);
        QVERIFY(!r.graph);
        QVERIFY2(r.error.contains(QLatin1String("highway")), qPrintable(r.error));
        r = maps::RoadImporter::import(
            writeFile(dir, QStringLiteral("paths.geojson"),
                      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"highway":"path"},
                         "geometry":{"type":"LineString","coordinates":[[7,45],[7.001,45]]}}]})"),
            car);
        QVERIFY(!r.graph);
        QVERIFY2(r.error.contains(QLatin1String("no road")), qPrintable(r.error));
    }

    void importsFieldMappedGeoJsonInAnotherCrs()
    {
        QTemporaryDir dir;
        // Web Mercator metres, a class field named fclass, oneway as an integer: mapped in a profile file.
        const QString json = writeFile(dir, QStringLiteral("roads.geojson"), R"({"type":"FeatureCollection",
          "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},
          "features":[
           {"type":"Feature","properties":{"fclass":"primary","oneway":1,"speed":50},
            "geometry":{"type":"LineString","coordinates":[[779236.4,5621521.5],[779347.7,5621521.5]]}},
           {"type":"Feature","properties":{"fclass":"residential","oneway":0,"speed":null},
            "geometry":{"type":"MultiLineString","coordinates":[[[779347.7,5621521.5],[779347.7,5621678.9]]]}}]})");
        const QString ini = writeFile(dir, QStringLiteral("mapped.ini"),
                                      "[profile]\nname=mapped\n[fields]\nclass=fclass\nmaxspeed=speed\n");
        QString error;
        const auto profile = core::RoadProfile::fromName(ini, &error);
        QVERIFY2(profile, qPrintable(error));
        const maps::RoadImport r = maps::RoadImporter::import(json, *profile);
        QVERIFY2(r.graph, qPrintable(r.error));
        QCOMPARE(r.driver, QStringLiteral("GeoJSON"));
        QCOMPARE(r.graph->edgeCount(), 2u);
        QCOMPARE(r.graph->forwardArcCount(), 3u);
        // 779236.4 m east in Web Mercator is 7.0 degrees.
        double minLon = 999;
        for (std::uint32_t n = 0; n < r.graph->nodeCount(); ++n)
            minLon = std::min(minLon, r.graph->node(n).lonDeg());
        QVERIFY(qAbs(minLon - 7.0) < 1e-5);
        for (std::uint32_t e = 0; e < r.graph->edgeCount(); ++e)
            if (!r.graph->edgeBackward(e))
                QVERIFY(qAbs(r.graph->edgeTimeForward(e) - r.graph->edgeLength(e) / (50 / 3.6)) < 1e-3);
    }

    void cacheIsUsedAndDamagedCacheRebuilt()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("t.osm"), tinyOsm());
        const core::RoadProfile car = core::RoadProfile::car();
        maps::LoadedRoads first = maps::RoadNetworkLoader::load(path, car, maps::RoadNetworkLoader::Cache::Rebuild);
        QVERIFY2(first.graph, qPrintable(first.error));
        QVERIFY(!first.fromCache);
        QVERIFY(first.cachePath.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        QVERIFY(!first.cachePath.startsWith(dir.path()));
        const maps::LoadedRoads second = maps::RoadNetworkLoader::load(path, car);
        QVERIFY(second.fromCache);
        QCOMPARE(second.graph->edgeCount(), first.graph->edgeCount());
        // Another profile is another cache entry.
        QVERIFY(maps::RoadNetworkLoader::cacheKey(path, core::RoadProfile::pgroutingCars()) !=
                maps::RoadNetworkLoader::cacheKey(path, car));
        // Damage the cache: it is reported, ignored, and written again.
        {
            QFile f(first.cachePath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.resize(f.size() / 2);
        }
        const maps::LoadedRoads third = maps::RoadNetworkLoader::load(path, car);
        QVERIFY(third.graph);
        QVERIFY(!third.fromCache);
        QVERIFY(third.warnings.join(QLatin1Char('\n')).contains(QLatin1String("ignored the road cache")));
        QVERIFY(maps::RoadNetworkLoader::load(path, car).fromCache);
    }

    void importsTheSharedExtracts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sorted");
        QTest::newRow("monaco") << QStringLiteral("monaco.osm.pbf") << true;
        QTest::newRow("baltimore (unsorted)") << QStringLiteral("baltimore.osm.pbf") << false;
    }

    void importsTheSharedExtracts()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        QFETCH(QString, file);
        QFETCH(bool, sorted);
        const QString path = test::sharedDataDir() + QStringLiteral("/osm/") + file;
        const maps::OsmOrderCheck::Result order = maps::OsmOrderCheck::check(path);
        QVERIFY2(order.readable, qPrintable(order.error));
        QCOMPARE(order.typesInOrder, sorted);
        QVERIFY(order.nodesBeforeWays);
        const maps::RoadImport r = maps::RoadImporter::import(path, core::RoadProfile::car());
        QVERIFY2(r.graph, qPrintable(r.error));
        QCOMPARE(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("not sorted")), !sorted);
        QVERIFY(r.graph->nodeCount() > 1000);
        QVERIFY(r.graph->mainNetworkNodes() > r.graph->nodeCount() / 2);
        QString error;
        QVERIFY2(r.graph->validate(&error), qPrintable(error));
        // A recommendation across the map works end to end.
        core::RoutingService service;
        service.setGraph(r.graph);
        const core::FixedPoint a = r.graph->node(0), b = r.graph->node(r.graph->nodeCount() - 1);
        service.updateUnits({{1, a.lonDeg(), a.latDeg(), true}, {2, b.lonDeg(), b.latDeg(), true}});
        const core::FixedPoint mid = r.graph->node(r.graph->nodeCount() / 2);
        const core::Recommendation rec = service.recommend(mid.lonDeg(), mid.latDeg(), {});
        QVERIFY(rec.incident.valid());
        qInfo("%s: %u nodes, %u edges, %u main, %lld roads of %lld lines", qPrintable(file), r.graph->nodeCount(),
              r.graph->edgeCount(), r.graph->mainNetworkNodes(), r.roads, r.features);
    }
};

QTEST_GUILESS_MAIN(RoadImporterTest)
#include "RoadImporterTest.moc"
