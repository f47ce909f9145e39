#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace centinela::core {

class RoadGraph;

/// The nearest point of a road segment to a query point.
struct SegmentHit
{
    std::uint32_t edge = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t segment = 0; ///< segment index inside the edge (0 = from the source node)
    double along = 0;          ///< fraction along that segment, 0..1
    double lon = 0, lat = 0;   ///< the projected point
    double distanceM = std::numeric_limits<double>::infinity();
    bool valid() const { return edge != std::numeric_limits<std::uint32_t>::max(); }
};

/// A uniform lon/lat grid over every segment of every edge: each cell lists the segments whose
/// bounding box touches it. Nearest-segment queries search rings of cells outward and stop once no
/// unvisited cell can hold anything closer. Distances use the local ellipsoidal scale at the query
/// point, which is exact to first order over the few hundred metres a snap spans.
class EdgeGrid
{
public:
    /// Indexes `graph`'s segments (the graph must outlive the queries, which take it again).
    void build(const RoadGraph& graph);

    /// Nearest segment to (lon, lat) whose edge passes `accept` (all when empty), no farther than
    /// `maxDistanceM`; an invalid hit when there is none.
    SegmentHit nearest(const RoadGraph& graph, double lon, double lat,
                       double maxDistanceM = std::numeric_limits<double>::infinity(),
                       const std::function<bool(std::uint32_t edge)>& accept = {}) const;

    std::size_t memoryBytes() const
    {
        return m_cellBegin.capacity() * sizeof(std::uint32_t) + m_items.capacity() * sizeof(Item);
    }
    int columns() const { return m_nx; }
    int rows() const { return m_ny; }

private:
    /// A segment as the grid stores it: its edge and its index inside the edge, so a query never has to
    /// search for the edge of a segment.
    struct Item
    {
        std::uint32_t edge;
        std::uint32_t segment;
    };

    double m_lon0 = 0, m_lat0 = 0;       ///< south-west corner of cell (0, 0)
    double m_cellLon = 1, m_cellLat = 1; ///< cell size in degrees
    double m_minCellM = 1;               ///< the smallest cell side in metres anywhere in the grid
    int m_nx = 0, m_ny = 0;
    std::vector<std::uint32_t> m_cellBegin; ///< nx * ny + 1 offsets into m_items
    std::vector<Item> m_items;
};

} // namespace centinela::core
