// The canvas under the offscreen platform: the UI thread keeps painting while a slow layer renders
// (the cached image and the live overlay are drawn meanwhile), wheel zoom keeps the point under the
// cursor, drag pans, keys zoom and pan, a click picks a unit.
#include "canvas/MapCanvas.h"
#include "render/MapLayer.h"

#include <QApplication>
#include <QPainter>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace centinela;
using maps::LiveOverlay;

namespace {

/// A layer whose renderer waits until the test lets it go: GDAL on a slow disk, a huge raster.
class GateLayer : public maps::MapLayer
{
public:
    GateLayer(QString id, QColor colour, std::shared_ptr<QSemaphore> gate)
        : MapLayer(id, id)
        , m_colour(colour)
        , m_gate(std::move(gate))
    {
    }
    QRectF extent() const override { return QRectF(0, 0, 1000, 1000); }
    qint64 featureCount() const override { return 1; }
    std::unique_ptr<maps::LayerRenderer> createRenderer(const maps::MapTransform& view, double) const override
    {
        struct Renderer : maps::LayerRenderer
        {
            QColor colour;
            std::shared_ptr<QSemaphore> gate;
            maps::MapTransform view;
            void render(QPainter& painter, const std::atomic_bool&) override
            {
                if (gate && !gate->tryAcquire(1, 60'000))
                    return;
                painter.fillRect(QRectF(view.toScreen(QPointF(0, 1000)), view.toScreen(QPointF(1000, 0))), colour);
            }
        };
        auto r = std::make_unique<Renderer>();
        r->colour = m_colour;
        r->gate = m_gate;
        r->view = view;
        return r;
    }

private:
    QColor m_colour;
    std::shared_ptr<QSemaphore> m_gate;
};

} // namespace

class MapCanvasTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uiThreadIsNotBlockedBySlowLayer()
    {
        auto gate = std::make_shared<QSemaphore>(0);
        GateLayer slow(QStringLiteral("slow"), QColor(0, 0, 200), gate);
        maps::MapCanvas canvas;
        canvas.resize(400, 300);
        canvas.setTimeSource([] { return qint64(1'000'000); });
        canvas.overlay().setUnit(1, QStringLiteral("P-1"), LiveOverlay::Kind::Car, LiveOverlay::Status::Available);
        canvas.overlay().moveUnit(1, QPointF(500, 500), 0, 1'000'000, 1'000'000);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setLayers({&slow});
        QTRY_VERIFY(canvas.isRendering());
        // The render is stuck in its worker; the UI thread still paints the overlay.
        const QImage before = canvas.grab().toImage();
        QVERIFY(canvas.isRendering());
        const QPoint unit = canvas.view().toScreen(QPointF(500, 500)).toPoint();
        QCOMPARE(before.pixelColor(unit + QPoint(-3, 3)), LiveOverlay::statusColour(LiveOverlay::Status::Available));
        QVERIFY(before.pixelColor(20, 150) != QColor(0, 0, 200)); // no base image yet
        // Interaction goes on too: the view changes while the old render is still running.
        const maps::MapTransform old = canvas.view();
        QTest::keyClick(&canvas, Qt::Key_Plus);
        QVERIFY(canvas.view().resolution() < old.resolution());
        gate->release(10);
        QTRY_VERIFY(!canvas.isRendering());
        QTRY_COMPARE(canvas.grab().toImage().pixelColor(60, 150), QColor(0, 0, 200));
    }

    void wheelZoomsAroundTheCursorAndDragPans()
    {
        GateLayer layer(QStringLiteral("plain"), QColor(200, 200, 200), nullptr);
        maps::MapCanvas canvas;
        canvas.resize(400, 300);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setLayers({&layer});
        const QPointF cursor(300, 80);
        const QPointF anchor = canvas.view().toMap(cursor);
        const double resolution = canvas.view().resolution();
        QWheelEvent wheel(cursor, canvas.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&canvas, &wheel);
        QVERIFY(canvas.view().resolution() < resolution);
        QVERIFY(QLineF(canvas.view().toMap(cursor), anchor).length() < 1e-6);

        const QPointF grabbed = canvas.view().toMap(QPointF(100, 100));
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(100, 100));
        QMouseEvent move(QEvent::MouseMove, QPointF(160, 130), canvas.mapToGlobal(QPointF(160, 130)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &move);
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(160, 130));
        QVERIFY(QLineF(canvas.view().toScreen(grabbed), QPointF(160, 130)).length() < 1e-6);

        const QPointF centre = canvas.view().centre();
        QTest::keyClick(&canvas, Qt::Key_Right);
        QVERIFY(canvas.view().centre().x() > centre.x());
        // Home goes back to the home view once one is set.
        const maps::MapTransform home = canvas.view();
        canvas.setHomeView(home);
        QTest::keyClick(&canvas, Qt::Key_Minus);
        QTest::keyClick(&canvas, Qt::Key_Home);
        QCOMPARE(canvas.view().centre(), home.centre());
        QCOMPARE(canvas.view().resolution(), home.resolution());
    }

    void clickPicksAUnitAndFollows()
    {
        GateLayer layer(QStringLiteral("plain"), QColor(220, 220, 220), nullptr);
        maps::MapCanvas canvas;
        canvas.resize(400, 300);
        qint64 now = 5'000'000;
        canvas.setTimeSource([&now] { return now; });
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setLayers({&layer});
        canvas.overlay().setUnit(42, QStringLiteral("P-42"), LiveOverlay::Kind::Motorcycle,
                                 LiveOverlay::Status::EnRoute);
        canvas.overlay().moveUnit(42, QPointF(300, 700), 0, now, now);
        QSignalSpy picked(&canvas, &maps::MapCanvas::picked);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.view().toScreen(QPointF(300, 700)).toPoint());
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked[0][0].value<LiveOverlay::Target>(), LiveOverlay::Target::Unit);
        QCOMPARE(picked[0][1].toLongLong(), 42);
        // F follows the selected unit: the view keeps it in the centre as it moves.
        QTest::keyClick(&canvas, Qt::Key_F);
        QCOMPARE(canvas.followedUnit(), 42);
        now += 1000;
        canvas.overlay().moveUnit(42, QPointF(600, 200), 0, now, now);
        now += 1000; // the glide is over
        canvas.overlayChanged();
        QTRY_VERIFY(QLineF(canvas.view().centre(), QPointF(600, 200)).length() < 1e-6);
        QTest::keyClick(&canvas, Qt::Key_Escape);
        QCOMPARE(canvas.followedUnit(), 0);
        // A click on empty map clears the selection.
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(picked.last()[0].value<LiveOverlay::Target>(), LiveOverlay::Target::None);
    }

    void layerVisibilityAndOrder()
    {
        GateLayer a(QStringLiteral("a"), QColor(255, 0, 0), nullptr),
            b(QStringLiteral("b"), QColor(0, 0, 255), nullptr);
        maps::MapCanvas canvas;
        canvas.resize(200, 200);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setLayers({&a, &b});
        QTRY_COMPARE(canvas.grab().toImage().pixelColor(100, 100), QColor(0, 0, 255)); // b on top
        canvas.setLayerOrder({QStringLiteral("b"), QStringLiteral("a")});
        QCOMPARE(canvas.layerOrder(), QStringList({QStringLiteral("b"), QStringLiteral("a")}));
        QTRY_COMPARE(canvas.grab().toImage().pixelColor(100, 100), QColor(255, 0, 0));
        canvas.setLayerVisible(QStringLiteral("a"), false);
        QCOMPARE(canvas.hiddenLayers(), QStringList{QStringLiteral("a")});
        QTRY_COMPARE(canvas.grab().toImage().pixelColor(100, 100), QColor(0, 0, 255));
    }
};

QTEST_MAIN(MapCanvasTest)
#include "MapCanvasTest.moc"
