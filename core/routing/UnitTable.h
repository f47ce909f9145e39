#pragma once

#include "RoadSnapper.h"

#include <QHash>

#include <memory>
#include <vector>

namespace centinela::core {

/// An immutable snapshot of the units a search may recommend, each with its snap on one graph, and an
/// index from graph node to the units that can leave through it. A position update builds a new
/// table (RoutingService publishes it atomically); searches keep whichever table they started with.
class UnitTable
{
public:
    struct Unit
    {
        qint64 id = 0;
        double lon = 0, lat = 0;
        bool available = true;
        Snap snap;
    };

    /// How a unit leaves its snapped position: through `node`, after driving along `edge` from
    /// `fraction` to its target (`forward`) or back to its source; `edge` is kNone for a unit
    /// standing on the node itself.
    struct Departure
    {
        std::uint32_t node;
        std::uint32_t unit; ///< index into units()
        std::uint32_t edge;
        double fraction;
        bool forward;
    };

    /// Indexes `units` (their snaps must be on `graph`). Unavailable units, units without a snap and
    /// units too far from any road get no departure: searches never return them. Without a graph the
    /// table only keeps the units until one is installed.
    UnitTable(const RoadGraph* graph, std::vector<Unit> units);

    const std::vector<Unit>& units() const { return m_units; }
    /// Index of unit `id` in units(), or -1.
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    /// Units that could be recommended (available, snapped, not too far).
    int routableCount() const { return m_routable; }

    /// Departures through `node` as a [begin, end) range.
    std::pair<const Departure*, const Departure*> departuresAt(std::uint32_t node) const
    {
        // Most settled nodes have no unit: one bit answers that before any hashing.
        if (node / 64 >= m_hasDeparture.size() || !(m_hasDeparture[node / 64] >> (node % 64) & 1))
            return {nullptr, nullptr};
        for (std::size_t i = hash(node) & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.node == node)
                return {m_departures.data() + s.begin, m_departures.data() + s.end};
            if (s.node == RoadGraph::kNone)
                return {nullptr, nullptr};
        }
    }
    const std::vector<Departure>& departures() const { return m_departures; }

    /// The units snapped inside `edge` upstream of `fraction` in a direction they may drive: they
    /// reach that point along the edge itself. Calls `visit(departure, share, forward)` with the
    /// share of the edge between them and the point; stops (returning false) when `visit` does.
    template <typename Visit>
    bool forEachUpstreamOnEdge(const RoadGraph& graph, std::uint32_t edge, double fraction, Visit&& visit) const
    {
        for (const std::uint32_t end : {graph.edgeSource(edge), graph.edgeTarget(edge)}) {
            const auto [begin, last] = departuresAt(end);
            for (const Departure* d = begin; d != last; ++d) {
                if (d->edge != edge)
                    continue;
                if (d->forward && d->fraction <= fraction) {
                    if (!visit(*d, fraction - d->fraction, true))
                        return false;
                } else if (!d->forward && d->fraction >= fraction) {
                    if (!visit(*d, d->fraction - fraction, false))
                        return false;
                }
            }
        }
        return true;
    }

private:
    struct Slot
    {
        std::uint32_t node = RoadGraph::kNone;
        std::uint32_t begin = 0, end = 0;
    };
    static std::size_t hash(std::uint32_t node) { return std::size_t(node * 0x9E3779B1u) >> 7; }

    std::vector<Unit> m_units;
    QHash<qint64, int> m_index;
    std::vector<Departure> m_departures;       ///< sorted by node
    std::vector<Slot> m_slots;                 ///< open addressing, node → range of m_departures
    std::vector<std::uint64_t> m_hasDeparture; ///< one bit per graph node
    std::size_t m_mask = 0;
    int m_routable = 0;
};

} // namespace centinela::core
