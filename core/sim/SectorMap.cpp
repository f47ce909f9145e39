#include "SectorMap.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace centinela::core {

namespace {

void bounds(SectorMap::Sector& s)
{
    bool first = true;
    for (const auto& ring : s.rings)
        for (const auto& [lon, lat] : ring) {
            if (first) {
                s.minLon = s.maxLon = lon;
                s.minLat = s.maxLat = lat;
                first = false;
            }
            s.minLon = std::min(s.minLon, lon);
            s.maxLon = std::max(s.maxLon, lon);
            s.minLat = std::min(s.minLat, lat);
            s.maxLat = std::max(s.maxLat, lat);
        }
}

std::vector<std::pair<double, double>> ring(const QJsonArray& coordinates)
{
    std::vector<std::pair<double, double>> out;
    for (const QJsonValue& v : coordinates) {
        const QJsonArray p = v.toArray();
        if (p.size() >= 2)
            out.emplace_back(p.at(0).toDouble(), p.at(1).toDouble());
    }
    return out;
}

} // namespace

SectorMap SectorMap::grid(const RoadGraph& graph, int units)
{
    SectorMap map;
    map.m_grid = true;
    if (graph.nodeCount() == 0)
        return map;
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (std::uint32_t n = 0; n < graph.nodeCount(); ++n) {
        const FixedPoint p = graph.node(n);
        minLon = std::min(minLon, p.lonDeg());
        maxLon = std::max(maxLon, p.lonDeg());
        minLat = std::min(minLat, p.latDeg());
        maxLat = std::max(maxLat, p.latDeg());
    }
    // Cells about square on the ground: aspect in metres, not degrees.
    const double width = (maxLon - minLon) * std::cos((minLat + maxLat) / 2 * M_PI / 180);
    const double height = std::max(1e-9, maxLat - minLat);
    const int n = std::max(1, units);
    const int cols = std::clamp(int(std::lround(std::sqrt(n * width / height))), 1, n);
    const int rows = std::max(1, n / cols);
    // The last row and column reach a little past the extent so that every node falls in a cell.
    const double dLon = (maxLon - minLon) / cols * (1 + 1e-9) + 1e-12;
    const double dLat = (maxLat - minLat) / rows * (1 + 1e-9) + 1e-12;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            Sector s;
            s.name = QStringLiteral("S%1-%2").arg(r + 1).arg(c + 1);
            const double x0 = minLon + c * dLon, y0 = minLat + r * dLat;
            s.rings.push_back({{x0, y0}, {x0 + dLon, y0}, {x0 + dLon, y0 + dLat}, {x0, y0 + dLat}, {x0, y0}});
            bounds(s);
            map.m_sectors.push_back(std::move(s));
        }
    map.assignNodes(graph);
    return map;
}

SectorMap SectorMap::fromGeoJson(const RoadGraph& graph, const std::vector<std::pair<qint64, QJsonObject>>& boundaries,
                                 const QStringList& names)
{
    SectorMap map;
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        const QJsonObject& g = boundaries[i].second;
        Sector s;
        s.id = boundaries[i].first;
        s.name = names.value(qsizetype(i));
        const QString type = g.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = g.value(QLatin1String("coordinates")).toArray();
        if (type == QLatin1String("Polygon")) {
            for (const QJsonValue& r : coordinates)
                s.rings.push_back(ring(r.toArray()));
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue& polygon : coordinates)
                for (const QJsonValue& r : polygon.toArray())
                    s.rings.push_back(ring(r.toArray()));
        }
        if (s.rings.empty())
            continue;
        bounds(s);
        map.m_sectors.push_back(std::move(s));
    }
    map.assignNodes(graph);
    return map;
}

bool SectorMap::contains(const Sector& s, double lon, double lat)
{
    if (lon < s.minLon || lon > s.maxLon || lat < s.minLat || lat > s.maxLat)
        return false;
    bool inside = false;
    for (const auto& r : s.rings)
        for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            const auto [xi, yi] = r[i];
            const auto [xj, yj] = r[j];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
                inside = !inside;
        }
    return inside;
}

int SectorMap::sectorAt(double lon, double lat) const
{
    for (std::size_t i = 0; i < m_sectors.size(); ++i)
        if (contains(m_sectors[i], lon, lat))
            return int(i);
    return -1;
}

void SectorMap::assignNodes(const RoadGraph& graph)
{
    std::vector<std::uint8_t> main(graph.nodeCount(), 0);
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e)
        if (graph.edgeOnMainNetwork(e))
            main[graph.edgeSource(e)] = main[graph.edgeTarget(e)] = 1;
    for (std::uint32_t n = 0; n < graph.nodeCount(); ++n) {
        if (!main[n])
            continue;
        const FixedPoint p = graph.node(n);
        const int s = sectorAt(p.lonDeg(), p.latDeg());
        if (s >= 0)
            m_sectors[std::size_t(s)].nodes.push_back(n);
    }
}

} // namespace centinela::core
