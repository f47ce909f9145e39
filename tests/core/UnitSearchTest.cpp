// Nearest-unit search: one-way streets, partial edges, islands, ties, k beyond the number of units,
// unreachable units, route geometry, a randomised check against a plain forward Dijkstra per unit, and
// the nearest-unit labels answering exactly as the search does (ties, filters, k beyond the labels).
#include "RoutingSketch.h"
#include "routing/Geodesic.h"
#include "routing/RoutingService.h"

#include <QRandomGenerator>
#include <QTest>

#include <queue>

using namespace centinela;
using centinela::test::RoutingSketch;

namespace {

core::UnitFix unitAt(qint64 id, double x, double y, bool available = true)
{
    return {id, RoutingSketch::lon(x), RoutingSketch::lat(y), available};
}

std::vector<qint64> ids(const core::Recommendation& r)
{
    std::vector<qint64> out;
    for (const auto& u : r.units)
        out.push_back(u.unitId);
    return out;
}

core::SearchOptions byDistance(int k = 5)
{
    core::SearchOptions o;
    o.k = k;
    o.metric = core::RouteMetric::Distance;
    return o;
}

/// Cost from a unit's snap to an incident's snap by a forward Dijkstra over the whole graph, and the
/// other metric along that path in `second`.
double referenceCost(const core::RoadGraph& g, const core::Snap& from, const core::Snap& to, bool time,
                     double* second = nullptr)
{
    const auto weight = [&](std::uint32_t e, bool forward, bool useTime) {
        if (useTime)
            return double(forward ? g.edgeTimeForward(e) : g.edgeTimeBackward(e));
        return (forward ? g.edgeForward(e) : g.edgeBackward(e)) ? double(g.edgeLength(e)) : INFINITY;
    };
    const auto wf = [&](std::uint32_t e) { return weight(e, true, time); };
    const auto wb = [&](std::uint32_t e) { return weight(e, false, time); };
    const auto sf = [&](std::uint32_t e) { return weight(e, true, !time); };
    const auto sb = [&](std::uint32_t e) { return weight(e, false, !time); };
    std::vector<double> dist(g.nodeCount(), INFINITY), other(g.nodeCount(), 0);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
    const auto push = [&](std::uint32_t n, double c, double s) {
        if (c < dist[n]) {
            dist[n] = c;
            other[n] = s;
            heap.push({c, n});
        }
    };
    if (from.node != core::RoadGraph::kNone) {
        push(from.node, 0, 0);
    } else {
        if (g.edgeForward(from.edge))
            push(g.edgeTarget(from.edge), (1 - from.fraction) * wf(from.edge), (1 - from.fraction) * sf(from.edge));
        if (g.edgeBackward(from.edge))
            push(g.edgeSource(from.edge), from.fraction * wb(from.edge), from.fraction * sb(from.edge));
    }
    while (!heap.empty()) {
        const auto [c, n] = heap.top();
        heap.pop();
        if (c > dist[n])
            continue;
        for (std::uint32_t a = g.forwardBegin(n); a < g.forwardEnd(n); ++a) {
            const std::uint32_t e = g.forwardEdge(a);
            const std::uint32_t next = g.forwardHead(n, a);
            const bool forward = g.edgeSource(e) == n && next == g.edgeTarget(e) && g.edgeForward(e);
            push(next, c + (forward ? wf(e) : wb(e)), other[n] + (forward ? sf(e) : sb(e)));
        }
    }
    double dummy = 0;
    double& s = second ? *second : dummy;
    if (to.node != core::RoadGraph::kNone) {
        s = other[to.node];
        return dist[to.node];
    }
    const std::uint32_t e = to.edge;
    double best = INFINITY;
    const auto consider = [&](double c, double sc) {
        if (c < best) {
            best = c;
            s = sc;
        }
    };
    if (g.edgeForward(e))
        consider(dist[g.edgeSource(e)] + to.fraction * wf(e), other[g.edgeSource(e)] + to.fraction * sf(e));
    if (g.edgeBackward(e))
        consider(dist[g.edgeTarget(e)] + (1 - to.fraction) * wb(e), other[g.edgeTarget(e)] + (1 - to.fraction) * sb(e));
    if (from.node == core::RoadGraph::kNone && from.edge == e) {
        if (from.fraction <= to.fraction && g.edgeForward(e))
            consider((to.fraction - from.fraction) * wf(e), (to.fraction - from.fraction) * sf(e));
        if (from.fraction >= to.fraction && g.edgeBackward(e))
            consider((from.fraction - to.fraction) * wb(e), (from.fraction - to.fraction) * sb(e));
    }
    return best;
}

/// A jittered lattice; each street piece may be missing, one-way, and of its own speed.
std::shared_ptr<const core::RoadGraph> randomCity(QRandomGenerator& rng, int size)
{
    RoutingSketch sketch;
    const auto jitter = [&](int x, int y) {
        return std::pair<double, double>(x + 0.2 * std::sin(x * 7.1 + y * 3.3), y + 0.2 * std::cos(x * 2.9 + y * 5.7));
    };
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            for (const auto& [dx, dy] : {std::pair(1, 0), std::pair(0, 1)}) {
                if (x + dx >= size || y + dy >= size || rng.bounded(100) < 12)
                    continue;
                const int kind = rng.bounded(10);
                const double kmh = 20 + 10 * rng.bounded(6);
                const auto a = jitter(x, y), b = jitter(x + dx, y + dy);
                const std::pair<double, double> mid((a.first + b.first) / 2 + 0.1, (a.second + b.second) / 2);
                sketch.road({a, mid, b}, kind != 0, kind != 1, kmh);
            }
        }
    }
    return sketch.build();
}

} // namespace

class UnitSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestByRoadNotByStraightLine()
    {
        // A river between y=0 and y=1 with one bridge at x=10: the unit across the river is close in a
        // straight line but far by road.
        auto g = RoutingSketch()
                     .road({{0, 0}, {5, 0}, {10, 0}})
                     .road({{0, 1}, {5, 1}, {10, 1}})
                     .road({{10, 0}, {10, 1}})
                     .road({{-6, 0}, {0, 0}})
                     .build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(1, 5, 1), unitAt(2, -6, 0)});
        const core::Recommendation r = service.recommend(RoutingSketch::lon(5), RoutingSketch::lat(0), byDistance(1));
        QCOMPARE(ids(r), std::vector<qint64>{2});
        QVERIFY(qAbs(r.units[0].distanceM - 11 * 78.85) < 5);
        QVERIFY(qAbs(r.units[0].etaS - r.units[0].distanceM / 10.0) < 0.01); // 36 km/h
    }

    void oneWayStreetsAreDrivenOneWay()
    {
        // One-way eastward street from x=0 to x=4.
        auto g = RoutingSketch().road({{0, 0}, {4, 0}}, true, false).build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(1, 0, 0), unitAt(2, 4, 0)});
        // Incident in the middle: only the unit upstream (west) can get there.
        core::Recommendation r = service.recommend(RoutingSketch::lon(2), RoutingSketch::lat(0), byDistance());
        QCOMPARE(ids(r), std::vector<qint64>{1});
        QVERIFY(qAbs(r.units[0].cost - g->edgeLength(0) / 2) < 0.01);
        // At the east end, unit 2 is there already (cost 0) and unit 1 drives the whole street.
        r = service.recommend(RoutingSketch::lon(4), RoutingSketch::lat(0), byDistance());
        QCOMPARE(ids(r), (std::vector<qint64>{2, 1}));
        QCOMPARE(r.units[0].cost, 0.0);
        // A unit exactly where the incident is, mid-street: nothing to drive, in either metric.
        service.updateUnits({unitAt(3, 2.5, 0)});
        for (const auto metric : {core::RouteMetric::Time, core::RouteMetric::Distance}) {
            core::SearchOptions o;
            o.metric = metric;
            r = service.recommend(RoutingSketch::lon(2.5), RoutingSketch::lat(0), o);
            QCOMPARE(r.units.front().unitId, qint64(3));
            QCOMPARE(r.units.front().etaS, 0.0);
            QCOMPARE(r.units.front().distanceM, 0.0);
        }
    }

    void partialEdgesAreCounted()
    {
        auto g = RoutingSketch().road({{0, 0}, {1, 0}}).road({{1, 0}, {2, 0}}).road({{1, 0}, {1, 1}}).build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(7, 0.25, 0)});
        const core::Recommendation r = service.recommend(RoutingSketch::lon(1.5), RoutingSketch::lat(0), byDistance());
        QCOMPARE(r.units.size(), std::size_t(1));
        const double expected = core::geodesic::distance(RoutingSketch::lon(0.25), RoutingSketch::lat(0),
                                                         RoutingSketch::lon(1.5), RoutingSketch::lat(0));
        QVERIFY2(qAbs(r.units[0].distanceM - expected) < 0.01, qPrintable(QString::number(r.units[0].distanceM)));
        QCOMPARE(r.units[0].unitSnap.node, core::RoadGraph::kNone);
        QVERIFY(r.incident.distanceM < 0.01);
    }

    void unitOnTheIncidentsEdgeDrivesStraightThere()
    {
        // A one-way loop: from x=3 to x=1 on the bottom street you must go round the block.
        auto g = RoutingSketch()
                     .road({{0, 0}, {4, 0}}, true, false)
                     .road({{4, 0}, {4, 1}}, true, false)
                     .road({{4, 1}, {0, 1}}, true, false)
                     .road({{0, 1}, {0, 0}}, true, false)
                     .build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(1, 1, 0), unitAt(2, 3, 0)});
        const core::Recommendation r = service.recommend(RoutingSketch::lon(2), RoutingSketch::lat(0), byDistance());
        QCOMPARE(ids(r), (std::vector<qint64>{1, 2}));
        QVERIFY(qAbs(r.units[0].cost - g->edgeLength(0) / 4) < 0.01);
        // Unit 2 is downstream: one full lap minus a quarter of the street.
        double lap = 0;
        for (std::uint32_t e = 0; e < g->edgeCount(); ++e)
            lap += g->edgeLength(e);
        QVERIFY(qAbs(r.units[1].cost - (lap - g->edgeLength(0) / 4)) < 0.05);
    }

    void unitsOnIslandsAreUnreachable()
    {
        auto g = RoutingSketch()
                     .road({{0, 0}, {4, 0}})
                     .road({{4, 0}, {4, 4}})
                     .road({{4, 4}, {0, 4}})
                     .road({{0, 4}, {0, 0}})
                     .road({{1, 4.5}, {3, 4.5}}) // 55 m north of the main block, not connected
                     .build();
        core::RoutingService service;
        service.setGraph(g);
        // Unit 1 stands on an island node: never moved, so unreachable. Unit 2 is near the island
        // road but closer than 150 m to the main network: moved there, and reachable.
        service.updateUnits({unitAt(1, 1, 4.5), unitAt(2, 2, 4.4), unitAt(3, 0, 0)});
        const core::Recommendation r = service.recommend(RoutingSketch::lon(2), RoutingSketch::lat(0), byDistance(10));
        QCOMPARE(r.routableUnits, 3);
        QCOMPARE(ids(r), (std::vector<qint64>{3, 2}));
        QVERIFY(r.units[1].unitSnap.resnapped);
        const auto snapshot = service.snapshot();
        const auto& island = snapshot->units->units()[std::size_t(snapshot->units->indexOf(1))];
        QVERIFY(island.snap.onIsland);
        QVERIFY(!island.snap.resnapped);
    }

    void kLargerThanTheUnitsAndUnavailableUnits()
    {
        auto g = RoutingSketch().road({{0, 0}, {10, 0}}).build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(1, 1, 0), unitAt(2, 2, 0), unitAt(3, 3, 0, false)});
        const core::Recommendation r = service.recommend(RoutingSketch::lon(0), RoutingSketch::lat(0), byDistance(50));
        QCOMPARE(ids(r), (std::vector<qint64>{1, 2}));
        QCOMPARE(r.routableUnits, 2);
        // k = 0 asks for nothing.
        QVERIFY(service.recommend(RoutingSketch::lon(0), RoutingSketch::lat(0), byDistance(0)).units.empty());
        // A unit made available again is found; a removed unit is gone.
        service.updateUnits({unitAt(3, 3, 0, true)});
        service.removeUnits({1});
        QCOMPARE(ids(service.recommend(RoutingSketch::lon(0), RoutingSketch::lat(0), byDistance())),
                 (std::vector<qint64>{2, 3}));
    }

    void tiesAreOrderedByUnitId()
    {
        // The side road makes (0, 0) a node, so both halves are edges of exactly the same length.
        auto g = RoutingSketch().road({{-2, 0}, {0, 0}, {2, 0}}).road({{0, 0}, {0, 1}}).build();
        core::RoutingService service;
        service.setGraph(g);
        // Same distance on both sides of the incident; ids inserted in descending order.
        service.updateUnits({unitAt(9, 2, 0), unitAt(4, -2, 0), unitAt(6, 2, 0)});
        core::Recommendation r = service.recommend(RoutingSketch::lon(0), RoutingSketch::lat(0), byDistance(1));
        QCOMPARE(ids(r), std::vector<qint64>{4});
        r = service.recommend(RoutingSketch::lon(0), RoutingSketch::lat(0), byDistance(2));
        QCOMPARE(ids(r), (std::vector<qint64>{4, 6}));
        QCOMPARE(r.units[0].cost, r.units[1].cost);
    }

    void routeGeometryRunsFromUnitToIncident()
    {
        auto g = RoutingSketch().road({{0, 0}, {2, 0}, {2, 2}}).road({{2, 2}, {4, 2}}).road({{2, 2}, {2, 3}}).build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(1, 0.5, 0)});
        core::SearchOptions o = byDistance();
        o.withGeometry = true;
        const core::Recommendation r = service.recommend(RoutingSketch::lon(3), RoutingSketch::lat(2), o);
        QCOMPARE(r.units.size(), std::size_t(1));
        const auto& route = r.units[0].route;
        QVERIFY(route.size() >= 3);
        QVERIFY(qAbs(route.front().lon - RoutingSketch::lon(0.5)) < 1e-9);
        QVERIFY(qAbs(route.back().lon - RoutingSketch::lon(3)) < 1e-9);
        double length = 0;
        for (std::size_t i = 1; i < route.size(); ++i)
            length += core::geodesic::distance(route[i - 1].lon, route[i - 1].lat, route[i].lon, route[i].lat);
        QVERIFY2(qAbs(length - r.units[0].distanceM) < 0.05, qPrintable(QString::number(length)));
        // The bend at (2, 0) is on the route.
        bool bend = false;
        for (const auto& p : route)
            bend = bend || (qAbs(p.lon - RoutingSketch::lon(2)) < 1e-9 && qAbs(p.lat - RoutingSketch::lat(0)) < 1e-9);
        QVERIFY(bend);
    }

    void routeForAUnitChosenByHand()
    {
        auto g = RoutingSketch().road({{0, 0}, {10, 0}}).road({{10, 0}, {10, 3}}).build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(1, 1, 0), unitAt(2, 9, 0), unitAt(3, 10, 3), unitAt(4, 2, 0, false)});
        // Unit 3 ranks last from (5, 0) but its route is still there on request.
        const core::Recommendation r = service.routeFor(3, RoutingSketch::lon(5), RoutingSketch::lat(0));
        QCOMPARE(ids(r), std::vector<qint64>{3});
        QVERIFY(r.units[0].route.size() >= 3);
        QVERIFY(qAbs(r.units[0].route.front().lat - RoutingSketch::lat(3)) < 1e-9);
        QVERIFY(qAbs(r.units[0].route.back().lon - RoutingSketch::lon(5)) < 1e-9);
        QVERIFY(service.routeFor(99, RoutingSketch::lon(5), RoutingSketch::lat(0)).units.empty()); // unknown
        QVERIFY(service.routeFor(4, RoutingSketch::lon(5), RoutingSketch::lat(0)).units.empty());  // unavailable
    }

    void matchesAPlainDijkstraPerUnit()
    {
        QRandomGenerator rng(20240611);
        for (int round = 0; round < 6; ++round) {
            const int size = 12;
            auto g = randomCity(rng, size);
            core::RoutingService service;
            service.setGraph(g);
            std::vector<core::UnitFix> fixes;
            for (int u = 0; u < 40; ++u)
                fixes.push_back(unitAt(u, rng.generateDouble() * (size - 1), rng.generateDouble() * (size - 1),
                                       rng.bounded(10) != 0));
            service.updateUnits(fixes);
            const auto snapshot = service.snapshot();
            for (int q = 0; q < 25; ++q) {
                const double lon = RoutingSketch::lon(rng.generateDouble() * (size - 1));
                const double lat = RoutingSketch::lat(rng.generateDouble() * (size - 1));
                for (const bool time : {true, false}) {
                    core::SearchOptions o;
                    o.k = 6;
                    o.metric = time ? core::RouteMetric::Time : core::RouteMetric::Distance;
                    const core::Recommendation r = service.recommend(lon, lat, o);
                    std::vector<double> expected;
                    QHash<qint64, double> otherMetric;
                    for (const auto& u : snapshot->units->units())
                        if (u.available && !u.snap.tooFar) {
                            double second = 0;
                            const double c = referenceCost(*g, u.snap, r.incident, time, &second);
                            otherMetric.insert(u.id, second);
                            if (std::isfinite(c))
                                expected.push_back(c);
                        }
                    // The other metric follows the same path (with random speeds, shortest paths are unique).
                    for (const auto& u : r.units) {
                        const double other = time ? u.distanceM : u.etaS;
                        QVERIFY2(qAbs(other - otherMetric.value(u.unitId)) < 1e-3 * std::max(1.0, other),
                                 qPrintable(QStringLiteral("unit %1: %2 vs %3")
                                                .arg(u.unitId)
                                                .arg(other)
                                                .arg(otherMetric.value(u.unitId))));
                    }
                    std::sort(expected.begin(), expected.end());
                    expected.resize(std::min<std::size_t>(expected.size(), 6));
                    QCOMPARE(r.units.size(), expected.size());
                    for (std::size_t i = 0; i < expected.size(); ++i)
                        QVERIFY2(qAbs(r.units[i].cost - expected[i]) < 1e-6 * std::max(1.0, expected[i]),
                                 qPrintable(QStringLiteral("round %1 query %2 rank %3: %4 vs %5")
                                                .arg(round)
                                                .arg(q)
                                                .arg(i)
                                                .arg(r.units[i].cost)
                                                .arg(expected[i])));
                }
            }
        }
    }

    void labelsAnswerExactlyAsTheSearch()
    {
        QRandomGenerator rng(20261123);
        int fromLabels = 0, asked = 0;
        for (int round = 0; round < 5; ++round) {
            const int size = 12;
            auto g = randomCity(rng, size);
            core::RoutingService service;
            service.setGraph(g);
            std::vector<core::UnitFix> fixes;
            for (int u = 0; u < 60; ++u)
                fixes.push_back(unitAt(u, rng.generateDouble() * (size - 1), rng.generateDouble() * (size - 1),
                                       rng.bounded(10) != 0));
            // Three units at one spot (exact ties, ordered by id), two on a lattice node.
            for (qint64 id : {102, 100, 101})
                fixes.push_back(unitAt(id, 5.5, 5.03));
            for (qint64 id : {111, 110})
                fixes.push_back(
                    unitAt(id, 3 + 0.2 * std::sin(3 * 7.1 + 3 * 3.3), 3 + 0.2 * std::cos(3 * 2.9 + 3 * 5.7)));
            service.updateUnits(fixes);
            QVERIFY(service.prepareLabels() >= 0);
            QVERIFY(service.snapshot()->labels.load());
            for (int q = 0; q < 40; ++q) {
                // Some incidents on lattice nodes (snapped onto the node), the others anywhere.
                double x = rng.generateDouble() * (size - 1), y = rng.generateDouble() * (size - 1);
                if (q % 4 == 0) {
                    const int ix = int(x), iy = int(y);
                    x = ix + 0.2 * std::sin(ix * 7.1 + iy * 3.3);
                    y = iy + 0.2 * std::cos(ix * 2.9 + iy * 5.7);
                }
                for (const int k : {1, 3, 5, 6}) {
                    for (const bool filtered : {false, true}) {
                        core::SearchOptions o;
                        o.k = k;
                        if (filtered)
                            o.eligible = [](qint64 id) { return id % 3 != 0; };
                        core::SearchOptions search = o;
                        search.useLabels = false;
                        const core::Recommendation a =
                            service.recommend(RoutingSketch::lon(x), RoutingSketch::lat(y), o);
                        const core::Recommendation b =
                            service.recommend(RoutingSketch::lon(x), RoutingSketch::lat(y), search);
                        QVERIFY(!b.fromLabels);
                        if (k > core::NearestUnitLabels::kMaxK)
                            QVERIFY(!a.fromLabels); // beyond what the labels hold: searched
                        ++asked;
                        fromLabels += a.fromLabels ? 1 : 0;
                        const QString where = QStringLiteral("round %1 query %2 k %3 filtered %4 labels %5")
                                                  .arg(round)
                                                  .arg(q)
                                                  .arg(k)
                                                  .arg(filtered)
                                                  .arg(a.fromLabels);
                        QVERIFY2(ids(a) == ids(b), qPrintable(where));
                        for (std::size_t i = 0; i < a.units.size(); ++i) {
                            QVERIFY2(qAbs(a.units[i].cost - b.units[i].cost) < 1e-9 * std::max(1.0, b.units[i].cost),
                                     qPrintable(where));
                            QVERIFY2(qAbs(a.units[i].etaS - b.units[i].etaS) < 1e-9 * std::max(1.0, b.units[i].etaS),
                                     qPrintable(where));
                            QVERIFY2(qAbs(a.units[i].distanceM - b.units[i].distanceM) <
                                         1e-6 * std::max(1.0, b.units[i].distanceM),
                                     qPrintable(where));
                        }
                    }
                }
            }
        }
        // The labels must actually answer most questions they can (k <= 5), not fall back every time.
        qInfo("answered from labels: %d of %d", fromLabels, asked);
        QVERIFY(fromLabels > asked / 2);
    }

    void labelsAreEarnedBySearchesAndDroppedWithTheUnits()
    {
        auto g = RoutingSketch().road({{-3, 0}, {0, 0}, {3, 0}}).road({{0, -3}, {0, 0}, {0, 3}}).build();
        core::RoutingService service;
        service.setGraph(g);
        service.updateUnits({unitAt(1, -2, 0), unitAt(2, 2, 0), unitAt(3, 0, 2)});
        core::SearchOptions o;
        o.k = 2;
        // Searches a desk makes (with the route's geometry) never earn labels: they could not use them.
        core::SearchOptions withRoute = o;
        withRoute.withGeometry = true;
        for (int i = 0; i < 2000; ++i)
            QVERIFY(!service.recommend(RoutingSketch::lon(0.5), RoutingSketch::lat(0), withRoute).fromLabels);
        QTest::qWait(50);
        QVERIFY(!service.snapshot()->labels.load());
        // A few searches do not pay for the labels; many on the same units do (built on a pool thread,
        // while the searches go on).
        QVERIFY(!service.recommend(RoutingSketch::lon(0.5), RoutingSketch::lat(0), o).fromLabels);
        int searches = 1;
        QTRY_VERIFY_WITH_TIMEOUT(
            (++searches, service.recommend(RoutingSketch::lon(0.5), RoutingSketch::lat(0), o).fromLabels), 10000);
        QVERIFY2(searches > 2, qPrintable(QString::number(searches)));
        // New positions are a new snapshot: searched again, with the new answer.
        service.updateUnits({unitAt(3, 0.7, 0)});
        const core::Recommendation r = service.recommend(RoutingSketch::lon(0.5), RoutingSketch::lat(0), o);
        QVERIFY(!r.fromLabels);
        QCOMPARE(ids(r).front(), qint64(3));
        // Switched off: never built.
        core::RoutingService off;
        off.setLabelsEnabled(false);
        off.setGraph(g);
        off.updateUnits({unitAt(1, -2, 0)});
        for (int i = 0; i < 2000; ++i)
            QVERIFY(!off.recommend(RoutingSketch::lon(0.5), RoutingSketch::lat(0), o).fromLabels);
        QTest::qWait(50);
        QVERIFY(!off.snapshot()->labels.load());
    }
};

QTEST_GUILESS_MAIN(UnitSearchTest)
#include "UnitSearchTest.moc"
