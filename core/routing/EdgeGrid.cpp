#include "EdgeGrid.h"

#include "Geodesic.h"
#include "RoadGraph.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

namespace {

constexpr double kMinCellM = 25;
constexpr double kMaxCellM = 2000;
constexpr std::int64_t kMaxCells = 1 << 24;

} // namespace

void EdgeGrid::build(const RoadGraph& graph)
{
    m_cellBegin.clear();
    m_items.clear();
    m_nx = m_ny = 0;
    const std::uint32_t segments = graph.segmentCount();
    if (segments == 0)
        return;

    double minLon = 1e9, minLat = 1e9, maxLon = -1e9, maxLat = -1e9;
    for (std::uint32_t n = 0; n < graph.nodeCount(); ++n) {
        const FixedPoint p = graph.node(n);
        minLon = std::min(minLon, p.lonDeg());
        maxLon = std::max(maxLon, p.lonDeg());
        minLat = std::min(minLat, p.latDeg());
        maxLat = std::max(maxLat, p.latDeg());
    }
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        for (std::uint32_t i = 1; i + 1 < graph.edgePointCount(e); ++i) {
            const FixedPoint p = graph.edgePoint(e, i);
            minLon = std::min(minLon, p.lonDeg());
            maxLon = std::max(maxLon, p.lonDeg());
            minLat = std::min(minLat, p.latDeg());
            maxLat = std::max(maxLat, p.latDeg());
        }
    }

    double perLon = 0, perLat = 0;
    geodesic::metresPerDegree((minLat + maxLat) / 2, &perLon, &perLat);
    const double widthM = std::max(1.0, (maxLon - minLon) * perLon);
    const double heightM = std::max(1.0, (maxLat - minLat) * perLat);
    // About one segment per cell keeps both the ring scan and the per-cell lists short.
    double side = std::clamp(std::sqrt(widthM * heightM / segments), kMinCellM, kMaxCellM);
    while ((widthM / side + 2) * (heightM / side + 2) > double(kMaxCells))
        side *= 1.5;
    m_cellLat = side / perLat;
    m_cellLon = side / perLon;
    m_lon0 = minLon;
    m_lat0 = minLat;
    m_nx = int((maxLon - minLon) / m_cellLon) + 1;
    m_ny = int((maxLat - minLat) / m_cellLat) + 1;
    // Longitude cells shrink towards the pole: the bound must hold at the grid's poleward edge.
    double perLonEdge = 0, unused = 0;
    geodesic::metresPerDegree(std::max(std::abs(minLat), std::abs(maxLat)), &perLonEdge, &unused);
    m_minCellM = std::min(m_cellLat * perLat, m_cellLon * perLonEdge);

    const auto cellX = [this](double lon) { return std::clamp(int((lon - m_lon0) / m_cellLon), 0, m_nx - 1); };
    const auto cellY = [this](double lat) { return std::clamp(int((lat - m_lat0) / m_cellLat), 0, m_ny - 1); };
    const auto forEachCell = [&](std::uint32_t e, std::uint32_t i, auto&& visit) {
        const FixedPoint a = graph.edgePoint(e, i), b = graph.edgePoint(e, i + 1);
        const int x0 = cellX(std::min(a.lonDeg(), b.lonDeg())), x1 = cellX(std::max(a.lonDeg(), b.lonDeg()));
        const int y0 = cellY(std::min(a.latDeg(), b.latDeg())), y1 = cellY(std::max(a.latDeg(), b.latDeg()));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                visit(std::size_t(y) * std::size_t(m_nx) + std::size_t(x));
    };

    m_cellBegin.assign(std::size_t(m_nx) * std::size_t(m_ny) + 1, 0);
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e)
        for (std::uint32_t i = 0; i + 1 < graph.edgePointCount(e); ++i)
            forEachCell(e, i, [&](std::size_t c) { ++m_cellBegin[c + 1]; });
    for (std::size_t c = 1; c < m_cellBegin.size(); ++c)
        m_cellBegin[c] += m_cellBegin[c - 1];
    m_items.resize(m_cellBegin.back());
    std::vector<std::uint32_t> fill(m_cellBegin.begin(), m_cellBegin.end() - 1);
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e)
        for (std::uint32_t i = 0; i + 1 < graph.edgePointCount(e); ++i)
            forEachCell(e, i, [&](std::size_t c) { m_items[fill[c]++] = {e, i}; });
}

SegmentHit EdgeGrid::nearest(const RoadGraph& graph, double lon, double lat, double maxDistanceM,
                             const std::function<bool(std::uint32_t)>& accept) const
{
    SegmentHit best;
    if (m_nx == 0 || !std::isfinite(lon) || !std::isfinite(lat))
        return best;
    double perLon = 0, perLat = 0;
    geodesic::metresPerDegree(lat, &perLon, &perLat);

    const double fx = std::floor((lon - m_lon0) / m_cellLon);
    const double fy = std::floor((lat - m_lat0) / m_cellLat);
    // Cell coordinates of the query, possibly outside the grid; clamped so huge values stay integers.
    const std::int64_t cx = std::int64_t(std::clamp(fx, -1e9, 1e9));
    const std::int64_t cy = std::int64_t(std::clamp(fy, -1e9, 1e9));
    const std::int64_t outsideX = cx < 0 ? -cx : std::max<std::int64_t>(0, cx - (m_nx - 1));
    const std::int64_t outsideY = cy < 0 ? -cy : std::max<std::int64_t>(0, cy - (m_ny - 1));
    const std::int64_t firstRing = std::max(outsideX, outsideY);
    const std::int64_t lastRing = std::max({cx, cy, m_nx - 1 - cx, m_ny - 1 - cy});

    const auto visitCell = [&](std::int64_t x, std::int64_t y) {
        const std::size_t c = std::size_t(y) * std::size_t(m_nx) + std::size_t(x);
        for (std::uint32_t k = m_cellBegin[c]; k < m_cellBegin[c + 1]; ++k) {
            const std::uint32_t e = m_items[k].edge;
            const std::uint32_t i = m_items[k].segment;
            const FixedPoint a = graph.edgePoint(e, i), b = graph.edgePoint(e, i + 1);
            const double ax = (a.lonDeg() - lon) * perLon, ay = (a.latDeg() - lat) * perLat;
            const double bx = (b.lonDeg() - lon) * perLon, by = (b.latDeg() - lat) * perLat;
            const double dx = bx - ax, dy = by - ay;
            const double len2 = dx * dx + dy * dy;
            const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
            const double px = ax + t * dx, py = ay + t * dy;
            const double d = std::sqrt(px * px + py * py);
            // Ties go to the lower edge, then segment, so a snap never depends on the visiting order.
            if (d > best.distanceM ||
                (d == best.distanceM && best.valid() && (e > best.edge || (e == best.edge && i >= best.segment))))
                continue;
            if (d > maxDistanceM || (accept && !accept(e)))
                continue;
            best.edge = e;
            best.segment = i;
            best.along = t;
            best.distanceM = d;
            best.lon = a.lonDeg() + t * (b.lonDeg() - a.lonDeg());
            best.lat = a.latDeg() + t * (b.latDeg() - a.latDeg());
        }
    };

    // Distance from the query to the nearest side of its own cell (zero when it lies outside the grid).
    const double inX = (lon - m_lon0) / m_cellLon - fx, inY = (lat - m_lat0) / m_cellLat - fy;
    const double margin = firstRing > 0 ? 0.0
                                        : std::min({inX * m_cellLon * perLon, (1 - inX) * m_cellLon * perLon,
                                                    inY * m_cellLat * perLat, (1 - inY) * m_cellLat * perLat});
    for (std::int64_t r = firstRing; r <= lastRing; ++r) {
        // Everything not yet visited lies beyond r - 1 whole cells and the margin of the query's own cell.
        const double bound = r > 0 ? double(r - 1) * m_minCellM + std::max(0.0, margin) : 0.0;
        if (r > 0 && (bound >= best.distanceM || bound > maxDistanceM))
            break;
        const std::int64_t y0 = std::max<std::int64_t>(0, cy - r), y1 = std::min<std::int64_t>(m_ny - 1, cy + r);
        const std::int64_t x0 = std::max<std::int64_t>(0, cx - r), x1 = std::min<std::int64_t>(m_nx - 1, cx + r);
        for (std::int64_t y = y0; y <= y1; ++y) {
            if (y == cy - r || y == cy + r) {
                for (std::int64_t x = x0; x <= x1; ++x)
                    visitCell(x, y);
            } else {
                if (cx - r >= 0 && cx - r < m_nx)
                    visitCell(cx - r, y);
                if (r > 0 && cx + r >= 0 && cx + r < m_nx)
                    visitCell(cx + r, y);
            }
        }
    }
    return best;
}

} // namespace centinela::core
