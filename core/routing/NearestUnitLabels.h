#pragma once

#include "UnitSearch.h"

#include <cstdint>
#include <vector>

namespace centinela::core {

/// For every node of the road graph, the kMaxK units that reach it first by travel time (ties by unit
/// id), each with the road distance of that drive: a k-nearest labelling of the network for one
/// UnitTable, computed by one label-setting search that starts from every unit at once. A
/// recommendation then reads the labels of the two ends of the incident's edge instead of
/// searching. Exact: a unit among the k first at the incident is among the k first at the end of the
/// edge it arrives through (any unit ahead of it there is ahead of it at the incident too).
///
/// It answers only what it can certify: metric time, no route geometry, no single unit asked for,
/// k ≤ kMaxK, and the k-th answer cheaper than any unit a full label may have left out (which an
/// eligibility filter can make fail); everything else is UnitSearch's. Built for one snapshot of the
/// units and immutable afterwards: RoutingService builds it once a snapshot has served enough
/// searches to pay for it.
class NearestUnitLabels
{
public:
    static constexpr int kMaxK = 5;

    NearestUnitLabels(const RoadGraph& graph, const UnitTable& units);

    /// Whether labels could answer a search with these options at all (metric time, no geometry,
    /// no single unit, k ≤ kMaxK); only such searches count towards building them.
    static bool couldAnswer(const SearchOptions& options)
    {
        return options.metric == RouteMetric::Time && !options.withGeometry && options.onlyUnit < 0 && options.k > 0 &&
               options.k <= kMaxK;
    }

    /// The answer to `options` for an incident snapped at `incident`, best first, when the labels can
    /// give it exactly; false (and `out` untouched) when UnitSearch must run instead.
    bool answer(const RoadGraph& graph, const UnitTable& units, const Snap& incident, const SearchOptions& options,
                std::vector<UnitCandidate>* out) const;

    /// Label entries kept (at most kMaxK per node).
    std::size_t entryCount() const { return m_entryCount; }
    std::size_t memoryBytes() const
    {
        return m_entries.capacity() * sizeof(Entry) + m_count.capacity() * sizeof(std::uint8_t);
    }

private:
    struct Entry
    {
        double cost;      ///< seconds from the unit's snap to the node
        double distanceM; ///< metres of that drive
        std::uint32_t unit;
    };
    std::vector<Entry> m_entries;      ///< kMaxK slots per node, best first
    std::vector<std::uint8_t> m_count; ///< filled slots per node
    std::size_t m_entryCount = 0;
};

} // namespace centinela::core
