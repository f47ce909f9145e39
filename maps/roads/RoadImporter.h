#pragma once

#include "routing/RoadGraph.h"
#include "routing/RoadProfile.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace centinela::maps {

/// The outcome of reading roads from a source.
struct RoadImport
{
    std::shared_ptr<const core::RoadGraph> graph; ///< null on failure
    QString error;                                ///< why it failed, in words for an operator
    QStringList warnings;                         ///< what was read but deserves a look
    QString driver;                               ///< GDAL driver that read the source
    qint64 features = 0;                          ///< line features read
    qint64 roads = 0;                             ///< features the profile kept
};

/// Reads roads from any vector source GDAL opens and builds the routable graph for a profile.
/// - OpenStreetMap PBF or XML: GDAL's OSM driver with Centinela's osmconf.ini (maps/roads), which
///   exposes highway, oneway, maxspeed, junction and access and keeps all tags in source order. The
///   file's order is checked first (OsmOrderCheck): nodes after ways would silently lose geometry, so
///   the import refuses with a message saying how to sort; ways after relations only cost relations,
///   which routing does not use, so the import goes on with a warning.
/// - GeoPackage, Shapefile, GeoJSON, …: every line layer, with the attributes named in the profile's
///   field mapping (class, oneway, maxspeed, access, junction) read as the OSM tags of the same role,
///   reprojected to WGS84 when the layer has another CRS.
class RoadImporter
{
public:
    /// Bumped whenever an import of the same source could come out different: part of the cache key.
    static constexpr int kVersion = 1;

    static RoadImport import(const QString& path, const core::RoadProfile& profile);
    /// Centinela's osmconf.ini, as compiled in.
    static QByteArray osmConfig();
};

} // namespace centinela::maps
