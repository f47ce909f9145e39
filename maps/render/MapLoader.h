#pragma once

#include "VectorData.h"
#include "VectorStyle.h"

#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

namespace centinela::maps {

class MapLayer;

/// What reading one map source produced: layers' data in the display projection, ready to become
/// MapLayer objects on the GUI thread. Reading happens on any thread (it is the slow part).
struct LoadedMap
{
    struct Layer
    {
        QString id;
        QString name;
        QString attribution;
        std::shared_ptr<const VectorData> data; ///< vector layers
        VectorStyle style;
        QString rasterPath; ///< raster layers: opened again by each render worker
        QRectF extent;
    };
    QString source;
    QList<Layer> layers;
    QStringList warnings;
    QString error; ///< set when nothing could be read
    QRectF extent;
    bool ok() const { return error.isEmpty(); }
    qint64 segments() const;
};

/// Reads a map source through GDAL: OpenStreetMap PBF/XML (roads by class with names, water, land
/// use, buildings, railways), any OGR vector source (GeoPackage, Shapefile, GeoJSON: a layer with a
/// `highway` field is styled as roads; others as sectors, lines or points with their names), and
/// GDAL rasters (GeoTIFF, MBTiles, GeoPackage tiles), warped to the display projection.
class MapLoader
{
public:
    /// `projection` is the display SRS definition (EPSG:3857 by default).
    static LoadedMap load(const QString& path, const QString& projection = QStringLiteral("EPSG:3857"));
    /// Makes the layer objects (GUI thread), children of `parent`.
    static QList<MapLayer*> createLayers(const LoadedMap& map, const QString& projection, QObject* parent);
};

} // namespace centinela::maps
