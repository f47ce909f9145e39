// Map layers through GDAL, rendered off the UI thread: reference images for styling and labels
// (DejaVu Sans, installed by packaging/setup.sh), every source kind, and clear errors for bad files.
#include "SharedData.h"
#include "render/FrameComposer.h"
#include "render/HeatMapLayer.h"
#include "render/MapLayer.h"
#include "render/MapLoader.h"
#include "render/RenderCache.h"
#include "render/RenderJob.h"
#include "render/VectorLayer.h"

#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <gdal_priv.h>

using namespace centinela;

namespace {

const QString kData = QStringLiteral(CENTINELA_TEST_DATA);

QImage render(const QList<maps::MapLayer*>& layers, const maps::MapTransform& view)
{
    QThreadPool pool;
    maps::RenderCache cache;
    QList<const maps::MapLayer*> constLayers;
    QStringList ids;
    for (const maps::MapLayer* l : layers) {
        constLayers << l;
        ids << l->id();
    }
    maps::RenderJob job(view, 1.0, constLayers, &pool);
    QObject::connect(
        &job, &maps::RenderJob::layerRendered,
        [&cache](const QString& id, const QImage& image, const maps::MapTransform& v) { cache.insert(id, image, v); });
    QEventLoop loop;
    QObject::connect(&job, &maps::RenderJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&frame);
    maps::FrameComposer::compose(painter, view, cache, ids);
    return frame;
}

/// Share of pixels that differ by more than `threshold` in any channel.
double difference(const QImage& a, const QImage& b, int threshold = 40)
{
    if (a.size() != b.size())
        return 1;
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (qAbs(qRed(p[col]) - qRed(q[col])) > threshold || qAbs(qGreen(p[col]) - qGreen(q[col])) > threshold ||
                qAbs(qBlue(p[col]) - qBlue(q[col])) > threshold)
                ++differing;
    }
    return double(differing) / double(x.width() * x.height());
}

void compareWithReference(const QImage& image, const QString& name)
{
    const QString reference = kData + QStringLiteral("/reference/") + name + QStringLiteral(".png");
    const QString actual = QStringLiteral(CENTINELA_BIN_DIR "/../screenshots/render-") + name + QStringLiteral(".png");
    image.save(actual);
    if (qEnvironmentVariableIsSet("CENTINELA_UPDATE_REFERENCES")) {
        QVERIFY(image.save(reference));
        QSKIP("reference image written; look at it and commit it");
    }
    const QImage expected(reference);
    QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("missing reference %1 (CENTINELA_UPDATE_REFERENCES=1 writes "
                                                           "it)")
                                                .arg(reference)));
    const double share = difference(image, expected);
    // Anti-aliasing and font hinting differ slightly between machines: 1 % of pixels may.
    QVERIFY2(
        share <= 0.01,
        qPrintable(
            QStringLiteral("%1 differs from %2 in %3 % of pixels").arg(actual, reference).arg(share * 100, 0, 'f', 2)));
}

QList<maps::MapLayer*> loadAll(const QStringList& files, QObject* owner, QRectF* extent)
{
    QList<maps::MapLayer*> layers;
    for (const QString& f : files) {
        const maps::LoadedMap map = maps::MapLoader::load(kData + QLatin1Char('/') + f);
        if (!map.ok())
            qFatal("%s", qPrintable(map.error));
        layers << maps::MapLoader::createLayers(map, QStringLiteral("EPSG:3857"), owner);
        *extent = extent->isNull() ? map.extent : extent->united(map.extent);
    }
    return layers;
}

} // namespace

class MapRenderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QDir().mkpath(QStringLiteral(CENTINELA_BIN_DIR "/../screenshots")); }

    void readsEachVectorKind()
    {
        QObject owner;
        const maps::LoadedMap roads = maps::MapLoader::load(kData + QStringLiteral("/calles.geojson"));
        QVERIFY2(roads.ok(), qPrintable(roads.error));
        QCOMPARE(roads.layers.size(), 1);
        QCOMPARE(roads.layers[0].data->geometry, maps::VectorData::Geometry::Lines);
        QCOMPARE(qint64(roads.layers[0].data->features.size()), 13);
        // A `highway` field means roads: styled by class (footway → path), not as a plain line.
        QVERIFY(roads.layers[0].style.indexOf(QStringLiteral("primary")) >= 0);
        QCOMPARE(roads.segments(), 13);
        const maps::LoadedMap sectors = maps::MapLoader::load(kData + QStringLiteral("/sectores.geojson"));
        QVERIFY(sectors.ok());
        QCOMPARE(sectors.layers[0].data->geometry, maps::VectorData::Geometry::Polygons);
        QCOMPARE(sectors.layers[0].data->names.size(), 3); // "" + two sector names
        const maps::LoadedMap cameras = maps::MapLoader::load(kData + QStringLiteral("/camaras.geojson"));
        QVERIFY(cameras.ok());
        QCOMPARE(cameras.layers[0].data->geometry, maps::VectorData::Geometry::Points);
        QVERIFY(cameras.layers[0].data->names.contains(QStringLiteral("Cámara 2")));
        // In Web Mercator metres: Guatemala City is about 10 million metres west of Greenwich.
        QVERIFY(roads.extent.center().x() < -10'000'000 && roads.extent.center().x() > -10'100'000);
    }

    void badFilesGetClearErrors()
    {
        const maps::LoadedMap broken = maps::MapLoader::load(kData + QStringLiteral("/broken.geojson"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error.contains(QStringLiteral("GDAL cannot open")), qPrintable(broken.error));
        const maps::LoadedMap missing = maps::MapLoader::load(kData + QStringLiteral("/nowhere.gpkg"));
        QVERIFY(missing.error.contains(QStringLiteral("no such readable file")));
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("city.osm.pbf"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const maps::LoadedMap garbage = maps::MapLoader::load(fake);
        QVERIFY(!garbage.ok());
        QVERIFY2(garbage.error.contains(QStringLiteral("cannot be read as OpenStreetMap data")),
                 qPrintable(garbage.error));
        QVERIFY(
            !maps::MapLoader::load(kData + QStringLiteral("/calles.geojson"), QStringLiteral("EPSG:nonsense")).ok());
    }

    void districtMatchesReference()
    {
        QObject owner;
        QRectF extent;
        const QList<maps::MapLayer*> layers = loadAll(
            {QStringLiteral("sectores.geojson"), QStringLiteral("calles.geojson"), QStringLiteral("camaras.geojson")},
            &owner, &extent);
        const QImage image = render(layers, maps::MapTransform::fitting(extent, QSize(480, 360)));
        // Styling reached the pixels: the primary avenue's fill colour is there.
        bool primary = false;
        for (int x = 0; x < image.width() && !primary; ++x)
            for (int y = 0; y < image.height() && !primary; y += 3)
                primary = image.pixelColor(x, y) == QColor(0xfc, 0xd6, 0xa4);
        QVERIFY(primary);
        compareWithReference(image, QStringLiteral("district"));
    }

    void zoomedOutHidesMinorRoadsAndNames()
    {
        QObject owner;
        QRectF extent;
        const QList<maps::MapLayer*> layers = loadAll({QStringLiteral("calles.geojson")}, &owner, &extent);
        const maps::MapTransform close = maps::MapTransform::fitting(extent, QSize(480, 360));
        // At 40 m per pixel (a whole city on screen) residential streets and names are not drawn.
        const maps::MapTransform far(close.centre(), 40, QSize(480, 360));
        const QImage image = render(layers, far);
        int drawn = 0;
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                drawn += image.pixelColor(x, y) != maps::FrameComposer::kBackground;
        QVERIFY2(drawn > 0 && drawn < 200, qPrintable(QString::number(drawn))); // the primary and secondary only
        compareWithReference(
            render(layers, maps::MapTransform(close.centre(), close.resolution() / 2, QSize(480, 360))),
            QStringLiteral("streets-close"));
    }

    void rasterIsWarpedToTheDisplayProjection()
    {
        // A lon/lat GeoTIFF, red west half, green east half, with a nodata border.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("aerial.tif"));
        GDALAllRegister();
        GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
        QVERIFY(gtiff);
        {
            GDALDatasetUniquePtr ds(gtiff->Create(path.toUtf8().constData(), 100, 100, 3, GDT_Byte, nullptr));
            QVERIFY(ds);
            double gt[6] = {-90.52, 0.0001, 0, 14.63, 0, -0.0001};
            ds->SetGeoTransform(gt);
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            ds->SetSpatialRef(&srs);
            std::vector<GByte> band(100 * 100);
            for (int b = 1; b <= 3; ++b) {
                for (int y = 0; y < 100; ++y)
                    for (int x = 0; x < 100; ++x)
                        band[std::size_t(y * 100 + x)] = GByte((b == 1 && x < 50) || (b == 2 && x >= 50) ? 255 : 0);
                QCOMPARE(ds->GetRasterBand(b)->RasterIO(GF_Write, 0, 0, 100, 100, band.data(), 100, 100, GDT_Byte, 0, 0,
                                                        nullptr),
                         CE_None);
            }
        }
        const maps::LoadedMap map = maps::MapLoader::load(path);
        QVERIFY2(map.ok(), qPrintable(map.error));
        QCOMPARE(map.layers.size(), 1);
        QVERIFY(!map.layers[0].rasterPath.isEmpty());
        QObject owner;
        const QList<maps::MapLayer*> layers = maps::MapLoader::createLayers(map, QStringLiteral("EPSG:3857"), &owner);
        // The view shows the raster with a margin: outside it is transparent (background shows).
        const maps::MapTransform view = maps::MapTransform::fitting(map.extent, QSize(300, 300), 0.1);
        const QImage image = render(layers, view);
        QCOMPARE(image.pixelColor(90, 150), QColor(255, 0, 0));
        QCOMPARE(image.pixelColor(210, 150), QColor(0, 255, 0));
        QCOMPARE(image.pixelColor(5, 5), maps::FrameComposer::kBackground);
    }

    void heatMapShowsWhereIncidentsCluster()
    {
        maps::HeatMapLayer heat(QStringLiteral("heat"), QStringLiteral("Hot spots"));
        std::vector<maps::HeatMapLayer::Point> points;
        for (int i = 0; i < 50; ++i) // a cluster around (100, 100) map units…
            points.push_back({QPointF(100 + (i % 7) * 5, 100 + (i / 7) * 5), 1});
        points.push_back({QPointF(900, 900), 1}); // …and one incident far away
        heat.setPoints(std::move(points), 60);
        QCOMPARE(heat.featureCount(), 51);
        const maps::MapTransform view(QPointF(500, 500), 2, QSize(500, 500)); // 1000 × 1000 map units
        const QImage image = render({&heat}, view);
        const QColor hot = image.pixelColor(view.toScreen(QPointF(115, 115)).toPoint());
        const QColor lone = image.pixelColor(view.toScreen(QPointF(900, 900)).toPoint());
        const QColor empty = image.pixelColor(view.toScreen(QPointF(500, 500)).toPoint());
        QCOMPARE(empty, maps::FrameComposer::kBackground);
        QVERIFY2(hot.red() > 200 && hot.green() < 120, qPrintable(hot.name())); // red at the peak
        // A single incident is a faint warm spot, far below the cluster.
        QVERIFY2(lone == maps::FrameComposer::kBackground || lone.green() > hot.green() + 60, qPrintable(lone.name()));
    }

    void openStreetMapExtract()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const maps::LoadedMap monaco =
            maps::MapLoader::load(test::sharedDataDir() + QStringLiteral("/osm/monaco.osm.pbf"));
        QVERIFY2(monaco.ok(), qPrintable(monaco.error));
        QStringList ids;
        for (const auto& l : monaco.layers) {
            ids << l.id;
            QCOMPARE(l.attribution, QStringLiteral("© OpenStreetMap contributors"));
        }
        QVERIFY2(ids.contains(QStringLiteral("monaco.osm.pbf:roads")), qPrintable(ids.join(QLatin1Char(','))));
        QVERIFY(monaco.segments() > 10'000);
        // Baltimore's extract is not sorted: it is read with a warning or refused with the fix, never crashes.
        const maps::LoadedMap baltimore =
            maps::MapLoader::load(test::sharedDataDir() + QStringLiteral("/osm/baltimore.osm.pbf"));
        if (baltimore.ok())
            QVERIFY(baltimore.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("not sorted")));
        else
            QVERIFY2(baltimore.error.contains(QStringLiteral("osmium sort")), qPrintable(baltimore.error));
    }
};

QTEST_MAIN(MapRenderTest)
#include "MapRenderTest.moc"
