#pragma once

#include "EdgeGrid.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace centinela::core {

/// A lon/lat stored in fixed point (1e-7 degree, about 1 cm), the precision OpenStreetMap itself uses.
struct FixedPoint
{
    std::int32_t lon = 0;
    std::int32_t lat = 0;
    double lonDeg() const { return lon * 1e-7; }
    double latDeg() const { return lat * 1e-7; }
    static FixedPoint fromDegrees(double lonDeg, double latDeg)
    {
        return {std::int32_t(std::lround(lonDeg * 1e7)), std::int32_t(std::lround(latDeg * 1e7))};
    }
    bool operator==(const FixedPoint&) const = default;
};

/// An arc of the backward graph: the road can be driven from `head` to the arc's owner node in `time`
/// seconds. Time inline, so that a search by time reads one array; the length, which only a search by
/// distance needs, lives in a parallel array (backwardLengths).
struct BackwardArc
{
    std::uint32_t head;
    float time;
};

/// An immutable routable road network: nodes (intersections and dead ends), edges (road pieces between
/// them, with their geometry, geodesic length and travel time per direction), forward and backward
/// adjacency in CSR form, the strongly connected component the routing treats as "the main network",
/// and a spatial index over the edge geometry. Built by RoadGraphBuilder or read by RoadGraphFile;
/// shared read-only between threads as std::shared_ptr<const RoadGraph>.
class RoadGraph
{
public:
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    static constexpr float kClosed = std::numeric_limits<float>::infinity();

    std::uint32_t nodeCount() const { return std::uint32_t(m_nodes.size()); }
    std::uint32_t edgeCount() const { return std::uint32_t(m_edgeSource.size()); }
    std::uint32_t forwardArcCount() const { return std::uint32_t(m_fwdEdge.size()); }
    std::uint32_t backwardArcCount() const { return std::uint32_t(m_bwdArcs.size()); }

    FixedPoint node(std::uint32_t n) const { return m_nodes[n]; }
    std::uint32_t edgeSource(std::uint32_t e) const { return m_edgeSource[e]; }
    std::uint32_t edgeTarget(std::uint32_t e) const { return m_edgeTarget[e]; }
    /// Ellipsoidal length of the whole edge geometry, metres.
    float edgeLength(std::uint32_t e) const { return m_edgeLength[e]; }
    /// Seconds to drive the edge from source to target; kClosed when that direction is not allowed.
    float edgeTimeForward(std::uint32_t e) const { return m_edgeTimeFwd[e]; }
    /// Seconds to drive the edge from target to source; kClosed when that direction is not allowed.
    float edgeTimeBackward(std::uint32_t e) const { return m_edgeTimeBwd[e]; }
    bool edgeForward(std::uint32_t e) const { return std::isfinite(m_edgeTimeFwd[e]); }
    bool edgeBackward(std::uint32_t e) const { return std::isfinite(m_edgeTimeBwd[e]); }
    /// True when both ends lie in the largest strongly connected component.
    bool edgeOnMainNetwork(std::uint32_t e) const { return m_edgeMain[e] != 0; }
    /// Number of points of the edge geometry, both end nodes included (at least 2).
    std::uint32_t edgePointCount(std::uint32_t e) const { return m_shapeBegin[e + 1] - m_shapeBegin[e] + 2; }
    /// Point `i` of the edge geometry, from the source node (0) to the target node (edgePointCount - 1).
    FixedPoint edgePoint(std::uint32_t e, std::uint32_t i) const
    {
        if (i == 0)
            return m_nodes[m_edgeSource[e]];
        const std::uint32_t inner = m_shapeBegin[e] + i - 1;
        return inner < m_shapeBegin[e + 1] ? m_shape[inner] : m_nodes[m_edgeTarget[e]];
    }
    /// Number of straight segments of all edges together.
    std::uint32_t segmentCount() const { return m_shapeBegin.empty() ? 0 : m_shapeBegin.back() + edgeCount(); }

    std::uint32_t forwardBegin(std::uint32_t n) const { return m_fwdBegin[n]; }
    std::uint32_t forwardEnd(std::uint32_t n) const { return m_fwdBegin[n + 1]; }
    /// The edge of forward arc `a`; the arc leaves its owner node along it.
    std::uint32_t forwardEdge(std::uint32_t a) const { return m_fwdEdge[a]; }
    /// Where forward arc `a` of node `n` leads: the edge's other end.
    std::uint32_t forwardHead(std::uint32_t n, std::uint32_t a) const
    {
        const std::uint32_t e = m_fwdEdge[a];
        return m_edgeSource[e] == n ? m_edgeTarget[e] : m_edgeSource[e];
    }
    std::uint32_t backwardBegin(std::uint32_t n) const { return m_bwdBegin[n]; }
    std::uint32_t backwardEnd(std::uint32_t n) const { return m_bwdBegin[n + 1]; }
    const BackwardArc& backwardArc(std::uint32_t a) const { return m_bwdArcs[a]; }
    const BackwardArc* backwardArcs() const { return m_bwdArcs.data(); }
    /// Metres of each backward arc, parallel to backwardArcs().
    const float* backwardLengths() const { return m_bwdLength.data(); }
    const std::uint32_t* backwardOffsets() const { return m_bwdBegin.data(); }

    /// Nodes of the largest strongly connected component.
    std::uint32_t mainNetworkNodes() const { return m_mainNodes; }
    const EdgeGrid& grid() const { return m_grid; }

    /// Bytes held by the arrays and the index (what `bench route` calls graph memory).
    std::size_t memoryBytes() const;
    /// Checks every cross-reference (offsets, node and edge ids, finite non-negative weights); a graph
    /// read from a damaged file must fail here rather than crash a search. Returns false with `error`.
    bool validate(QString* error) const;

private:
    friend class RoadGraphBuilder;
    friend class RoadGraphFile;
    RoadGraph() = default;
    /// Derives the main network and the spatial index from the arrays above.
    void finish();

    std::vector<FixedPoint> m_nodes;
    std::vector<std::uint32_t> m_edgeSource;
    std::vector<std::uint32_t> m_edgeTarget;
    std::vector<float> m_edgeLength;
    std::vector<float> m_edgeTimeFwd;
    std::vector<float> m_edgeTimeBwd;
    std::vector<std::uint32_t> m_shapeBegin; ///< edgeCount + 1 offsets into m_shape
    std::vector<FixedPoint> m_shape;         ///< inner points of every edge, edge by edge
    std::vector<std::uint32_t> m_fwdBegin;
    std::vector<std::uint32_t> m_fwdEdge; ///< forward arcs are edges: the head is the edge's other end
    std::vector<std::uint32_t> m_bwdBegin;
    std::vector<BackwardArc> m_bwdArcs;
    std::vector<float> m_bwdLength;

    std::vector<std::uint8_t> m_edgeMain;
    std::uint32_t m_mainNodes = 0;
    EdgeGrid m_grid;
};

} // namespace centinela::core
