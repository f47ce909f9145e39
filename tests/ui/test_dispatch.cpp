// The dispatch workflow on two desks, by keyboard, against a real database and a real road map:
// an alert arrives → F2 → F3 (incident at the message's pin) → the top-5 recommendation by road ETA
// respects the type's needs (Ctrl+E) → F4 assigns the first → Shift+F4 assigns another with a
// reason → F5/F6/F7 → F9 closes; every lifecycle time is recorded once. Desk B sees what desk A
// does, including an officer emergency (Ctrl+Shift+E). Saves screenshots.
#include "AlertQueueModel.h"
#include "DbTest.h"
#include "DeskRecommender.h"
#include "IncidentPanel.h"
#include "MainWindow.h"
#include "StationMap.h"
#include "UnitBoardModel.h"
#include "canvas/MapCanvas.h"
#include "domain/Command.h"
#include "roads/CityGenerator.h"
#include "store/CommandExecutor.h"
#include "store/PositionWriter.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace centinela;

namespace {

/// Runs `act` on the next modal dialog once it is shown (the test's hands on a dialog).
void onNextDialog(std::function<void(QDialog*)> act)
{
    QTimer::singleShot(30, [act] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            act(dialog);
        else
            onNextDialog(act);
    });
}

core::GeoPoint cityPoint(const maps::CityGenerator::Options& o, double column, double row)
{
    // The generator's lattice: ~spacing metres per step from the origin.
    const double perLat = 110'946.0, perLon = 111'320.0 * std::cos(o.originLat * M_PI / 180);
    return {o.originLon + column * o.spacingM / perLon, o.originLat + row * o.spacingM / perLat};
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoDesksDispatchByKeyboard()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        QTemporaryDir dir;
        maps::CityGenerator::Options city;
        city.nodes = 900; // 30 × 30 streets, a river with bridges
        const QString map = dir.filePath(QStringLiteral("city.gpkg"));
        QString error;
        QVERIFY2(maps::CityGenerator::write(map, city, nullptr, &error), qPrintable(error));

        // Three units south of the river, at increasing distances from where the alert will be.
        core::CommandExecutor admin(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        struct Seed
        {
            const char* sign;
            const char* kind;
            QStringList capabilities;
            double column, row;
        };
        const Seed seeds[] = {{"P-101", "car", {}, 6, 4},
                              {"P-102", "car", {QStringLiteral("female_officer")}, 12, 3},
                              {"K9-1", "k9", {}, 20, 2}};
        QHash<QString, qint64> ids;
        QList<core::UnitPosition> fixes;
        for (const Seed& s : seeds) {
            const auto r = admin.execute(
                core::Command::upsertUnit({{QStringLiteral("call_sign"), QString::fromLatin1(s.sign)},
                                           {QStringLiteral("kind"), QString::fromLatin1(s.kind)},
                                           {QStringLiteral("capabilities"), QJsonArray::fromStringList(s.capabilities)},
                                           {QStringLiteral("status"), QStringLiteral("available")}},
                                          now));
            QCOMPARE(r.status, core::CommandResult::Status::Ok);
            ids.insert(QString::fromLatin1(s.sign), qint64(r.data.value(QLatin1String("unit_id")).toDouble()));
            core::UnitPosition p;
            p.unitId = ids[QString::fromLatin1(s.sign)];
            p.point = cityPoint(city, s.column, s.row);
            p.fixTime = now;
            fixes << p;
        }
        core::PositionWriter(cluster->conninfoAs(db, QStringLiteral("pasarela"))).write(fixes);

        core::SystemClock clock;
        core::DeskSession a(cluster->conninfoAs(db, QStringLiteral("operador")),
                            dir.filePath(QStringLiteral("a.jsonl")), clock);
        core::DeskSession b(cluster->conninfoAs(db, QStringLiteral("operador")),
                            dir.filePath(QStringLiteral("b.jsonl")), clock);
        QVERIFY(a.start(&error));
        QVERIFY(b.start(&error));
        ui::MainWindow deskA(a, QStringLiteral("dispatch-a"));
        ui::MainWindow deskB(b, QStringLiteral("dispatch-b"));
        deskB.show();
        deskA.show();
        QVERIFY(QTest::qWaitForWindowExposed(&deskA));
        QSignalSpy roads(deskA.recommender(), &ui::DeskRecommender::ready);
        deskA.loadMap(map);
        deskB.loadMap(map);
        QTRY_COMPARE_WITH_TIMEOUT(roads.size(), 1, 20000);
        QTRY_COMPARE(deskA.unitBoard()->rowCount(), 3);

        // A neighbourhood group reports a robbery with a location pin near P-101.
        core::CommandExecutor gateway(cluster->conninfoAs(db, QStringLiteral("pasarela")));
        const core::GeoPoint place = cityPoint(city, 7, 5);
        const auto raised = gateway.execute(core::Command::createAlert(
            {{QStringLiteral("channel"), QStringLiteral("vetted_group")},
             {QStringLiteral("body"), QStringLiteral("Golpean a una mujer frente a la tienda")},
             {QStringLiteral("lon"), place.lon},
             {QStringLiteral("lat"), place.lat},
             {QStringLiteral("priority"), 2}},
            now));
        const qint64 alertId = qint64(raised.data.value(QLatin1String("alert_id")).toDouble());
        QTRY_COMPARE(deskA.alertQueue()->rowCount(), 1);
        QTRY_COMPARE(deskB.alertQueue()->rowCount(), 1);

        auto* queue = deskA.findChild<QTableView*>(QStringLiteral("alertQueue"));
        deskA.activateWindow();
        queue->setFocus();
        queue->selectRow(0);
        QTest::keyClick(queue, Qt::Key_F2);
        QTRY_COMPARE(b.state().alerts().value(alertId).state, core::AlertState::Acknowledged); // desk B sees it
        QTest::keyClick(queue, Qt::Key_F3);
        QTRY_COMPARE(a.state().incidents().size(), 1);
        const qint64 incident = a.state().incidents().begin().key();
        QTRY_COMPARE(b.state().incidents().size(), 1);

        // Recommendation: all three by road ETA, nearest first, with the route on the map.
        ui::IncidentPanel* panel = deskA.incidentPanel();
        panel->selectIncident(incident);
        QTRY_COMPARE(int(panel->recommendations().size()), 3);
        QCOMPARE(panel->recommendations()[0].unitId, ids[QStringLiteral("P-101")]);
        QVERIFY(panel->recommendations()[0].etaS < panel->recommendations()[1].etaS);
        QVERIFY(panel->recommendations()[0].distanceM > 0);
        QVERIFY(!panel->recommendations()[0].route.empty());

        // Ctrl+E: it is domestic violence — only a unit with a female officer may take it.
        onNextDialog([](QDialog* d) {
            auto* type = d->findChild<QComboBox*>();
            type->setCurrentIndex(type->findData(QStringLiteral("domestic_violence")));
            d->accept();
        });
        QTest::keyClick(&deskA, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(a.state().incidents().value(incident).type, QStringLiteral("domestic_violence"));
        QCOMPARE(a.state().incidents().value(incident).priority, 1); // the type's default
        QTRY_COMPARE(int(panel->recommendations().size()), 1);
        QCOMPARE(panel->recommendations()[0].unitId, ids[QStringLiteral("P-102")]);

        // F4 assigns the first recommendation, no questions asked. (The offscreen platform does not
        // hand activation back after a dialog as a window manager does.)
        auto activate = [](QWidget& w) {
            w.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&w));
        };
        activate(deskA);
        QTest::keyClick(&deskA, Qt::Key_F4);
        QTRY_COMPARE(a.state().unit(ids[QStringLiteral("P-102")])->status, core::UnitStatus::Dispatched);
        QTRY_COMPARE(b.state().unit(ids[QStringLiteral("P-102")])->status, core::UnitStatus::Dispatched);

        // Shift+F4: another unit as backup; not the recommendation, so a reason is asked and kept.
        onNextDialog([](QDialog* d) {
            auto* input = qobject_cast<QInputDialog*>(d);
            const QStringList items = input->comboBoxItems();
            for (const QString& item : items)
                if (item.startsWith(QLatin1String("P-101")))
                    input->setTextValue(item);
            onNextDialog([](QDialog* reason) {
                qobject_cast<QInputDialog*>(reason)->setTextValue(QStringLiteral("Refuerzo cercano"));
                reason->accept();
            });
            d->accept();
        });
        QTest::keyClick(&deskA, Qt::Key_F4, Qt::ShiftModifier);
        QTRY_COMPARE(a.state().assignmentsOf(incident).size(), 2);
        activate(deskA);
        core::PgConnection check(db);
        QCOMPARE(test::scalar(check, "SELECT reason FROM assignments WHERE unit_id = $1",
                              {core::pgParam(ids[QStringLiteral("P-101")])}),
                 QStringLiteral("Refuerzo cercano"));
        QCOMPARE(test::scalar(check, "SELECT details ->> 'reason' FROM audit_log WHERE action = 'unit.assign' "
                                     "AND details ->> 'unit' = 'P-101'"),
                 QStringLiteral("Refuerzo cercano"));

        // The units' life, by key on the unit board.
        auto* board = deskA.findChild<QTableView*>(QStringLiteral("unitBoard"));
        auto press = [&](const QString& sign, Qt::Key key, core::UnitStatus expect) {
            board->setFocus();
            board->selectRow(deskA.unitBoard()->rowOf(ids[sign]));
            QTest::keyClick(board, key);
            QTRY_COMPARE(a.state().unit(ids[sign])->status, expect);
        };
        press(QStringLiteral("P-102"), Qt::Key_F5, core::UnitStatus::EnRoute);
        press(QStringLiteral("P-101"), Qt::Key_F5, core::UnitStatus::EnRoute);
        press(QStringLiteral("P-102"), Qt::Key_F6, core::UnitStatus::OnScene);
        press(QStringLiteral("P-101"), Qt::Key_F6, core::UnitStatus::OnScene);

        // An officer emergency on P-101: both desks put it on top, with a banner.
        board->selectRow(deskA.unitBoard()->rowOf(ids[QStringLiteral("P-101")]));
        QTest::keyClick(board, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(b.state().unit(ids[QStringLiteral("P-101")])->hasEmergency());
        QTRY_VERIFY(deskB.findChild<QLabel*>(QStringLiteral("emergencyBanner"))->isVisible());
        QCOMPARE(deskB.unitBoard()->unitIdAt(0), ids[QStringLiteral("P-101")]);
        const QString shots = qEnvironmentVariable("CENTINELA_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(shots);
        QTest::qWait(300);
        QVERIFY(deskB.grab().save(shots + QStringLiteral("/desk-emergency.png")));
        onNextDialog([](QDialog* d) { qobject_cast<QMessageBox*>(d)->button(QMessageBox::Yes)->click(); });
        board->selectRow(deskA.unitBoard()->rowOf(ids[QStringLiteral("P-101")]));
        QTest::keyClick(board, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!b.state().unit(ids[QStringLiteral("P-101")])->hasEmergency());
        activate(deskA);
        QTRY_VERIFY(!deskB.findChild<QLabel*>(QStringLiteral("emergencyBanner"))->isVisible());

        QVERIFY(deskA.grab().save(shots + QStringLiteral("/desk-dispatch.png")));
        press(QStringLiteral("P-101"), Qt::Key_F7, core::UnitStatus::Available);
        press(QStringLiteral("P-102"), Qt::Key_F7, core::UnitStatus::Available);
        QTRY_VERIFY(a.state().incidents().value(incident).clearedAt.isValid());
        onNextDialog([](QDialog* d) { d->accept(); }); // the first disposition
        panel->selectIncident(incident);
        activate(deskA);
        QTest::keyClick(&deskA, Qt::Key_F9);
        QTRY_COMPARE(b.state().incidents().contains(incident), false); // closed: gone from both desks

        // Every lifecycle time once, in order, each caused by one event.
        QCOMPARE(
            test::scalar(check,
                         "SELECT received_at <= acknowledged_at AND acknowledged_at <= dispatched_at AND "
                         "dispatched_at <= en_route_at AND en_route_at <= on_scene_at AND on_scene_at <= cleared_at "
                         "AND cleared_at <= closed_at FROM incidents WHERE id = $1",
                         {core::pgParam(incident)}),
            QStringLiteral("t"));
        // The second unit's en route and on scene did not move the incident's first times.
        QCOMPARE(test::scalar(check,
                              "SELECT i.en_route_at = min(a.en_route_at) AND i.on_scene_at = min(a.on_scene_at) AND "
                              "i.dispatched_at = min(a.assigned_at) FROM incidents i JOIN assignments a ON "
                              "a.incident_id = i.id WHERE i.id = $1 GROUP BY i.id",
                              {core::pgParam(incident)}),
                 QStringLiteral("t"));
        deskA.close();
        deskB.close();
        a.stop();
        b.stop();
    }
};

QTEST_MAIN(TestDispatch)
#include "test_dispatch.moc"
