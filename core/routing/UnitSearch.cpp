#include "UnitSearch.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

namespace {

constexpr std::uint32_t kDirect = 0xFFFFFFFFu; // a unit on the incident's edge, upstream of it

/// Costs of an edge in the chosen metric and in the other one, per direction (infinite when closed).
struct Weights
{
    const RoadGraph& g;
    bool time;
    double fwd(std::uint32_t e, bool primary) const
    {
        const bool useTime = time == primary;
        return useTime ? double(g.edgeTimeForward(e)) : (g.edgeForward(e) ? double(g.edgeLength(e)) : INFINITY);
    }
    double bwd(std::uint32_t e, bool primary) const
    {
        const bool useTime = time == primary;
        return useTime ? double(g.edgeTimeBackward(e)) : (g.edgeBackward(e) ? double(g.edgeLength(e)) : INFINITY);
    }
    /// Cost of a unit's drive from its snap to the node it leaves through.
    double departure(const UnitTable::Departure& d, bool primary) const
    {
        if (d.edge == RoadGraph::kNone)
            return 0;
        return d.forward ? (1.0 - d.fraction) * fwd(d.edge, primary) : d.fraction * bwd(d.edge, primary);
    }
};

/// What a search leaves behind, enough to trace any settled unit's route afterwards.
struct Trace
{
    const RoadGraph& g;
    const UnitTable& units;
    const Snap& incident;
    const SearchWorkspace& ws;
    const Weights& w;
    const std::vector<std::uint32_t>& via; // per unit: departure index or kDirect

    /// The incident edge's partial cost from node n, if n is where the search started.
    double rootCost(std::uint32_t n) const
    {
        if (incident.node != RoadGraph::kNone)
            return n == incident.node ? 0.0 : INFINITY;
        const std::uint32_t e = incident.edge;
        double best = INFINITY;
        if (n == g.edgeSource(e) && g.edgeForward(e))
            best = incident.fraction * w.fwd(e, true);
        if (n == g.edgeTarget(e) && g.edgeBackward(e))
            best = std::min(best, (1 - incident.fraction) * w.bwd(e, true));
        return best;
    }

    /// Follows the cheapest way from unit `u` to the incident through the search's costs; returns the
    /// other metric along it and, when `route` is given, its geometry. Every node on the way has its
    /// exact cost (a predecessor of a settled node on a shortest path is exact), and costs strictly
    /// fall towards the incident, so this ends.
    double follow(std::uint32_t u, std::vector<GeoPoint>* route) const
    {
        const UnitTable::Unit& unit = units.units()[u];
        if (via[u] == kDirect) {
            const std::uint32_t e = incident.edge;
            const double f = incident.fraction, fu = unit.snap.fraction;
            if (route)
                EdgeGeometry::slice(g, e, fu, f, *route);
            // The same direction the search took (at equal fractions, either allowed one costs nothing).
            const bool forward = fu <= f && g.edgeForward(e);
            return forward ? (f - fu) * w.fwd(e, false) : (fu - f) * w.bwd(e, false);
        }
        const UnitTable::Departure& d = units.departures()[via[u]];
        double second = w.departure(d, false);
        if (route && d.edge != RoadGraph::kNone)
            EdgeGeometry::slice(g, d.edge, d.fraction, d.forward ? 1.0 : 0.0, *route);
        std::uint32_t node = d.node;
        for (std::uint32_t steps = 0; steps <= g.nodeCount(); ++steps) {
            // The predecessor is whichever way out of `node` explains its cost best: the incident's
            // own edge (when the search started here) or an edge to a node with a known cost.
            double best = rootCost(node);
            std::uint32_t bestEdge = RoadGraph::kNone, bestNext = RoadGraph::kNone;
            bool bestForward = true;
            for (std::uint32_t a = g.forwardBegin(node); a < g.forwardEnd(node); ++a) {
                const std::uint32_t e = g.forwardEdge(a);
                const std::uint32_t next = g.forwardHead(node, a);
                if (next == node)
                    continue;
                const bool forward = g.edgeSource(e) == node;
                const double c = ws.cost(next) + (forward ? w.fwd(e, true) : w.bwd(e, true));
                if (c < best) {
                    best = c;
                    bestEdge = e;
                    bestNext = next;
                    bestForward = forward;
                }
            }
            if (bestEdge == RoadGraph::kNone) { // the incident's edge takes it from here
                if (incident.node == RoadGraph::kNone) {
                    const std::uint32_t e = incident.edge;
                    const double f = incident.fraction;
                    const double viaSource =
                        node == g.edgeSource(e) && g.edgeForward(e) ? f * w.fwd(e, true) : INFINITY;
                    const double viaTarget =
                        node == g.edgeTarget(e) && g.edgeBackward(e) ? (1 - f) * w.bwd(e, true) : INFINITY;
                    const bool forward = viaSource <= viaTarget;
                    second += forward ? f * w.fwd(e, false) : (1 - f) * w.bwd(e, false);
                    if (route)
                        EdgeGeometry::slice(g, e, forward ? 0.0 : 1.0, f, *route);
                } else if (route && route->empty()) {
                    const FixedPoint p = g.node(node);
                    route->push_back({p.lonDeg(), p.latDeg()});
                }
                return second;
            }
            second += bestForward ? w.fwd(bestEdge, false) : w.bwd(bestEdge, false);
            if (route)
                EdgeGeometry::slice(g, bestEdge, bestForward ? 0.0 : 1.0, bestForward ? 1.0 : 0.0, *route);
            node = bestNext;
        }
        return second;
    }
};

} // namespace

std::vector<UnitCandidate> UnitSearch::run(const RoadGraph& g, const UnitTable& units, const Snap& incident,
                                           const SearchOptions& options, SearchWorkspace& ws,
                                           std::uint32_t* settledNodes)
{
    std::vector<UnitCandidate> found;
    if (options.k <= 0 || !incident.valid() || incident.edge >= g.edgeCount() || units.routableCount() == 0)
        return found;
    const std::uint32_t n = g.nodeCount();
    const Weights w{g, options.metric == RouteMetric::Time};
    ws.prepare(n + std::uint32_t(units.units().size()));
    std::vector<std::uint32_t> via(units.units().size(), 0);

    const std::uint32_t e = incident.edge;
    if (incident.node != RoadGraph::kNone) {
        ws.relax(incident.node, 0);
    } else {
        const double f = incident.fraction;
        if (g.edgeForward(e))
            ws.relax(g.edgeSource(e), f * w.fwd(e, true));
        if (g.edgeBackward(e))
            ws.relax(g.edgeTarget(e), (1 - f) * w.bwd(e, true));
        // Units on the incident's own edge, upstream of it, drive straight there.
        for (const std::uint32_t end : {g.edgeSource(e), g.edgeTarget(e)}) {
            const auto [begin, last] = units.departuresAt(end);
            for (const UnitTable::Departure* d = begin; d != last; ++d) {
                if (d->edge != e)
                    continue;
                double c = INFINITY;
                if (d->forward && d->fraction <= f)
                    c = (f - d->fraction) * w.fwd(e, true);
                else if (!d->forward && d->fraction >= f)
                    c = (d->fraction - f) * w.bwd(e, true);
                if (ws.relax(n + d->unit, c))
                    via[d->unit] = kDirect;
            }
        }
    }

    const std::size_t k = options.onlyUnit >= 0 ? 1 : std::size_t(options.k);
    std::uint32_t settled = 0;
    double kth = INFINITY;
    const BackwardArc* arcs = g.backwardArcs();
    const float* lengths = g.backwardLengths();
    const std::uint32_t* offsets = g.backwardOffsets();
    const bool time = w.time;
    while (!ws.empty()) {
        // After the k-th unit, keep settling only what ties with it.
        if (found.size() >= k && ws.topCost() > kth)
            break;
        const double cost = ws.topCost();
        const std::uint32_t id = ws.pop();
        // The next node to settle is usually the heap's new top: start fetching its arcs now.
        if (!ws.empty() && ws.topId() < n)
            __builtin_prefetch(&arcs[offsets[ws.topId()]]);
        if (id >= n) {
            if (options.onlyUnit >= 0 && int(id - n) != options.onlyUnit)
                continue;
            found.push_back({int(id - n), cost, 0, 0, {}});
            if (found.size() == k)
                kth = cost;
            continue;
        }
        ++settled;
        const auto [begin, last] = units.departuresAt(id);
        for (const UnitTable::Departure* d = begin; d != last; ++d)
            if (ws.relax(n + d->unit, cost + w.departure(*d, true)))
                via[d->unit] = std::uint32_t(d - units.departures().data());
        if (time) {
            for (std::uint32_t a = offsets[id], end = offsets[id + 1]; a < end; ++a)
                ws.relax(arcs[a].head, cost + arcs[a].time);
        } else {
            for (std::uint32_t a = offsets[id], end = offsets[id + 1]; a < end; ++a)
                ws.relax(arcs[a].head, cost + lengths[a]);
        }
    }
    if (settledNodes)
        *settledNodes = settled;

    std::sort(found.begin(), found.end(), [&units](const UnitCandidate& a, const UnitCandidate& b) {
        return a.cost < b.cost || (a.cost == b.cost && units.units()[a.unit].id < units.units()[b.unit].id);
    });
    if (found.size() > k)
        found.resize(k);
    const Trace trace{g, units, incident, ws, w, via};
    for (UnitCandidate& c : found) {
        const double second = trace.follow(std::uint32_t(c.unit), options.withGeometry ? &c.route : nullptr);
        c.etaS = time ? c.cost : second;
        c.distanceM = time ? second : c.cost;
    }
    return found;
}

} // namespace centinela::core
