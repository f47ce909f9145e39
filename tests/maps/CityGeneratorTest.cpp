// gen-city: a perturbed grid with arterials, one-way streets and a river crossed by few bridges,
// written as a GeoPackage that the importer reads back with its default field mapping.
#include "roads/CityGenerator.h"
#include "roads/RoadImporter.h"
#include "routing/Geodesic.h"
#include "routing/RoutingService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centinela;

class CityGeneratorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesACityTheImporterReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.gpkg"));
        maps::CityGenerator::Options o;
        o.nodes = 2500;
        o.seed = 42;
        maps::CityGenerator::Stats stats;
        QString error;
        QVERIFY2(maps::CityGenerator::write(path, o, &stats, &error), qPrintable(error));
        QCOMPARE(stats.side, 50);
        QVERIFY(stats.intersections > 2400 && stats.intersections < 2500);
        QCOMPARE(stats.bridges, 2);
        // Never overwrites.
        QVERIFY(!maps::CityGenerator::write(path, o, &stats, &error));
        QVERIFY(error.contains(QLatin1String("exists")));

        const maps::RoadImport r = maps::RoadImporter::import(path, core::RoadProfile::car());
        QVERIFY2(r.graph, qPrintable(r.error));
        QCOMPARE(r.driver, QStringLiteral("GPKG"));
        const core::RoadGraph& g = *r.graph;
        QVERIFY2(qAbs(double(g.nodeCount()) - double(stats.intersections)) < 0.05 * stats.intersections,
                 qPrintable(QString::number(g.nodeCount())));
        QVERIFY(g.mainNetworkNodes() > 0.95 * g.nodeCount());
        int oneWay = 0, primary = 0;
        for (std::uint32_t e = 0; e < g.edgeCount(); ++e) {
            oneWay += g.edgeForward(e) != g.edgeBackward(e);
            // Arterials carry maxspeed 60: 16.7 m/s.
            primary += g.edgeForward(e) && qAbs(g.edgeTimeForward(e) - g.edgeLength(e) / (60 / 3.6)) < 1e-3;
        }
        QVERIFY(oneWay > int(g.edgeCount()) / 20);
        QVERIFY(primary > int(g.edgeCount()) / 20);
    }

    void theRiverIsCrossedOnlyAtBridges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.gpkg"));
        maps::CityGenerator::Options o;
        o.nodes = 2500;
        o.seed = 3;
        QString error;
        QVERIFY2(maps::CityGenerator::write(path, o, nullptr, &error), qPrintable(error));
        const maps::RoadImport r = maps::RoadImporter::import(path, core::RoadProfile::car());
        QVERIFY2(r.graph, qPrintable(r.error));
        core::RoutingService service;
        service.setGraph(r.graph);
        // Column 23 has no bridge: a unit just south of the river, an incident just north of it.
        double perLon = 0, perLat = 0;
        core::geodesic::metresPerDegree(o.originLat, &perLon, &perLat);
        const int column = 23;
        const double centre = maps::CityGenerator::riverCentreRow(o, column);
        const double lon = o.originLon + column * o.spacingM / perLon;
        const double south = o.originLat + std::floor(centre - 1) * o.spacingM / perLat;
        const double north = o.originLat + std::ceil(centre + 1) * o.spacingM / perLat;
        service.updateUnits({{1, lon, south, true}});
        core::SearchOptions options;
        options.metric = core::RouteMetric::Distance;
        const core::Recommendation rec = service.recommend(lon, north, options);
        QCOMPARE(rec.units.size(), std::size_t(1));
        const double straight = core::geodesic::distance(lon, south, lon, north);
        QVERIFY(straight < 5 * o.spacingM);
        // The way round goes to a bridge at column 10 or 40: at least a dozen blocks.
        QVERIFY2(rec.units[0].distanceM > 10 * o.spacingM,
                 qPrintable(QStringLiteral("%1 m by road, %2 m straight").arg(rec.units[0].distanceM).arg(straight)));
    }

    void sameSeedSameCity()
    {
        QTemporaryDir dir;
        maps::CityGenerator::Options o;
        o.nodes = 900;
        maps::CityGenerator::Stats a, b, c;
        QString error;
        QVERIFY(maps::CityGenerator::write(dir.filePath(QStringLiteral("a.gpkg")), o, &a, &error));
        QVERIFY(maps::CityGenerator::write(dir.filePath(QStringLiteral("b.gpkg")), o, &b, &error));
        o.seed = 2;
        QVERIFY(maps::CityGenerator::write(dir.filePath(QStringLiteral("c.gpkg")), o, &c, &error));
        const auto ga =
            maps::RoadImporter::import(dir.filePath(QStringLiteral("a.gpkg")), core::RoadProfile::car()).graph;
        const auto gb =
            maps::RoadImporter::import(dir.filePath(QStringLiteral("b.gpkg")), core::RoadProfile::car()).graph;
        const auto gc =
            maps::RoadImporter::import(dir.filePath(QStringLiteral("c.gpkg")), core::RoadProfile::car()).graph;
        QVERIFY(ga && gb && gc);
        QCOMPARE(ga->edgeCount(), gb->edgeCount());
        for (std::uint32_t n = 0; n < ga->nodeCount(); ++n)
            QVERIFY(ga->node(n) == gb->node(n));
        bool differs = gc->nodeCount() != ga->nodeCount();
        for (std::uint32_t n = 0; !differs && n < ga->nodeCount(); ++n)
            differs = !(ga->node(n) == gc->node(n));
        QVERIFY(differs);
    }

    void rejectsBadOptions()
    {
        QTemporaryDir dir;
        maps::CityGenerator::Options o;
        o.nodes = 2;
        QString error;
        QVERIFY(!maps::CityGenerator::write(dir.filePath(QStringLiteral("x.gpkg")), o, nullptr, &error));
        QVERIFY(!error.isEmpty());
        o.nodes = 100;
        QVERIFY(!maps::CityGenerator::write(dir.filePath(QStringLiteral("no/such/dir/x.gpkg")), o, nullptr, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CityGeneratorTest)
#include "CityGeneratorTest.moc"
