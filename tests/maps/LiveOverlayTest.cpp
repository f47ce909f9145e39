// The live overlay: units glide between fixes, late fixes change nothing, stale fixes are marked,
// picking finds what is drawn nearest, call signs are decluttered.
#include "render/LiveOverlay.h"
#include "render/LabelPlacer.h"
#include "render/MapTransform.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace centinela;
using maps::LiveOverlay;
using maps::MapTransform;

class LiveOverlayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsGlideBetweenFixes()
    {
        LiveOverlay overlay;
        overlay.setUnit(7, QStringLiteral("P-07"), LiveOverlay::Kind::Car, LiveOverlay::Status::Available);
        overlay.moveUnit(7, QPointF(0, 0), 90, 10'000, 10'000);
        QPointF at;
        QVERIFY(overlay.unitPosition(7, 10'000, &at));
        QCOMPARE(at, QPointF(0, 0));
        QVERIFY(!overlay.isAnimating(10'000)); // the first fix is where the unit is: nothing to glide
        // The next fix 4 s later: the unit glides there over 4 s instead of jumping.
        overlay.moveUnit(7, QPointF(400, 0), 90, 14'000, 14'000);
        QVERIFY(overlay.isAnimating(14'000));
        QVERIFY(overlay.unitPosition(7, 16'000, &at));
        QVERIFY(QLineF(at, QPointF(200, 0)).length() < 1e-9);
        QVERIFY(overlay.unitPosition(7, 18'000, &at));
        QCOMPARE(at, QPointF(400, 0));
        QVERIFY(!overlay.isAnimating(18'000));
        // A fix mid-glide starts from where the unit is drawn, not from the old target.
        overlay.moveUnit(7, QPointF(400, 0), 90, 15'000, 15'000); // older than the last fix: ignored
        overlay.moveUnit(7, QPointF(400, 400), 0, 19'000, 17'000);
        QVERIFY(overlay.unitPosition(7, 17'000, &at));
        QCOMPARE(at, QPointF(400, 0));
    }

    void pickFindsTheNearestThing()
    {
        LiveOverlay overlay;
        const MapTransform view(QPointF(0, 0), 1, QSize(200, 200));
        overlay.setUnit(1, QStringLiteral("A"), LiveOverlay::Kind::Car, LiveOverlay::Status::Available);
        overlay.setUnit(2, QStringLiteral("B"), LiveOverlay::Kind::Foot, LiveOverlay::Status::EnRoute);
        overlay.moveUnit(1, QPointF(10, 0), 0, 0, 0);
        overlay.moveUnit(2, QPointF(-40, 0), 0, 0, 0);
        overlay.setIncidents({LiveOverlay::Marker{9, QPointF(0, 40), 1, 0, QString()}});
        overlay.setAlerts({LiveOverlay::Marker{5, QPointF(60, 60), 2, 0, QString()}});
        // Screen y grows downwards: map (0, 40) is 40 px above the centre.
        QCOMPARE(overlay.pick(QPointF(112, 101), view, 0).target, LiveOverlay::Target::Unit);
        QCOMPARE(overlay.pick(QPointF(112, 101), view, 0).id, 1);
        QCOMPARE(overlay.pick(QPointF(61, 99), view, 0).id, 2);
        const LiveOverlay::Pick incident = overlay.pick(QPointF(100, 62), view, 0);
        QCOMPARE(incident.target, LiveOverlay::Target::Incident);
        QCOMPARE(incident.id, 9);
        QCOMPARE(overlay.pick(QPointF(158, 42), view, 0).target, LiveOverlay::Target::Alert);
        QCOMPARE(overlay.pick(QPointF(180, 180), view, 0).target, LiveOverlay::Target::None);
        overlay.removeUnit(1);
        QCOMPARE(overlay.pick(QPointF(112, 101), view, 0).target, LiveOverlay::Target::None);
        QCOMPARE(overlay.unitCount(), 1);
    }

    void drawsUnitsWithStatusColourAndStaleMark()
    {
        LiveOverlay overlay;
        overlay.setStaleAfterMs(60'000);
        const MapTransform view(QPointF(0, 0), 1, QSize(200, 100));
        overlay.setUnit(1, QString(), LiveOverlay::Kind::Car, LiveOverlay::Status::Available);
        overlay.setUnit(2, QString(), LiveOverlay::Kind::Car, LiveOverlay::Status::Available);
        overlay.moveUnit(1, QPointF(-50, 0), 0, 100'000, 100'000);
        overlay.moveUnit(2, QPointF(50, 0), 0, 10'000, 100'000); // 90 s old
        QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        overlay.draw(painter, view, 100'000);
        painter.end();
        const QColor fresh = image.pixelColor(50 - 3, 50 + 3);
        const QColor stale = image.pixelColor(150 - 3, 50 + 3);
        QCOMPARE(fresh, LiveOverlay::statusColour(LiveOverlay::Status::Available));
        // The stale unit is drawn washed out: same hue family, much less saturated.
        QVERIFY2(stale.hsvSaturationF() < fresh.hsvSaturationF() * 0.6,
                 qPrintable(stale.name() + QLatin1Char(' ') + fresh.name()));
    }

    void callSignsAreDecluttered()
    {
        LiveOverlay overlay;
        const MapTransform view(QPointF(0, 0), 1, QSize(400, 300));
        // 500 units on top of each other: one label can be read there, not 500.
        for (int i = 1; i <= 500; ++i) {
            overlay.setUnit(i, QStringLiteral("P-%1").arg(i), LiveOverlay::Kind::Car, LiveOverlay::Status::Available);
            overlay.moveUnit(i, QPointF(i % 3, 0), 0, 0, 0);
        }
        overlay.setUnit(1000, QStringLiteral("FAR"), LiveOverlay::Kind::Car, LiveOverlay::Status::Available);
        overlay.moveUnit(1000, QPointF(-150, 100), 0, 0, 0);
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        overlay.draw(painter, view, 0);
        painter.end();
        QCOMPARE(overlay.labelsDrawn(), 2);
        // The selected unit's label wins the crowded place.
        overlay.setSelection(LiveOverlay::Target::Unit, 250);
        QCOMPARE(overlay.selection().id, 250);
    }

    void labelPlacerRejectsOverlaps()
    {
        maps::LabelPlacer placer(QSize(100, 100), 8);
        QVERIFY(placer.tryPlace(QRectF(10, 10, 30, 10)));
        QVERIFY(!placer.tryPlace(QRectF(20, 12, 30, 10)));
        QVERIFY(placer.tryPlace(QRectF(10, 40, 30, 10)));
        QVERIFY(!placer.tryPlace(QRectF(90, 90, 30, 10))); // outside the viewport
        QCOMPARE(placer.placed(), 2);
    }

    void kindsFromUnitRecords()
    {
        QCOMPARE(LiveOverlay::kindFromName(QStringLiteral("motorcycle")), LiveOverlay::Kind::Motorcycle);
        QCOMPARE(LiveOverlay::kindFromName(QStringLiteral("K9")), LiveOverlay::Kind::K9);
        QCOMPARE(LiveOverlay::kindFromName(QStringLiteral("foot")), LiveOverlay::Kind::Foot);
        QCOMPARE(LiveOverlay::kindFromName(QString()), LiveOverlay::Kind::Car);
        QCOMPARE(LiveOverlay::kindFromName(QStringLiteral("boat")), LiveOverlay::Kind::Other);
    }
};

QTEST_MAIN(LiveOverlayTest)
#include "LiveOverlayTest.moc"
