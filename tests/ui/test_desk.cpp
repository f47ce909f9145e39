// The desk against a real test database, driven by keyboard: an alert raised by another connection
// appears in the queue, is acknowledged (F2), becomes an incident (F3), gets a unit (F4) that goes
// en route (F5) and on scene (F6). Saves a screenshot of the desk.
#include "AlertQueueModel.h"
#include "DbTest.h"
#include "MainWindow.h"
#include "StationMap.h"
#include "UnitBoardModel.h"
#include "canvas/MapCanvas.h"
#include "domain/Command.h"
#include "render/MapLayer.h"
#include "store/CommandExecutor.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

using namespace centinela;

namespace {
/// Accepts the next modal dialog (the unit picker) once it is shown.
void acceptNextDialog()
{
    QTimer::singleShot(50, [] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            dialog->accept();
        else
            acceptNextDialog();
    });
}
} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto* translator = new QTranslator(this);
        if (translator->load(qEnvironmentVariable("CENTINELA_QM")))
            QApplication::installTranslator(translator);
    }

    void keyboardWorkflowAndScreenshot()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        core::CommandExecutor admin(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const char* sign : {"P-101", "P-102", "M-7"})
            admin.execute(core::Command::upsertUnit({{QStringLiteral("call_sign"), QString::fromLatin1(sign)},
                                                     {QStringLiteral("status"), QStringLiteral("available")}},
                                                    now));

        core::SystemClock clock;
        QTemporaryDir dir;
        core::DeskSession session(cluster->conninfoAs(db, QStringLiteral("operador")),
                                  dir.filePath(QStringLiteral("outbox.jsonl")), clock);
        QString error;
        QVERIFY(session.start(&error));
        ui::MainWindow window(session, QStringLiteral("test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.unitBoard()->rowCount(), 3);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("offlineBanner"))->isVisible(), false);

        // Another connection (the gateway) raises an alert: it appears in this desk's queue.
        core::CommandExecutor gateway(cluster->conninfoAs(db, QStringLiteral("pasarela")));
        const auto raised = gateway.execute(core::Command::createAlert(
            {{QStringLiteral("channel"), QStringLiteral("vetted_group")},
             {QStringLiteral("body"), QStringLiteral("Robo a mano armada frente a la farmacia, 2 sujetos en moto")},
             {QStringLiteral("location_text"), QStringLiteral("6a Avenida y 12 Calle, Zona 1")},
             {QStringLiteral("lon"), -90.5133},
             {QStringLiteral("lat"), 14.6349},
             {QStringLiteral("priority"), 1}},
            now));
        QCOMPARE(raised.status, core::CommandResult::Status::Ok);
        gateway.execute(
            core::Command::createAlert({{QStringLiteral("channel"), QStringLiteral("tipline")},
                                        {QStringLiteral("body"), QStringLiteral("Venta de droga en el parque")},
                                        {QStringLiteral("priority"), 3}},
                                       now));
        QTRY_COMPARE(window.alertQueue()->rowCount(), 2);
        const qint64 alertId = qint64(raised.data.value(QLatin1String("alert_id")).toDouble());
        QCOMPARE(window.alertQueue()->alertIdAt(0), alertId); // priority 1 on top

        auto* queue = window.findChild<QTableView*>(QStringLiteral("alertQueue"));
        queue->setFocus();
        queue->selectRow(0);
        QTest::keyClick(queue, Qt::Key_F2);
        QTRY_COMPARE(session.state().alerts().value(alertId).state, core::AlertState::Acknowledged);

        QTest::keyClick(queue, Qt::Key_F3);
        QTRY_COMPARE(session.state().incidents().size(), 1);
        const core::Incident incident = session.state().incidents().begin().value();
        QVERIFY(incident.location.has_value()); // from the message's pin
        QCOMPARE(incident.priority, 1);

        acceptNextDialog();
        QTest::keyClick(&window, Qt::Key_F4);
        QTRY_COMPARE(session.state().assignmentsOf(incident.id).size(), 1);
        const qint64 unitId = session.state().assignmentsOf(incident.id).first().unitId;
        QTRY_COMPARE(session.state().unit(unitId)->status, core::UnitStatus::Dispatched);

        // The offscreen platform does not hand activation back after the dialog as a window manager does.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* board = window.findChild<QTableView*>(QStringLiteral("unitBoard"));
        board->setFocus();
        board->selectRow(window.unitBoard()->rowOf(unitId));
        QTest::keyClick(board, Qt::Key_F5);
        QTRY_COMPARE(session.state().unit(unitId)->status, core::UnitStatus::EnRoute);
        QTest::keyClick(board, Qt::Key_F6);
        QTRY_COMPARE(session.state().unit(unitId)->status, core::UnitStatus::OnScene);
        QTRY_VERIFY(session.state().incidents().value(incident.id).onSceneAt.isValid());
        QTRY_VERIFY(session.outbox().pending().isEmpty());

        const QString shots = qEnvironmentVariable("CENTINELA_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(shots);
        QTest::qWait(200);
        QVERIFY(window.grab().save(shots + QStringLiteral("/desk.png")));
        window.close();
        session.stop();
    }

    void mapSharesSelectionAndCreatesIncidentAtAPoint()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        core::CommandExecutor gateway(cluster->conninfoAs(db, QStringLiteral("pasarela")));
        const auto raised = gateway.execute(
            core::Command::createAlert({{QStringLiteral("channel"), QStringLiteral("vetted_group")},
                                        {QStringLiteral("body"), QStringLiteral("Asalto en la parada de bus")},
                                        {QStringLiteral("lon"), -90.5125},
                                        {QStringLiteral("lat"), 14.6225},
                                        {QStringLiteral("priority"), 2}},
                                       now));
        QCOMPARE(raised.status, core::CommandResult::Status::Ok);
        const qint64 alertId = qint64(raised.data.value(QLatin1String("alert_id")).toDouble());

        // A sector drawn by the administrator appears on the map as its own layer.
        {
            core::PgConnection adminDb(db);
            adminDb.exec("INSERT INTO sectors (station_id, name, boundary) VALUES (1, 'Sector Centro', "
                         "'{\"type\": \"Polygon\", \"coordinates\": [[[-90.515, 14.620], [-90.510, 14.620], "
                         "[-90.510, 14.625], [-90.515, 14.625], [-90.515, 14.620]]]}')");
        }
        core::SystemClock clock;
        QTemporaryDir dir;
        core::DeskSession session(cluster->conninfoAs(db, QStringLiteral("operador")),
                                  dir.filePath(QStringLiteral("outbox.jsonl")), clock);
        QString error;
        QVERIFY(session.start(&error));
        ui::MainWindow window(session, QStringLiteral("map-test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.stationMap(), &ui::StationMap::loaded);
        window.loadMap(QStringLiteral(CENTINELA_MAP_DATA "/calles.geojson"));
        QTRY_COMPARE(loaded.size(), 1);
        maps::MapCanvas* canvas = window.mapCanvas();
        // The map's layer, then the station's: hot spots (hidden until shown) and sectors.
        QTRY_COMPARE(canvas->layers().size(), 3);
        QVERIFY(canvas->layerOrder().contains(QStringLiteral("station:sectors")));
        QVERIFY(!canvas->isLayerVisible(QStringLiteral("station:hotspots")));
        QTRY_COMPARE(window.alertQueue()->rowCount(), 1);

        // The alert's pin is on the map; clicking it selects the alert in the queue.
        canvas->centreOn({-90.5125, 14.6225});
        const QPoint pin(canvas->width() / 2, canvas->height() / 2);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pin + QPoint(0, 2));
        QCOMPARE(canvas->overlay().selection().target, maps::LiveOverlay::Target::Alert);
        auto* queue = window.findChild<QTableView*>(QStringLiteral("alertQueue"));
        QTRY_COMPARE(queue->currentIndex().row(), window.alertQueue()->rowOf(alertId));

        // "Create incident here" on another point: the click is the location, the selected alert is linked.
        const auto point = canvas->toLonLat(QPointF(pin) + QPointF(40, -30));
        QVERIFY(point);
        Q_EMIT canvas->createIncidentRequested(*point);
        QTRY_COMPARE(session.state().incidents().size(), 1);
        const core::Incident incident = session.state().incidents().begin().value();
        QCOMPARE(incident.locationSource, QStringLiteral("map"));
        QVERIFY(qAbs(incident.location->lon - point->lon) < 1e-9 && qAbs(incident.location->lat - point->lat) < 1e-9);
        QCOMPARE(incident.priority, 2);
        // Linked into the incident, the alert leaves the queue.
        QTRY_COMPARE(window.alertQueue()->rowCount(), 0);

        const QString shots = qEnvironmentVariable("CENTINELA_SCREENSHOT_DIR", QDir::tempPath());
        QTest::qWait(300);
        QVERIFY(window.grab().save(shots + QStringLiteral("/desk-map.png")));
        window.close();
        session.stop();
    }

    void braceletAlertShowsTheOrdersZonesAndTrack()
    {
        try {
            braceletAlert();
        } catch (const core::PgError& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

private:
    void braceletAlert()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        core::PgConnection admin(db);
        // An order: home (a point with a radius) and work (a polygon); the offender's last fixes.
        admin.exec("SELECT cmd_upsert_protection_order(gen_random_uuid(), $1::jsonb)",
                   {QByteArrayLiteral(
                       "{\"order_number\": \"OP-1\", \"device_id\": \"BR-1\", \"protected_name\": \"L. S.\", "
                       "\"offender_name\": \"J. P.\", "
                       "\"warning_m\": 300, \"zones\": [{\"name\": \"casa\", \"radius_m\": 100, \"area\": "
                       "{\"type\": \"Point\", \"coordinates\": [-90.512, 14.622]}}, {\"name\": \"trabajo\", "
                       "\"area\": {\"type\": \"Polygon\", \"coordinates\": [[[-90.515, 14.620], [-90.513, 14.620], "
                       "[-90.513, 14.621], [-90.515, 14.621], [-90.515, 14.620]]]}}]}")});
        const QString order = test::scalar(admin, "SELECT id FROM protection_orders WHERE order_number = 'OP-1'");
        admin.exec("INSERT INTO bracelet_fixes (order_id, lon, lat, fix_time) SELECT $1::int, -90.520 + g * 0.001, "
                   "14.624, now() - (10 - g) * interval '30 s' FROM generate_series(1, 5) g",
                   {order.toUtf8()});
        core::SystemClock clock;
        QTemporaryDir dir;
        core::DeskSession session(cluster->conninfoAs(db, QStringLiteral("operador")),
                                  dir.filePath(QStringLiteral("outbox.jsonl")), clock);
        QString error;
        QVERIFY(session.start(&error));
        ui::MainWindow window(session, QStringLiteral("orders-test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.stationMap(), &ui::StationMap::loaded);
        window.loadMap(QStringLiteral(CENTINELA_MAP_DATA "/calles.geojson"));
        QTRY_COMPARE(loaded.size(), 1);
        maps::MapCanvas* canvas = window.mapCanvas();
        QVERIFY(!canvas->layerOrder().contains(QStringLiteral("station:protected-zones"))); // no alert, nothing shown
        // The gateway raises the proximity alert: the order's zones and the track come onto the map.
        admin.exec("SELECT bracelet_raise($1::int, 'proximity', 'Agresor a 250 m de casa', -90.516, 14.624, '{}')",
                   {order.toUtf8()});
        admin.exec("SELECT pg_notify('centinela_events', '')");
        QTRY_VERIFY_WITH_TIMEOUT(canvas->layerOrder().contains(QStringLiteral("station:protected-zones")), 10000);
        QTRY_VERIFY(canvas->layerOrder().contains(QStringLiteral("station:offender-tracks")));
        for (maps::MapLayer* layer : canvas->layers()) {
            if (layer->id() == QStringLiteral("station:protected-zones"))
                QCOMPARE(layer->featureCount(), 2); // the circle and the polygon
            if (layer->id() == QStringLiteral("station:offender-tracks"))
                QCOMPARE(layer->segmentCount(), 4); // five fixes
        }
        window.close();
        session.stop();
    }
};

QTEST_MAIN(TestDesk)
#include "test_desk.moc"
