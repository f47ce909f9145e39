#pragma once

#include "MapLayer.h"

class GDALDataset;

namespace centinela::maps {

class Projection;

/// A GDAL raster (GeoTIFF, MBTiles, GeoPackage tiles) warped on the fly to the display projection.
/// Each render worker opens the file itself (GDAL datasets are not shared across threads) and reads
/// only the view's window at the view's resolution, so GDAL uses the file's overviews.
class RasterLayer : public MapLayer
{
    Q_OBJECT
public:
    RasterLayer(QString id, QString name, QString path, QRectF extent, QString projection, QString attribution = {},
                QObject* parent = nullptr);

    QRectF extent() const override { return m_extent; }
    QString attribution() const override { return m_attribution; }
    qint64 featureCount() const override { return 1; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapTransform& view, double devicePixelRatio) const override;

    /// The raster's extent in `projection`; false with `error` when it has no usable georeferencing.
    static bool displayExtent(GDALDataset& ds, const Projection& projection, QRectF* extent, QString* error);

private:
    QString m_path;
    QRectF m_extent;
    QString m_projection;
    QString m_attribution;
};

} // namespace centinela::maps
