#include "RasterLayer.h"

#include "Projection.h"
#include "roads/GdalSupport.h"

#include <QImage>
#include <QPainter>

#include <gdal_priv.h>
#include <gdalwarper.h>

#include <cmath>

namespace centinela::maps {

namespace {

struct VrtDeleter
{
    void operator()(GDALDatasetH h) const { GDALClose(h); }
};
using DatasetHandle = std::unique_ptr<void, VrtDeleter>;

/// The dataset as seen in the display projection: itself when it already is in it, else a warped VRT.
DatasetHandle warped(GDALDataset& ds, const QByteArray& wkt, QString* error)
{
    const OGRSpatialReference* srs = ds.GetSpatialRef();
    if (!srs) {
        *error = QStringLiteral("no coordinate system");
        return nullptr;
    }
    GDALDatasetH vrt =
        GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(&ds), nullptr, wkt.constData(), GRA_Bilinear, 0.125, nullptr);
    if (!vrt)
        *error = QStringLiteral("GDAL cannot warp it to the display projection");
    return DatasetHandle(vrt);
}

class RasterRenderer : public LayerRenderer
{
public:
    RasterRenderer(QString path, QString projection, const MapTransform& view, double dpr)
        : m_path(std::move(path))
        , m_projection(std::move(projection))
        , m_view(view)
        , m_dpr(dpr)
    {
    }

    void render(QPainter& painter, const std::atomic_bool& cancelled) override
    {
        ensureGdalRegistered();
        GdalErrorCollector quiet;
        GDALDatasetUniquePtr ds(GDALDataset::Open(m_path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                                  nullptr, nullptr, nullptr));
        if (!ds || cancelled)
            return;
        const Projection projection(m_projection);
        QString error;
        DatasetHandle vrt = warped(*ds, projection.wkt(), &error);
        if (!vrt || cancelled)
            return;
        auto* source = GDALDataset::FromHandle(vrt.get());
        double gt[6];
        if (source->GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0)
            return;
        // The view's extent in the raster's pixels, clipped to the raster.
        const QRectF view = m_view.extent();
        const double px0 = (view.left() - gt[0]) / gt[1], px1 = (view.right() - gt[0]) / gt[1];
        const double py0 = (view.bottom() - gt[3]) / gt[5], py1 = (view.top() - gt[3]) / gt[5];
        const double x0 = std::max(0.0, std::min(px0, px1)),
                     x1 = std::min<double>(source->GetRasterXSize(), std::max(px0, px1));
        const double y0 = std::max(0.0, std::min(py0, py1)),
                     y1 = std::min<double>(source->GetRasterYSize(), std::max(py0, py1));
        if (x1 - x0 < 0.5 || y1 - y0 < 0.5)
            return;
        // Where that window lands on screen, in device pixels.
        const QPointF tl = m_view.toScreen(QPointF(gt[0] + x0 * gt[1], gt[3] + y0 * gt[5]));
        const QPointF br = m_view.toScreen(QPointF(gt[0] + x1 * gt[1], gt[3] + y1 * gt[5]));
        const QRectF target = QRectF(tl, br).normalized();
        const int outW = std::max(1, int(std::ceil(target.width() * m_dpr)));
        const int outH = std::max(1, int(std::ceil(target.height() * m_dpr)));
        QImage image(outW, outH, QImage::Format_RGBA8888);
        image.fill(Qt::transparent);
        const int bands = source->GetRasterCount();
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = GRIORA_Bilinear;
        extra.bFloatingPointWindowValidity = TRUE;
        extra.dfXOff = x0;
        extra.dfYOff = y0;
        extra.dfXSize = x1 - x0;
        extra.dfYSize = y1 - y0;
        const int ix0 = int(std::floor(x0)), iy0 = int(std::floor(y0));
        const int iw = std::max(1, int(std::ceil(x1)) - ix0), ih = std::max(1, int(std::ceil(y1)) - iy0);
        GByte* bits = image.bits();
        const GSpacing pixel = 4, line = image.bytesPerLine();
        auto read = [&](GDALRasterBand* band, int channel) {
            return band->RasterIO(GF_Read, ix0, iy0, iw, ih, bits + channel, outW, outH, GDT_Byte, pixel, line,
                                  &extra) == CE_None;
        };
        GDALRasterBand* first = source->GetRasterBand(1);
        const GDALColorTable* palette = first->GetColorTable();
        bool ok = true;
        if (bands >= 3) {
            for (int b = 1; b <= 3 && ok && !cancelled; ++b)
                ok = read(source->GetRasterBand(b), b - 1);
        } else {
            ok = read(first, 0);
            for (int y = 0; ok && y < outH; ++y) {
                GByte* row = bits + qsizetype(y) * line;
                for (int x = 0; x < outW; ++x) {
                    GByte* p = row + 4 * x;
                    if (palette && p[0] < palette->GetColorEntryCount()) {
                        const GDALColorEntry* e = palette->GetColorEntry(p[0]);
                        p[0] = GByte(e->c1), p[1] = GByte(e->c2), p[2] = GByte(e->c3);
                    } else {
                        p[1] = p[2] = p[0];
                    }
                }
            }
        }
        // Alpha: the alpha band, else the mask (nodata, and outside the warped raster).
        GDALRasterBand* alpha = bands >= 4 ? source->GetRasterBand(4) : first->GetMaskBand();
        if (ok && !cancelled)
            ok = read(alpha, 3);
        if (!ok || cancelled)
            return;
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(target, image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        painter.restore();
    }

private:
    QString m_path;
    QString m_projection;
    MapTransform m_view;
    double m_dpr;
};

} // namespace

RasterLayer::RasterLayer(QString id, QString name, QString path, QRectF extent, QString projection, QString attribution,
                         QObject* parent)
    : MapLayer(std::move(id), std::move(name), parent)
    , m_path(std::move(path))
    , m_extent(extent)
    , m_projection(std::move(projection))
    , m_attribution(std::move(attribution))
{
}

std::unique_ptr<LayerRenderer> RasterLayer::createRenderer(const MapTransform& view, double devicePixelRatio) const
{
    return std::make_unique<RasterRenderer>(m_path, m_projection, view, devicePixelRatio);
}

bool RasterLayer::displayExtent(GDALDataset& ds, const Projection& projection, QRectF* extent, QString* error)
{
    DatasetHandle vrt = warped(ds, projection.wkt(), error);
    if (!vrt)
        return false;
    auto* source = GDALDataset::FromHandle(vrt.get());
    double gt[6];
    if (source->GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0) {
        *error = QStringLiteral("no usable georeferencing");
        return false;
    }
    const double w = source->GetRasterXSize() * gt[1], h = source->GetRasterYSize() * gt[5];
    *extent = QRectF(QPointF(gt[0], gt[3] + h), QPointF(gt[0] + w, gt[3])).normalized();
    return true;
}

} // namespace centinela::maps
