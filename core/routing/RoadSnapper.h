#pragma once

#include "RoadGraph.h"

#include <cstdint>
#include <limits>

namespace centinela::core {

struct SnapOptions
{
    /// A point farther than this from every road is flagged tooFar (an incident is still answered,
    /// a unit is left out of recommendations).
    double maxDistanceM = 1000;
    /// A point whose nearest road is on an island (outside the main network) moves to the main
    /// network when a main road lies within this distance of the point.
    double islandRadiusM = 150;
    /// A point this close to a graph node is that node, and is never moved off an island; nor is a point
    /// this close to a vertex of an island road's geometry (an OSM node inside a way).
    double nodeToleranceM = 1;
};

/// Where a lon/lat lies on the road network.
struct Snap
{
    std::uint32_t edge = RoadGraph::kNone;
    double fraction = 0;                   ///< along the edge's length, 0 at its source node, 1 at its target
    std::uint32_t node = RoadGraph::kNone; ///< the graph node when the point is on one (fraction 0 or 1)
    double lon = 0, lat = 0;               ///< the snapped position
    double distanceM = std::numeric_limits<double>::infinity(); ///< requested point → snapped position (geodesic)
    bool tooFar = false;                                        ///< distanceM exceeds SnapOptions::maxDistanceM
    bool onIsland = false;                                      ///< the snapped road is not on the main network
    bool resnapped = false;     ///< the nearest road was on an island and the point moved to the main network
    double islandDistanceM = 0; ///< when resnapped: the distance to that island road
    bool valid() const { return edge != RoadGraph::kNone; }
};

/// Snaps points onto the nearest drivable edge (projection onto the segment, through the graph's
/// spatial index) and applies the island rules: see SnapOptions.
class RoadSnapper
{
public:
    static Snap snap(const RoadGraph& graph, double lon, double lat, const SnapOptions& options = {});
};

/// Geometry of edges measured the way snapping measures it (local ellipsoidal scale), so fractions
/// from a snap and from a slice agree.
class EdgeGeometry
{
public:
    /// Fraction of the edge's length at `along` (0..1) of segment `segment`.
    static double fractionAt(const RoadGraph& graph, std::uint32_t edge, std::uint32_t segment, double along);
    /// The points of the edge from fraction `from` to fraction `to` (reversed when from > to), both
    /// ends interpolated; appended to `out` as lon/lat degree pairs, skipping a repeat of out's last point.
    template <typename PointList>
    static void slice(const RoadGraph& graph, std::uint32_t edge, double from, double to, PointList& out);

private:
    /// Local-scale length of every segment of the edge and their total.
    static double segmentLengths(const RoadGraph& graph, std::uint32_t edge, double* lengths, std::uint32_t capacity);
};

template <typename PointList>
void EdgeGeometry::slice(const RoadGraph& graph, std::uint32_t edge, double from, double to, PointList& out)
{
    const std::uint32_t count = graph.edgePointCount(edge);
    std::vector<double> lengths(count - 1);
    const double total = segmentLengths(graph, edge, lengths.data(), count - 1);
    const auto pointAt = [&](double fraction) {
        double remaining = fraction * total;
        for (std::uint32_t i = 0; i + 1 < count; ++i) {
            if (remaining <= lengths[i] || i + 2 == count) {
                const double t = lengths[i] > 0 ? std::min(1.0, remaining / lengths[i]) : 0.0;
                const FixedPoint a = graph.edgePoint(edge, i), b = graph.edgePoint(edge, i + 1);
                return std::pair<double, double>(a.lonDeg() + t * (b.lonDeg() - a.lonDeg()),
                                                 a.latDeg() + t * (b.latDeg() - a.latDeg()));
            }
            remaining -= lengths[i];
        }
        return std::pair<double, double>(graph.edgePoint(edge, 0).lonDeg(), graph.edgePoint(edge, 0).latDeg());
    };
    const auto append = [&out](std::pair<double, double> p) {
        if (out.empty() || out.back().lon != p.first || out.back().lat != p.second)
            out.push_back({p.first, p.second});
    };
    append(pointAt(from));
    // Inner points strictly between the two fractions, in travel order.
    std::vector<double> at(count);
    double run = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        at[i] = total > 0 ? run / total : 0;
        if (i + 1 < count)
            run += lengths[i];
    }
    if (from <= to) {
        for (std::uint32_t i = 0; i < count; ++i)
            if (at[i] > from && at[i] < to)
                append({graph.edgePoint(edge, i).lonDeg(), graph.edgePoint(edge, i).latDeg()});
    } else {
        for (std::uint32_t i = count; i-- > 0;)
            if (at[i] < from && at[i] > to)
                append({graph.edgePoint(edge, i).lonDeg(), graph.edgePoint(edge, i).latDeg()});
    }
    append(pointAt(to));
}

} // namespace centinela::core
