// The whole workflow by keyboard against a test database with the simulator: an alert arrives from
// the simulated city → F2 → F3 → F4 assigns the top recommended unit → the simulated unit drives its
// route (positions through the same writer as the gateway), arrives, serves and clears → F9 closes.
// Every lifecycle time is recorded once and in order. Saves a screenshot.
#include "AlertQueueModel.h"
#include "DbTest.h"
#include "DeskRecommender.h"
#include "IncidentPanel.h"
#include "MainWindow.h"
#include "StationMap.h"
#include "UnitBoardModel.h"
#include "roads/CityGenerator.h"
#include "roads/RoadNetworkLoader.h"
#include "routing/RoadProfile.h"
#include "sim/Simulator.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace centinela;

class TestSimulatedShift : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alertToClosedIncidentWithSimulatedUnits()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        QTemporaryDir dir;
        maps::CityGenerator::Options city;
        city.nodes = 900;
        const QString map = dir.filePath(QStringLiteral("city.gpkg"));
        QString error;
        QVERIFY2(maps::CityGenerator::write(map, city, nullptr, &error), qPrintable(error));
        const maps::LoadedRoads roads =
            maps::RoadNetworkLoader::load(map, core::RoadProfile::car(), maps::RoadNetworkLoader::Cache::Ignore);
        QVERIFY2(roads.graph, qPrintable(roads.error));

        core::SystemClock clock;
        core::SimulatorOptions o;
        o.operatorConninfo = cluster->conninfoAs(db, QStringLiteral("operador"));
        o.gatewayConninfo = cluster->conninfoAs(db, QStringLiteral("pasarela"));
        o.adminConninfo = cluster->conninfoAs(db, QStringLiteral("administrador"));
        o.units = 4;
        o.alertsPerHour = 90;
        o.seed = 5;
        o.policy = core::DispatchPolicy::None; // the operator dispatches
        core::Simulator sim(roads.graph, o, clock);
        QVERIFY2(sim.start(&error), qPrintable(error));

        core::DeskSession session(cluster->conninfoAs(db, QStringLiteral("operador")),
                                  dir.filePath(QStringLiteral("outbox.jsonl")), clock);
        QVERIFY(session.start(&error));
        ui::MainWindow desk(session, QStringLiteral("simulated-shift"));
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QSignalSpy roadsReady(desk.recommender(), &ui::DeskRecommender::ready);
        desk.loadMap(map);
        QTRY_COMPARE_WITH_TIMEOUT(roadsReady.size(), 1, 20000);
        QTRY_COMPARE(desk.unitBoard()->rowCount(), 4);

        // The simulated city runs beside the desk: one simulated second per timer tick.
        QTimer ticks;
        QObject::connect(&ticks, &QTimer::timeout, [&sim] { sim.step(); });
        ticks.start(2);
        QTRY_VERIFY_WITH_TIMEOUT(desk.alertQueue()->rowCount() >= 1, 60000);
        ticks.stop(); // the operator works on the first alert
        const qint64 alertId = desk.alertQueue()->alertIdAt(0);

        auto* queue = desk.findChild<QTableView*>(QStringLiteral("alertQueue"));
        desk.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk));
        queue->setFocus();
        queue->selectRow(desk.alertQueue()->rowOf(alertId));
        QTest::keyClick(queue, Qt::Key_F2);
        QTRY_COMPARE(session.state().alerts().value(alertId).state, core::AlertState::Acknowledged);
        QTest::keyClick(queue, Qt::Key_F3);
        QTRY_COMPARE(session.state().incidents().size(), 1);
        const qint64 incident = session.state().incidents().begin().key();
        ui::IncidentPanel* panel = desk.incidentPanel();
        panel->selectIncident(incident);
        QTRY_VERIFY(!panel->recommendations().empty());
        const qint64 top = panel->recommendations().front().unitId;
        QTest::keyClick(&desk, Qt::Key_F4);
        QTRY_COMPARE(session.state().unit(top)->status, core::UnitStatus::Dispatched);
        const QDateTime firstFix = session.state().unit(top)->position->fixTime;

        // The simulated unit drives its route, arrives, serves and clears; the desk sees each step.
        QSet<core::UnitStatus> seen;
        QObject::connect(&session.state(), &core::StationState::unitChanged, [&](qint64 id) {
            if (id == top)
                seen.insert(session.state().unit(top)->status);
        });
        ticks.start(2);
        QTRY_VERIFY_WITH_TIMEOUT(session.state().incidents().value(incident).onSceneAt.isValid(), 60000);
        QTRY_VERIFY(session.state().unit(top)->position->fixTime > firstFix); // it reported while driving
        const QString shots = qEnvironmentVariable("CENTINELA_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(shots);
        QVERIFY(desk.grab().save(shots + QStringLiteral("/desk-simulated.png")));
        QTRY_VERIFY_WITH_TIMEOUT(session.state().incidents().value(incident).clearedAt.isValid(), 120000);
        ticks.stop();
        QVERIFY(seen.contains(core::UnitStatus::EnRoute));
        QVERIFY(seen.contains(core::UnitStatus::OnScene));
        QTRY_COMPARE(session.state().unit(top)->status, core::UnitStatus::Available);

        // F9 closes it with the first disposition.
        QTimer::singleShot(50, [] {
            if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                d->accept();
        });
        desk.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk));
        panel->selectIncident(incident);
        QTest::keyClick(&desk, Qt::Key_F9);
        QTRY_VERIFY(!session.state().incidents().contains(incident));

        core::PgConnection check(db);
        QCOMPARE(
            test::scalar(check,
                         "SELECT received_at <= acknowledged_at AND acknowledged_at <= dispatched_at AND "
                         "dispatched_at <= en_route_at AND en_route_at <= on_scene_at AND on_scene_at <= cleared_at "
                         "AND cleared_at <= closed_at FROM incidents WHERE id = $1",
                         {core::pgParam(incident)}),
            QStringLiteral("t"));
        // Each lifecycle time set once: no later event of the incident carries another value for it.
        for (const char* column : {"acknowledged_at", "dispatched_at", "en_route_at", "on_scene_at", "cleared_at"}) {
            const QByteArray sql =
                QByteArray("SELECT count(DISTINCT payload ->> '") + column +
                "') FROM events WHERE entity_type = 'incident' AND entity_id = $1 AND payload ->> '" + column +
                "' IS NOT NULL";
            QCOMPARE(test::scalar(check, sql, {core::pgParam(incident)}), QStringLiteral("1"));
        }
        QVERIFY(test::scalar(check, "SELECT count(*) FROM positions WHERE unit_id = $1", {core::pgParam(top)}).toInt() >
                2);
        desk.close();
        session.stop();
    }
};

QTEST_MAIN(TestSimulatedShift)
#include "test_simulated_shift.moc"
