#include "UnitSearch.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

namespace {

// Parents of nodes are the next node towards the incident; these markers stand above any node id.
constexpr std::uint32_t kRootNode = 0xFFFFFFF0u;    // the incident is on this node
constexpr std::uint32_t kRootForward = 0xFFFFFFF1u; // drive the incident's edge forward from here
constexpr std::uint32_t kRootBackward = 0xFFFFFFF2u;
// Parents of units are their departure's index, or:
constexpr std::uint32_t kDirect = 0xFFFFFFF3u; // a unit on the incident's edge, upstream of it

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

    /// Appends the geometry of the edge driven from `from` to `to` at cost `cost`.
    void appendStep(std::uint32_t from, std::uint32_t to, double cost, std::vector<GeoPoint>& route) const
    {
        for (std::uint32_t a = g.forwardBegin(from); a < g.forwardEnd(from); ++a) {
            if (g.forwardHead(from, a) != to)
                continue;
            const std::uint32_t e = g.forwardEdge(a);
            const bool forward = g.edgeSource(e) == from;
            if ((forward ? w.fwd(e, true) : w.bwd(e, true)) == cost) {
                EdgeGeometry::slice(g, e, forward ? 0.0 : 1.0, forward ? 1.0 : 0.0, route);
                return;
            }
        }
    }

    /// Follows the parents from unit `u` to the incident; returns the other metric along the way and,
    /// when `route` is given, its geometry.
    double follow(std::uint32_t u, std::vector<GeoPoint>* route) const
    {
        const UnitTable::Unit& unit = units.units()[u];
        const std::uint32_t via = ws.parent(g.nodeCount() + u);
        if (via == kDirect) {
            const std::uint32_t e = incident.edge;
            const double f = incident.fraction, fu = unit.snap.fraction;
            if (route)
                EdgeGeometry::slice(g, e, fu, f, *route);
            // The same direction the search took (at equal fractions, either allowed one costs nothing).
            const bool forward = fu <= f && g.edgeForward(e);
            return forward ? (f - fu) * w.fwd(e, false) : (fu - f) * w.bwd(e, false);
        }
        const UnitTable::Departure& d = units.departures()[via];
        double second = w.departure(d, false);
        if (route && d.edge != RoadGraph::kNone)
            EdgeGeometry::slice(g, d.edge, d.fraction, d.forward ? 1.0 : 0.0, *route);
        std::uint32_t node = d.node;
        for (std::uint32_t steps = 0; steps <= g.nodeCount(); ++steps) {
            const std::uint32_t next = ws.parent(node);
            if (next >= kRootNode) { // the incident's edge (or node) takes it from here
                if (next != kRootNode) {
                    const std::uint32_t e = incident.edge;
                    const double f = incident.fraction;
                    const bool forward = next == kRootForward;
                    second += forward ? f * w.fwd(e, false) : (1 - f) * w.bwd(e, false);
                    if (route)
                        EdgeGeometry::slice(g, e, forward ? 0.0 : 1.0, f, *route);
                } else if (route && route->empty()) {
                    const FixedPoint p = g.node(node);
                    route->push_back({p.lonDeg(), p.latDeg()});
                }
                return second;
            }
            // The arc of the step is among `next`'s backward arcs (the cheapest of any parallel ones).
            double best = INFINITY, bestSecond = 0;
            for (std::uint32_t a = g.backwardBegin(next); a < g.backwardEnd(next); ++a) {
                if (g.backwardArc(a).head != node)
                    continue;
                const double time = g.backwardArc(a).time, length = g.backwardLengths()[a];
                const double c = w.time ? time : length;
                if (c < best) {
                    best = c;
                    bestSecond = w.time ? length : time;
                }
            }
            second += bestSecond;
            if (route)
                appendStep(node, next, best, *route);
            node = next;
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

    const std::uint32_t e = incident.edge;
    if (incident.node != RoadGraph::kNone) {
        ws.relax(incident.node, 0, kRootNode);
    } else {
        const double f = incident.fraction;
        if (g.edgeForward(e))
            ws.relax(g.edgeSource(e), f * w.fwd(e, true), kRootForward);
        if (g.edgeBackward(e))
            ws.relax(g.edgeTarget(e), (1 - f) * w.bwd(e, true), kRootBackward);
        // Units on the incident's own edge, upstream of it, drive straight there.
        units.forEachUpstreamOnEdge(g, e, f, [&](const UnitTable::Departure& d, double share, bool forward) {
            ws.relax(n + d.unit, share * (forward ? w.fwd(e, true) : w.bwd(e, true)), kDirect);
            return true;
        });
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
        if (id == SearchWorkspace::kStale)
            continue;
        // The next node to settle is usually the heap's new top: start fetching its arcs now.
        if (!ws.empty() && ws.topId() < n)
            __builtin_prefetch(&arcs[offsets[ws.topId()]]);
        if (id >= n) {
            if (options.onlyUnit >= 0 && int(id - n) != options.onlyUnit)
                continue;
            if (options.eligible && options.onlyUnit < 0 && !options.eligible(units.units()[id - n].id))
                continue;
            found.push_back({int(id - n), cost, 0, 0, {}});
            if (found.size() == k)
                kth = cost;
            continue;
        }
        ++settled;
        const auto [begin, last] = units.departuresAt(id);
        for (const UnitTable::Departure* d = begin; d != last; ++d)
            ws.relax(n + d->unit, cost + w.departure(*d, true), std::uint32_t(d - units.departures().data()));
        if (time) {
            for (std::uint32_t a = offsets[id], end = offsets[id + 1]; a < end; ++a)
                ws.relax(arcs[a].head, cost + arcs[a].time, id);
        } else {
            for (std::uint32_t a = offsets[id], end = offsets[id + 1]; a < end; ++a)
                ws.relax(arcs[a].head, cost + lengths[a], id);
        }
    }
    if (settledNodes)
        *settledNodes = settled;

    std::sort(found.begin(), found.end(), [&units](const UnitCandidate& a, const UnitCandidate& b) {
        return a.cost < b.cost || (a.cost == b.cost && units.units()[a.unit].id < units.units()[b.unit].id);
    });
    if (found.size() > k)
        found.resize(k);
    const Trace trace{g, units, incident, ws, w};
    for (UnitCandidate& c : found) {
        const double second = trace.follow(std::uint32_t(c.unit), options.withGeometry ? &c.route : nullptr);
        c.etaS = time ? c.cost : second;
        c.distanceM = time ? second : c.cost;
    }
    return found;
}

} // namespace centinela::core
