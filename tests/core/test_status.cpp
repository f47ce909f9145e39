#include "domain/Status.h"

#include <QTest>

using namespace centinela::core;

class TestStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (UnitStatus s : allUnitStatuses())
            QCOMPARE(unitStatusFromDb(toDbName(s)), s);
        for (IncidentState s : allIncidentStates())
            QCOMPARE(incidentStateFromDb(toDbName(s)), s);
        QVERIFY(!unitStatusFromDb(QStringLiteral("flying")).has_value());
        QCOMPARE(toDbName(UnitStatus::EnRoute), QStringLiteral("en_route"));
    }

    void unitTransitions()
    {
        QVERIFY(canTransition(UnitStatus::Available, UnitStatus::Dispatched));
        QVERIFY(canTransition(UnitStatus::Dispatched, UnitStatus::EnRoute));
        QVERIFY(canTransition(UnitStatus::EnRoute, UnitStatus::OnScene));
        QVERIFY(canTransition(UnitStatus::OnScene, UnitStatus::Available));
        // An off-duty unit cannot be sent anywhere; nothing goes to itself.
        QVERIFY(!canTransition(UnitStatus::OffDuty, UnitStatus::Dispatched));
        QVERIFY(!canTransition(UnitStatus::OutOfService, UnitStatus::EnRoute));
        for (UnitStatus s : allUnitStatuses())
            QVERIFY(!canTransition(s, s));
    }

    void incidentTransitions()
    {
        QVERIFY(canTransition(IncidentState::Pending, IncidentState::Dispatched));
        QVERIFY(canTransition(IncidentState::OnScene, IncidentState::Closed));
        QVERIFY(!canTransition(IncidentState::Closed, IncidentState::Pending));
        QVERIFY(!canTransition(IncidentState::Pending, IncidentState::OnScene));
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "test_status.moc"
