#include "domain/StationState.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace centinela::core;

namespace {

Event makeEvent(qint64 id, const QString& type, const QJsonObject& payload)
{
    Event e;
    e.id = id;
    e.entityType = type;
    e.entityId = qint64(payload.value(QLatin1String("id")).toDouble());
    e.kind = type + QStringLiteral(".changed");
    e.payload = payload;
    return e;
}

QJsonObject alertRow(qint64 id, const QString& state, int priority = 3)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("channel"), QStringLiteral("sms")},
            {QStringLiteral("body"), QStringLiteral("robo en la esquina")},
            {QStringLiteral("state"), state},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("lon"), -90.51},
            {QStringLiteral("lat"), 14.61},
            {QStringLiteral("received_at"), QStringLiteral("2026-11-23T03:00:00.123456+00:00")}};
}

QJsonObject unitRow(qint64 id, const QString& status)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("call_sign"), QStringLiteral("P-%1").arg(id)},
            {QStringLiteral("kind"), QStringLiteral("car")},
            {QStringLiteral("status"), status},
            {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("female_officer")}}};
}

} // namespace

class TestStationState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventsApplyOnceInOrder()
    {
        StationState state;
        QSignalSpy added(&state, &StationState::alertAdded);
        QSignalSpy changed(&state, &StationState::alertChanged);
        QCOMPARE(state.apply({makeEvent(1, QStringLiteral("alert"), alertRow(10, QStringLiteral("new")))}), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(state.alerts().value(10).body, QStringLiteral("robo en la esquina"));
        QVERIFY(state.alerts().value(10).location.has_value());
        QCOMPARE(state.alerts().value(10).receivedAt, QDateTime(QDate(2026, 11, 23), QTime(3, 0, 0, 123), Qt::UTC));

        // The same event again (a re-read after reconnect) changes nothing.
        QCOMPARE(state.apply({makeEvent(1, QStringLiteral("alert"), alertRow(10, QStringLiteral("acknowledged")))}), 0);
        QCOMPARE(state.alerts().value(10).state, AlertState::New);
        QCOMPARE(changed.count(), 0);

        QCOMPARE(state.apply({makeEvent(2, QStringLiteral("alert"), alertRow(10, QStringLiteral("acknowledged")))}), 1);
        QCOMPARE(state.alerts().value(10).state, AlertState::Acknowledged);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.eventWatermark(), 2);
    }

    void linkedAlertLeavesTheQueue()
    {
        StationState state;
        state.apply({makeEvent(1, QStringLiteral("alert"), alertRow(10, QStringLiteral("new")))});
        QSignalSpy removed(&state, &StationState::alertRemoved);
        state.apply({makeEvent(2, QStringLiteral("alert"), alertRow(10, QStringLiteral("linked")))});
        QCOMPARE(removed.count(), 1);
        QVERIFY(!state.alerts().contains(10));
    }

    void unitsKeepTheirPositionAcrossStatusEvents()
    {
        StationState state;
        state.apply({makeEvent(1, QStringLiteral("unit"), unitRow(5, QStringLiteral("available")))});
        UnitPosition p;
        p.unitId = 5;
        p.point = {-90.5, 14.6};
        p.seq = 3;
        p.fixTime = QDateTime::currentDateTimeUtc();
        QSignalSpy moved(&state, &StationState::unitsMoved);
        QCOMPARE(state.applyPositions({p}), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(state.applyPositions({p}), 0); // seq already seen
        state.apply({makeEvent(2, QStringLiteral("unit"), unitRow(5, QStringLiteral("dispatched")))});
        QVERIFY(state.unit(5)->position.has_value());
        QCOMPARE(state.unit(5)->status, UnitStatus::Dispatched);
        QCOMPARE(state.unit(5)->capabilities, QStringList{QStringLiteral("female_officer")});
        QCOMPARE(state.unitByCallSign(QStringLiteral("P-5"))->id, 5);
    }

    void snapshotResets()
    {
        StationState state;
        state.apply({makeEvent(1, QStringLiteral("alert"), alertRow(10, QStringLiteral("new")))});
        Snapshot s;
        s.eventWatermark = 40;
        s.alerts.push_back(Alert::fromJson(alertRow(11, QStringLiteral("new"), 1)));
        QSignalSpy reset(&state, &StationState::reset);
        state.loadSnapshot(s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(state.alerts().keys(), QList<qint64>{11});
        QCOMPARE(state.apply({makeEvent(39, QStringLiteral("alert"), alertRow(12, QStringLiteral("new")))}), 0);
    }

    void unknownEntityAdvancesWatermark()
    {
        StationState state;
        QCOMPARE(state.apply({makeEvent(1, QStringLiteral("bracelet"), QJsonObject{{QStringLiteral("id"), 1}})}), 1);
        QCOMPARE(state.eventWatermark(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStationState)
#include "test_station_state.moc"
