#pragma once

#include "RoadGraph.h"

#include <memory>
#include <span>
#include <vector>

namespace centinela::core {

/// What a profile decided about one road: which directions a car may drive and how fast.
struct RoadAttributes
{
    bool forward = true;  ///< along the digitised direction
    bool backward = true; ///< against it
    double speedForwardKmh = 50;
    double speedBackwardKmh = 50;
};

/// Collects road polylines and turns them into a RoadGraph: a vertex shared by two roads (or used
/// twice by one) becomes an intersection node and the roads are split there — topology from shared
/// points, as OpenStreetMap models it. Points are compared in fixed point (1e-7 degree), the precision
/// OSM stores, so two OSM nodes at identical coordinates join. Edge lengths are ellipsoidal.
class RoadGraphBuilder
{
public:
    /// Adds one road. Repeated consecutive points are dropped; a road with fewer than two distinct
    /// points, or drivable in neither direction, is ignored.
    void addRoad(std::span<const FixedPoint> points, const RoadAttributes& attributes);
    std::size_t roadCount() const { return m_roads.size(); }

    /// Builds the graph (nodes renumbered along a Hilbert curve so that neighbours in space are
    /// neighbours in memory) and releases the collected roads.
    std::shared_ptr<const RoadGraph> build();

private:
    struct Road
    {
        std::uint32_t begin;
        std::uint32_t count;
        RoadAttributes attributes;
    };
    std::vector<FixedPoint> m_points;
    std::vector<Road> m_roads;
};

} // namespace centinela::core
