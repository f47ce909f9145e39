#include "NearestUnitLabels.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

namespace {

/// Units ordered by id: the tie order of every answer.
std::vector<std::uint32_t> ranksById(const UnitTable& units)
{
    std::vector<std::uint32_t> order(units.units().size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&units](std::uint32_t a, std::uint32_t b) { return units.units()[a].id < units.units()[b].id; });
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t r = 0; r < order.size(); ++r)
        rank[order[r]] = r;
    return rank;
}

} // namespace

NearestUnitLabels::NearestUnitLabels(const RoadGraph& g, const UnitTable& units)
    : m_entries(std::size_t(g.nodeCount()) * kMaxK)
    , m_count(g.nodeCount(), 0)
{
    const std::vector<std::uint32_t> rank = ranksById(units);
    struct Item
    {
        double cost;
        double distanceM;
        std::uint32_t unit;
        std::uint32_t rank; ///< the unit's place in id order
        std::uint32_t node;
    };
    // Min-heap on (cost, unit id): a node keeps the first kMaxK distinct units that reach it.
    const auto later = [](const Item& a, const Item& b) {
        return a.cost > b.cost || (a.cost == b.cost && a.rank > b.rank);
    };
    const auto holds = [this](std::uint32_t node, std::uint32_t unit) {
        const Entry* label = &m_entries[std::size_t(node) * kMaxK];
        for (int i = 0; i < m_count[node]; ++i)
            if (label[i].unit == unit)
                return true;
        return false;
    };
    std::vector<Item> heap;
    heap.reserve(std::size_t(g.nodeCount()) * 2);
    for (const UnitTable::Departure& d : units.departures()) {
        double cost = 0, metres = 0;
        if (d.edge != RoadGraph::kNone) {
            const double share = d.forward ? 1.0 - d.fraction : d.fraction;
            cost = share * (d.forward ? g.edgeTimeForward(d.edge) : g.edgeTimeBackward(d.edge));
            metres = share * g.edgeLength(d.edge);
        }
        heap.push_back({cost, metres, d.unit, rank[d.unit], d.node});
    }
    std::make_heap(heap.begin(), heap.end(), later);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const Item item = heap.back();
        heap.pop_back();
        const std::uint32_t node = item.node;
        std::uint8_t& count = m_count[node];
        if (count == kMaxK)
            continue;
        if (holds(node, item.unit))
            continue; // this unit reached the node sooner already
        m_entries[std::size_t(node) * kMaxK + count++] = {item.cost, item.distanceM, item.unit};
        ++m_entryCount;
        for (std::uint32_t a = g.forwardBegin(node); a < g.forwardEnd(node); ++a) {
            const std::uint32_t e = g.forwardEdge(a);
            const bool forward = g.edgeSource(e) == node;
            const float time = forward ? g.edgeTimeForward(e) : g.edgeTimeBackward(e);
            const std::uint32_t head = forward ? g.edgeTarget(e) : g.edgeSource(e);
            if (!std::isfinite(time) || m_count[head] == kMaxK || holds(head, item.unit))
                continue;
            heap.push_back(
                {item.cost + double(time), item.distanceM + double(g.edgeLength(e)), item.unit, item.rank, head});
            std::push_heap(heap.begin(), heap.end(), later);
        }
    }
}

bool NearestUnitLabels::answer(const RoadGraph& g, const UnitTable& units, const Snap& incident,
                               const SearchOptions& options, std::vector<UnitCandidate>* out) const
{
    if (!couldAnswer(options) || !incident.valid() || incident.edge >= g.edgeCount() || m_count.size() != g.nodeCount())
        return false;

    struct Candidate
    {
        double cost;
        double distanceM;
        std::uint32_t unit;
    };
    Candidate candidates[2 * kMaxK + 16];
    int n = 0;
    // Every unit a full label left out comes after (cost, id) of that label's last entry, plus the
    // drive from the node to the incident: the least such pair bounds what the labels may have missed.
    double bound = INFINITY;
    qint64 boundId = 0;
    const auto add = [&](double cost, double metres, std::uint32_t unit) {
        for (int i = 0; i < n; ++i) {
            if (candidates[i].unit == unit) {
                if (cost < candidates[i].cost)
                    candidates[i] = {cost, metres, unit};
                return true;
            }
        }
        if (n == int(std::size(candidates)))
            return false;
        candidates[n++] = {cost, metres, unit};
        return true;
    };
    const auto addLabel = [&](std::uint32_t node, double cost, double metres) {
        const Entry* label = &m_entries[std::size_t(node) * kMaxK];
        const int count = m_count[node];
        for (int i = 0; i < count; ++i)
            add(label[i].cost + cost, label[i].distanceM + metres, label[i].unit);
        if (count == kMaxK) {
            const double last = label[kMaxK - 1].cost + cost;
            const qint64 lastId = units.units()[label[kMaxK - 1].unit].id;
            if (last < bound || (last == bound && lastId < boundId)) {
                bound = last;
                boundId = lastId;
            }
        }
    };

    const std::uint32_t e = incident.edge;
    if (incident.node != RoadGraph::kNone) {
        addLabel(incident.node, 0, 0);
    } else {
        const double f = incident.fraction, length = g.edgeLength(e);
        if (g.edgeForward(e))
            addLabel(g.edgeSource(e), f * double(g.edgeTimeForward(e)), f * length);
        if (g.edgeBackward(e))
            addLabel(g.edgeTarget(e), (1 - f) * double(g.edgeTimeBackward(e)), (1 - f) * length);
        // Units on the incident's own edge, upstream of it, drive straight there (as UnitSearch).
        const bool fits =
            units.forEachUpstreamOnEdge(g, e, f, [&](const UnitTable::Departure& d, double share, bool forward) {
                const double time = forward ? g.edgeTimeForward(e) : g.edgeTimeBackward(e);
                return add(share * time, share * length, d.unit);
            });
        if (!fits)
            return false; // more candidates than the answer has room for: the search decides
    }

    const auto& all = units.units();
    std::sort(candidates, candidates + n, [&all](const Candidate& a, const Candidate& b) {
        return a.cost < b.cost || (a.cost == b.cost && all[a.unit].id < all[b.unit].id);
    });
    std::vector<UnitCandidate> found;
    found.reserve(std::size_t(options.k));
    for (int i = 0; i < n && int(found.size()) < options.k; ++i) {
        const Candidate& c = candidates[i];
        if (options.eligible && !options.eligible(all[c.unit].id))
            continue;
        found.push_back({int(c.unit), c.cost, c.cost, c.distanceM, {}});
    }
    // Certified when the last answer comes before anything left out, or nothing was left out at all.
    if (int(found.size()) < options.k) {
        if (bound != INFINITY)
            return false;
    } else {
        const double last = found.back().cost;
        const qint64 lastId = all[std::size_t(found.back().unit)].id;
        if (!(last < bound || (last == bound && lastId <= boundId)))
            return false;
    }
    *out = std::move(found);
    return true;
}

} // namespace centinela::core
