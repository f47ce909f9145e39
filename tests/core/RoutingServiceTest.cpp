// RoutingService under concurrency: queries on several threads while positions update and a new
// graph is swapped in. Every answer must be well-formed and come from one consistent snapshot.
#include "routing/RoutingService.h"
#include "RoutingSketch.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>

using namespace centinela;
using centinela::test::RoutingSketch;

namespace {

std::shared_ptr<const core::RoadGraph> lattice(int size, double kmh)
{
    RoutingSketch s;
    for (int i = 0; i < size; ++i) {
        s.road({{0, i}, {size - 1, i}}, true, i % 3 != 0, kmh);
        s.road({{i, 0}, {i, size - 1}}, i % 4 != 0, true, kmh);
    }
    return s.build();
}

} // namespace

class RoutingServiceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queriesRunWhileUnitsMoveAndMapsSwap()
    {
        core::RoutingService service;
        service.setGraph(lattice(30, 40));
        std::vector<core::UnitFix> fixes;
        for (int u = 0; u < 200; ++u)
            fixes.push_back({u, RoutingSketch::lon(u % 29), RoutingSketch::lat(u / 7 % 29), true});
        service.updateUnits(fixes);

        std::atomic<bool> stop{false};
        std::atomic<int> bad{0}, answered{0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t) {
            readers.emplace_back([&, t] {
                QRandomGenerator rng(quint32(t + 1));
                while (!stop.load()) {
                    core::SearchOptions o;
                    o.k = 5;
                    o.withGeometry = rng.bounded(4) == 0;
                    const auto r = service.recommend(RoutingSketch::lon(rng.generateDouble() * 29),
                                                     RoutingSketch::lat(rng.generateDouble() * 29), o);
                    if (r.units.size() > 5 || !r.incident.valid())
                        ++bad;
                    for (std::size_t i = 0; i < r.units.size(); ++i) {
                        const auto& u = r.units[i];
                        if (!std::isfinite(u.cost) || u.unitId < 0 || u.unitId >= 200 ||
                            (i > 0 && u.cost < r.units[i - 1].cost) || (o.withGeometry && u.route.size() < 2))
                            ++bad;
                    }
                    ++answered;
                }
            });
        }
        QRandomGenerator rng(99);
        for (int round = 0; round < 300; ++round) {
            for (auto& f : fixes) {
                f.lon = RoutingSketch::lon(rng.generateDouble() * 29);
                f.lat = RoutingSketch::lat(rng.generateDouble() * 29);
                f.available = rng.bounded(5) != 0;
            }
            service.updateUnits(fixes);
            if (round % 100 == 50)
                service.setGraph(lattice(30, 30 + round / 10));
        }
        // Let the readers see the final state at least once before stopping.
        const int before = answered.load();
        while (answered.load() < before + 30)
            std::this_thread::yield();
        stop = true;
        for (auto& t : readers)
            t.join();
        QCOMPARE(bad.load(), 0);
        QVERIFY(answered.load() > 0);

        // The final snapshot holds every unit, snapped on the last graph.
        const auto snap = service.snapshot();
        QCOMPARE(snap->units->units().size(), std::size_t(200));
        for (const auto& u : snap->units->units())
            QVERIFY(u.snap.valid() && u.snap.edge < snap->graph->edgeCount());
    }

    void unitsGivenBeforeTheMapAreSnappedWhenItArrives()
    {
        core::RoutingService service;
        service.updateUnits({{5, RoutingSketch::lon(1), RoutingSketch::lat(1), true}});
        QVERIFY(service.recommend(RoutingSketch::lon(2), RoutingSketch::lat(2), {}).units.empty());
        service.setGraph(lattice(5, 40));
        const auto r = service.recommend(RoutingSketch::lon(2), RoutingSketch::lat(2), {});
        QCOMPARE(r.units.size(), std::size_t(1));
        QCOMPARE(r.units[0].unitId, qint64(5));
    }
};

QTEST_GUILESS_MAIN(RoutingServiceTest)
#include "RoutingServiceTest.moc"
