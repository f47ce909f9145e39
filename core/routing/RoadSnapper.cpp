#include "RoadSnapper.h"

#include "Geodesic.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

double EdgeGeometry::segmentLengths(const RoadGraph& graph, std::uint32_t edge, double* lengths, std::uint32_t capacity)
{
    const FixedPoint first = graph.edgePoint(edge, 0);
    double perLon = 0, perLat = 0;
    geodesic::metresPerDegree(first.latDeg(), &perLon, &perLat);
    double total = 0;
    for (std::uint32_t i = 0; i < capacity; ++i) {
        const FixedPoint a = graph.edgePoint(edge, i), b = graph.edgePoint(edge, i + 1);
        const double dx = (b.lonDeg() - a.lonDeg()) * perLon, dy = (b.latDeg() - a.latDeg()) * perLat;
        lengths[i] = std::sqrt(dx * dx + dy * dy);
        total += lengths[i];
    }
    return total;
}

double EdgeGeometry::fractionAt(const RoadGraph& graph, std::uint32_t edge, std::uint32_t segment, double along)
{
    const std::uint32_t segments = graph.edgePointCount(edge) - 1;
    double small[16];
    std::vector<double> large;
    double* lengths = small;
    if (segments > 16) {
        large.resize(segments);
        lengths = large.data();
    }
    const double total = segmentLengths(graph, edge, lengths, segments);
    if (!(total > 0))
        return 0;
    double before = 0;
    for (std::uint32_t i = 0; i < segment && i < segments; ++i)
        before += lengths[i];
    return std::clamp((before + along * lengths[std::min(segment, segments - 1)]) / total, 0.0, 1.0);
}

Snap RoadSnapper::snap(const RoadGraph& graph, double lon, double lat, const SnapOptions& options)
{
    Snap s;
    SegmentHit hit = graph.grid().nearest(graph, lon, lat);
    if (!hit.valid())
        return s;

    // A point on a node stays there, whatever network the node belongs to. Metres at the local scale:
    // exact to well under a millimetre at this range, and far cheaper than the full geodesic.
    double perLon = 0, perLat = 0;
    geodesic::metresPerDegree(lat, &perLon, &perLat);
    const auto nodeDistance = [&](std::uint32_t n) {
        const FixedPoint p = graph.node(n);
        return std::hypot((p.lonDeg() - lon) * perLon, (p.latDeg() - lat) * perLat);
    };
    const std::uint32_t source = graph.edgeSource(hit.edge), target = graph.edgeTarget(hit.edge);
    const double toSource = nodeDistance(source), toTarget = nodeDistance(target);
    if (std::min(toSource, toTarget) <= options.nodeToleranceM) {
        const bool atSource = toSource <= toTarget;
        s.edge = hit.edge;
        s.node = atSource ? source : target;
        s.fraction = atSource ? 0 : 1;
        const FixedPoint p = graph.node(s.node);
        s.lon = p.lonDeg();
        s.lat = p.latDeg();
        s.distanceM = atSource ? toSource : toTarget;
        s.onIsland = !graph.edgeOnMainNetwork(hit.edge);
        s.tooFar = s.distanceM > options.maxDistanceM;
        return s;
    }

    // On an island, a point on one of the road's own vertices (an OSM node in the middle of a way) is
    // as surely on that road as one on a graph node: it stays, at the vertex.
    bool onVertex = false;
    if (!graph.edgeOnMainNetwork(hit.edge)) {
        for (const std::uint32_t i : {hit.segment, hit.segment + 1}) {
            const FixedPoint p = graph.edgePoint(hit.edge, i);
            const double d = std::hypot((p.lonDeg() - lon) * perLon, (p.latDeg() - lat) * perLat);
            if (d <= options.nodeToleranceM && !onVertex) {
                onVertex = true;
                hit.along = i == hit.segment ? 0.0 : 1.0;
                hit.lon = p.lonDeg();
                hit.lat = p.latDeg();
                hit.distanceM = d;
            }
        }
    }
    if (!graph.edgeOnMainNetwork(hit.edge) && !onVertex) {
        const SegmentHit main = graph.grid().nearest(graph, lon, lat, options.islandRadiusM,
                                                     [&graph](std::uint32_t e) { return graph.edgeOnMainNetwork(e); });
        if (main.valid()) {
            s.resnapped = true;
            s.islandDistanceM = hit.distanceM;
            hit = main;
        } else {
            s.onIsland = true;
        }
    }
    s.onIsland = s.onIsland || onVertex;
    s.edge = hit.edge;
    s.fraction = EdgeGeometry::fractionAt(graph, hit.edge, hit.segment, hit.along);
    if (s.fraction == 0 || s.fraction == 1)
        s.node = s.fraction == 0 ? graph.edgeSource(hit.edge) : graph.edgeTarget(hit.edge);
    s.lon = hit.lon;
    s.lat = hit.lat;
    // The grid's local-scale distance is good to a few millimetres within 100 m; beyond, ask the ellipsoid.
    s.distanceM = hit.distanceM < 100 ? hit.distanceM : geodesic::distance(lon, lat, hit.lon, hit.lat);
    s.tooFar = s.distanceM > options.maxDistanceM;
    return s;
}

} // namespace centinela::core
