#include "AlertQueueModel.h"
#include "ManualClock.h"
#include "UnitBoardModel.h"
#include "domain/StationState.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace centinela;

namespace {
core::Event alertEvent(qint64 eventId, qint64 alertId, int priority, const QDateTime& received,
                       const QString& state = QStringLiteral("new"))
{
    core::Event e;
    e.id = eventId;
    e.entityType = QStringLiteral("alert");
    e.entityId = alertId;
    e.payload = {{QStringLiteral("id"), alertId},
                 {QStringLiteral("channel"), QStringLiteral("vetted_group")},
                 {QStringLiteral("body"), QStringLiteral("alerta %1").arg(alertId)},
                 {QStringLiteral("priority"), priority},
                 {QStringLiteral("state"), state},
                 {QStringLiteral("received_at"), received.toString(Qt::ISODateWithMs)}};
    return e;
}

core::Event unitEvent(qint64 eventId, qint64 unitId, const QString& callSign, const QString& status)
{
    core::Event e;
    e.id = eventId;
    e.entityType = QStringLiteral("unit");
    e.entityId = unitId;
    e.payload = {{QStringLiteral("id"), unitId},
                 {QStringLiteral("call_sign"), callSign},
                 {QStringLiteral("kind"), QStringLiteral("motorcycle")},
                 {QStringLiteral("status"), status}};
    return e;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alertQueueSortsByPriorityThenAge()
    {
        test::ManualClock clock;
        core::StationState state;
        ui::AlertQueueModel model(state, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t = clock.now();
        state.apply({alertEvent(1, 100, 3, t.addSecs(-30))});
        state.apply({alertEvent(2, 101, 1, t.addSecs(-5))});
        state.apply({alertEvent(3, 102, 3, t.addSecs(-90))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.alertIdAt(0), 101); // priority 1 first
        QCOMPARE(model.alertIdAt(1), 102); // then the older priority 3
        QCOMPARE(model.alertIdAt(2), 100);

        // A priority change moves the alert; linking removes it.
        state.apply({alertEvent(4, 100, 1, t.addSecs(-30), QStringLiteral("acknowledged"))});
        QCOMPARE(model.alertIdAt(0), 100);
        state.apply({alertEvent(5, 101, 1, t.addSecs(-5), QStringLiteral("linked"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(101), -1);
    }

    void ageTicksAndTurnsAmberThenRed()
    {
        test::ManualClock clock;
        core::StationState state;
        ui::AlertQueueModel model(state, clock);
        model.setAgeThresholds(45, 60);
        state.apply({alertEvent(1, 100, 2, clock.now())});
        const QModelIndex age = model.index(0, ui::AlertQueueModel::Age);
        QCOMPARE(model.data(age, Qt::DisplayRole).toString(), QStringLiteral("0:00"));
        QVERIFY(!model.data(age, Qt::BackgroundRole).isValid());
        clock.advance(50'000);
        model.tick();
        QCOMPARE(model.data(age, Qt::DisplayRole).toString(), QStringLiteral("0:50"));
        const QColor amber = model.data(age, Qt::BackgroundRole).value<QBrush>().color();
        clock.advance(20'000);
        const QColor red = model.data(age, Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(amber != red);
        QVERIFY(red.red() > red.green());
        clock.advance(3600'000);
        QCOMPARE(model.data(age, Qt::DisplayRole).toString(), QStringLiteral("1:01:10"));
    }

    void unitBoardFollowsState()
    {
        test::ManualClock clock;
        core::StationState state;
        ui::UnitBoardModel model(state, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        state.apply({unitEvent(1, 7, QStringLiteral("P-20"), QStringLiteral("available"))});
        state.apply({unitEvent(2, 8, QStringLiteral("P-10"), QStringLiteral("off_duty"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unitIdAt(0), 8); // by call sign
        state.apply({unitEvent(3, 7, QStringLiteral("P-20"), QStringLiteral("dispatched"))});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(
            !model.data(model.index(model.rowOf(7), ui::UnitBoardModel::Status), Qt::DisplayRole).toString().isEmpty());
        core::Snapshot empty;
        state.loadSnapshot(empty);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
