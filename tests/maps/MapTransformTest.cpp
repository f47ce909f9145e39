// The view transform and the display projection: round trips, zoom around a point, the transform
// that moves a cached image from one view to another.
#include "render/MapTransform.h"
#include "render/Projection.h"

#include <QTest>

using namespace centinela;
using maps::MapTransform;

class MapTransformTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenAndMapRoundTrip()
    {
        const MapTransform view(QPointF(-6'500'000.5, -4'100'000.25), 2.5, QSize(1920, 1080));
        for (const QPointF screen : {QPointF(0, 0), QPointF(1919, 1079), QPointF(960, 540), QPointF(13.25, 700.5)}) {
            const QPointF back = view.toScreen(view.toMap(screen));
            QVERIFY2(QLineF(back, screen).length() < 1e-6,
                     qPrintable(QStringLiteral("%1,%2").arg(back.x()).arg(back.y())));
        }
        QCOMPARE(view.toScreen(view.centre()), QPointF(960, 540));
        // North is up: a point north of the centre is above it on screen.
        QVERIFY(view.toScreen(view.centre() + QPointF(0, 100)).y() < 540);
        // The QTransform form agrees with the scalar one.
        const QPointF p(-6'500'321.0, -4'099'876.0);
        QVERIFY(QLineF(view.mapToScreen().map(p), view.toScreen(p)).length() < 1e-6);
    }

    void zoomKeepsThePointUnderTheCursor()
    {
        const MapTransform view(QPointF(1000, 2000), 4, QSize(800, 600));
        const QPointF cursor(123, 456);
        const QPointF anchor = view.toMap(cursor);
        const MapTransform in = view.zoomedAround(cursor, 1.25);
        QVERIFY(QLineF(in.toMap(cursor), anchor).length() < 1e-9);
        QCOMPARE(in.resolution(), 4 / 1.25);
        const MapTransform out = in.zoomedAround(cursor, 1 / 1.25);
        QVERIFY(QLineF(out.toMap(cursor), anchor).length() < 1e-9);
        QVERIFY(qAbs(out.resolution() - 4) < 1e-12);
    }

    void panFollowsThePointer()
    {
        const MapTransform view(QPointF(0, 0), 10, QSize(400, 400));
        const QPointF grabbed = view.toMap(QPointF(100, 100));
        const MapTransform moved = view.panned(QPointF(30, -20));
        QVERIFY(QLineF(moved.toScreen(grabbed), QPointF(130, 80)).length() < 1e-9);
    }

    void fittingShowsTheWholeExtent()
    {
        const QRectF extent(QPointF(-100, -50), QPointF(300, 950));
        const MapTransform view = MapTransform::fitting(extent, QSize(1000, 500));
        QVERIFY(view.extent().contains(extent));
        QCOMPARE(view.centre(), extent.center());
    }

    void cachedImageTransformBetweenViews()
    {
        // A pixel of an image rendered for `before` lands where its map point is in `after`.
        const MapTransform before(QPointF(500, 500), 2, QSize(640, 480));
        const MapTransform after = before.zoomedAround(QPointF(200, 300), 1.7).panned(QPointF(-35, 12));
        const QTransform t = after.fromScreenOf(before);
        for (const QPointF px : {QPointF(0, 0), QPointF(320, 240), QPointF(639, 10)}) {
            const QPointF map = before.toMap(px);
            QVERIFY(QLineF(t.map(px), after.toScreen(map)).length() < 1e-6);
        }
    }

    void clampsResolution()
    {
        const MapTransform view(QPointF(0, 0), 1e9, QSize(10, 10));
        QCOMPARE(view.clamped(0.1, 1000).resolution(), 1000.0);
    }

    void webMercatorThroughOsr()
    {
        const maps::Projection mercator = maps::Projection::webMercator();
        QVERIFY(mercator.isValid());
        const auto origin = mercator.toMap({0, 0});
        QVERIFY(origin && QLineF(*origin, QPointF(0, 0)).length() < 1e-6);
        // EPSG:3857's x at 180° is pi · 6378137.
        const auto east = mercator.toMap({180, 0});
        QVERIFY(east && qAbs(east->x() - 20037508.342789244) < 1e-3);
        for (const core::GeoPoint p :
             {core::GeoPoint{-76.61, 39.29}, core::GeoPoint{7.42, 43.74}, core::GeoPoint{-90.51, 14.62}}) {
            const auto map = mercator.toMap(p);
            QVERIFY(map);
            const auto back = mercator.toLonLat(*map);
            QVERIFY(back);
            QVERIFY(qAbs(back->lon - p.lon) < 1e-9 && qAbs(back->lat - p.lat) < 1e-9);
        }
        // Any OSR definition works; nonsense is reported, not guessed.
        QVERIFY(maps::Projection(QStringLiteral("EPSG:32616")).isValid());
        QVERIFY(!maps::Projection(QStringLiteral("not a projection")).isValid());
    }
};

QTEST_GUILESS_MAIN(MapTransformTest)
#include "MapTransformTest.moc"
