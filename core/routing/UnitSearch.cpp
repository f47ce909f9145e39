#include "UnitSearch.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

namespace {

// Parent markers of root nodes and of units (nodes' parents are edge ids, always below these).
constexpr std::uint32_t kRootNode = 0xFFFFFFF0u;    // the incident is on this node
constexpr std::uint32_t kRootForward = 0xFFFFFFF1u; // drive the incident's edge forward from here
constexpr std::uint32_t kRootBackward = 0xFFFFFFF2u;
constexpr std::uint32_t kDirect = 0xFFFFFFF3u; // unit on the incident's edge, upstream of it

/// Costs of the chosen metric and of the other one on an edge, per direction.
struct Weights
{
    const RoadGraph& g;
    bool time;
    double primaryFwd(std::uint32_t e) const
    {
        return time ? g.edgeTimeForward(e) : (g.edgeForward(e) ? g.edgeLength(e) : INFINITY);
    }
    double primaryBwd(std::uint32_t e) const
    {
        return time ? g.edgeTimeBackward(e) : (g.edgeBackward(e) ? g.edgeLength(e) : INFINITY);
    }
    double secondFwd(std::uint32_t e) const { return time ? g.edgeLength(e) : g.edgeTimeForward(e); }
    double secondBwd(std::uint32_t e) const { return time ? g.edgeLength(e) : g.edgeTimeBackward(e); }
};

template <typename Out> void appendNode(const RoadGraph& g, std::uint32_t n, Out& out)
{
    const FixedPoint p = g.node(n);
    if (out.empty() || out.back().lon != p.lonDeg() || out.back().lat != p.latDeg())
        out.push_back({p.lonDeg(), p.latDeg()});
}

std::vector<GeoPoint> routeOf(const RoadGraph& g, const UnitTable& units, const Snap& incident,
                              const SearchWorkspace& ws, std::uint32_t unitItem)
{
    std::vector<GeoPoint> out;
    const UnitTable::Unit& unit = units.units()[unitItem - g.nodeCount()];
    const std::uint32_t via = ws.label(unitItem).parent;
    if (via == kDirect) {
        EdgeGeometry::slice(g, incident.edge, unit.snap.fraction, incident.fraction, out);
        return out;
    }
    const UnitTable::Departure& d = units.departures()[via];
    if (d.edge != RoadGraph::kNone)
        EdgeGeometry::slice(g, d.edge, d.fraction, d.forward ? 1.0 : 0.0, out);
    std::uint32_t node = d.node;
    appendNode(g, node, out);
    for (std::uint32_t guard = 0; guard <= g.nodeCount(); ++guard) {
        const std::uint32_t parent = ws.label(node).parent;
        if (parent == kRootNode)
            break;
        if (parent == kRootForward || parent == kRootBackward) {
            EdgeGeometry::slice(g, incident.edge, parent == kRootForward ? 0.0 : 1.0, incident.fraction, out);
            break;
        }
        const bool forward = g.edgeSource(parent) == node;
        EdgeGeometry::slice(g, parent, forward ? 0.0 : 1.0, forward ? 1.0 : 0.0, out);
        node = forward ? g.edgeTarget(parent) : g.edgeSource(parent);
    }
    return out;
}

} // namespace

std::vector<UnitCandidate> UnitSearch::run(const RoadGraph& g, const UnitTable& units, const Snap& incident,
                                           const SearchOptions& options, SearchWorkspace& ws)
{
    std::vector<UnitCandidate> found;
    if (options.k <= 0 || !incident.valid() || incident.edge >= g.edgeCount() || units.routableCount() == 0)
        return found;
    const std::uint32_t n = g.nodeCount();
    const Weights w{g, options.metric == RouteMetric::Time};
    ws.prepare(n + std::uint32_t(units.units().size()));

    const auto departureCost = [&](const UnitTable::Departure& d, double* second) {
        if (d.edge == RoadGraph::kNone) {
            *second = 0;
            return 0.0;
        }
        const double part = d.forward ? 1.0 - d.fraction : d.fraction;
        *second = part * (d.forward ? w.secondFwd(d.edge) : w.secondBwd(d.edge));
        return part * (d.forward ? w.primaryFwd(d.edge) : w.primaryBwd(d.edge));
    };

    const std::uint32_t e = incident.edge;
    if (incident.node != RoadGraph::kNone) {
        ws.relax(incident.node, 0, 0, kRootNode);
    } else {
        const double f = incident.fraction;
        if (g.edgeForward(e))
            ws.relax(g.edgeSource(e), f * w.primaryFwd(e), float(f * w.secondFwd(e)), kRootForward);
        if (g.edgeBackward(e))
            ws.relax(g.edgeTarget(e), (1 - f) * w.primaryBwd(e), float((1 - f) * w.secondBwd(e)), kRootBackward);
        // Units on the incident's own edge, upstream of it, drive straight there.
        for (const std::uint32_t end : {g.edgeSource(e), g.edgeTarget(e)}) {
            const auto [begin, last] = units.departuresAt(end);
            for (const UnitTable::Departure* d = begin; d != last; ++d) {
                if (d->edge != e)
                    continue;
                const std::uint32_t item = n + d->unit;
                if (d->forward && d->fraction <= f)
                    ws.relax(item, (f - d->fraction) * w.primaryFwd(e), float((f - d->fraction) * w.secondFwd(e)),
                             kDirect);
                else if (!d->forward && d->fraction >= f)
                    ws.relax(item, (d->fraction - f) * w.primaryBwd(e), float((d->fraction - f) * w.secondBwd(e)),
                             kDirect);
            }
        }
    }

    const std::size_t k = std::size_t(options.k);
    double kth = INFINITY;
    const BackwardArc* arcs = g.backwardArcs();
    const std::uint32_t* offsets = g.backwardOffsets();
    const bool time = w.time;
    while (!ws.empty()) {
        // After the k-th unit, keep settling only what ties with it.
        if (found.size() >= k && ws.topCost() > kth)
            break;
        const double cost = ws.topCost();
        const std::uint32_t id = ws.pop();
        if (id >= n) {
            found.push_back({int(id - n), cost, 0, 0, {}});
            if (found.size() == k)
                kth = cost;
            continue;
        }
        const float second = ws.label(id).second;
        const auto [begin, last] = units.departuresAt(id);
        for (const UnitTable::Departure* d = begin; d != last; ++d) {
            double extra = 0;
            const double c = cost + departureCost(*d, &extra);
            ws.relax(n + d->unit, c, float(second + extra), std::uint32_t(d - units.departures().data()));
        }
        for (std::uint32_t a = offsets[id], end = offsets[id + 1]; a < end; ++a) {
            const BackwardArc& arc = arcs[a];
            const double primary = time ? arc.time : arc.length;
            ws.relax(arc.head, cost + primary, second + (time ? arc.length : arc.time), arc.edge);
        }
    }

    std::sort(found.begin(), found.end(), [&units](const UnitCandidate& a, const UnitCandidate& b) {
        return a.cost < b.cost || (a.cost == b.cost && units.units()[a.unit].id < units.units()[b.unit].id);
    });
    if (found.size() > k)
        found.resize(k);
    for (UnitCandidate& c : found) {
        const double second = ws.label(n + std::uint32_t(c.unit)).second;
        c.etaS = time ? c.cost : second;
        c.distanceM = time ? second : c.cost;
        if (options.withGeometry)
            c.route = routeOf(g, units, incident, ws, n + std::uint32_t(c.unit));
    }
    return found;
}

} // namespace centinela::core
