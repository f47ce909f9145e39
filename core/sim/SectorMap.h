#pragma once

#include "routing/RoadGraph.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace centinela::core {

/// Patrol sectors (beats) of a simulation: the station's own sectors when its database has some, or
/// a grid laid over the map's extent. Each sector has one home unit; units patrol their home sector.
class SectorMap
{
public:
    struct Sector
    {
        qint64 id = 0; ///< sectors.id, or 0 for a grid cell
        QString name;
        /// Rings of lon/lat (outer rings and holes, even-odd rule) of one or more polygons.
        std::vector<std::vector<std::pair<double, double>>> rings;
        double minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
        std::vector<std::uint32_t> nodes; ///< main-network graph nodes inside: where its unit patrols
    };

    /// A grid of at most `units` cells (rows × columns as square as the extent allows) over the
    /// graph's extent.
    static SectorMap grid(const RoadGraph& graph, int units);
    /// Sectors from GeoJSON Polygon or MultiPolygon boundaries; unreadable ones are skipped.
    static SectorMap fromGeoJson(const RoadGraph& graph, const std::vector<std::pair<qint64, QJsonObject>>& boundaries,
                                 const QStringList& names);

    int size() const { return int(m_sectors.size()); }
    const Sector& sector(int i) const { return m_sectors[std::size_t(i)]; }
    /// The sector containing the point, or -1.
    int sectorAt(double lon, double lat) const;
    /// Whether this map is a laid grid (the database had no sectors).
    bool isGrid() const { return m_grid; }

private:
    void assignNodes(const RoadGraph& graph);
    static bool contains(const Sector& s, double lon, double lat);

    std::vector<Sector> m_sectors;
    bool m_grid = false;
};

} // namespace centinela::core
