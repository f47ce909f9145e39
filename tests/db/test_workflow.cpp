// The operator's workflow in the database: officer emergencies, welfare checks, incident edits that
// never let a message's pin replace an operator's location, duplicates linked into an incident,
// premise history and the incident timeline.
#include "DbTest.h"
#include "domain/Command.h"
#include "store/CommandExecutor.h"
#include "store/IncidentLookup.h"

using namespace centinela;
using core::Command;
using core::CommandExecutor;
using core::CommandResult;
using core::PgConnection;

namespace {
const QDateTime kNow = QDateTime::currentDateTimeUtc();

qint64 id(const CommandResult& r, const char* key)
{
    return qint64(r.data.value(QLatin1String(key)).toDouble());
}
} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
    QString m_db;

    QString as(const QString& user) const { return test::TestCluster::instance()->conninfoAs(m_db, user); }

    qint64 unit(const QString& callSign)
    {
        CommandExecutor admin(m_db);
        return id(admin.execute(Command::upsertUnit({{QStringLiteral("call_sign"), callSign},
                                                     {QStringLiteral("status"), QStringLiteral("available")}},
                                                    kNow)),
                  "unit_id");
    }

    qint64 alert(double lon, double lat, const QDateTime& at = kNow)
    {
        CommandExecutor gateway(as(QStringLiteral("pasarela")));
        const CommandResult r =
            gateway.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("vetted_group")},
                                                  {QStringLiteral("body"), QStringLiteral("asalto")},
                                                  {QStringLiteral("lon"), lon},
                                                  {QStringLiteral("lat"), lat},
                                                  {QStringLiteral("received_at"), at.toString(Qt::ISODateWithMs)}},
                                                 kNow));
        return id(r, "alert_id");
    }

private Q_SLOTS:
    void init()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
    }

    void emergencyIsDeclaredOnceAndClearedByAnOperator()
    {
        const qint64 u = unit(QStringLiteral("P-1"));
        CommandExecutor op(as(QStringLiteral("operador")));
        QCOMPARE(op.execute(Command::unitEmergency(u, true, kNow)).status, CommandResult::Status::Ok);
        // A second desk declaring it too is told it is already on.
        const CommandResult again = op.execute(Command::unitEmergency(u, true, kNow));
        QCOMPARE(again.status, CommandResult::Status::Conflict);
        QVERIFY(again.message.contains(QStringLiteral("already")));
        PgConnection db(m_db);
        QVERIFY(!test::scalar(db, "SELECT emergency_since FROM units WHERE id = $1", {core::pgParam(u)}).isEmpty());
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM events WHERE kind = 'unit.emergency'"), QStringLiteral("1"));
        QCOMPARE(op.execute(Command::unitEmergency(u, false, kNow)).status, CommandResult::Status::Ok);
        QVERIFY(test::scalar(db, "SELECT emergency_since FROM units WHERE id = $1", {core::pgParam(u)}).isEmpty());
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM audit_log WHERE action LIKE 'unit.emergency%'"),
                 QStringLiteral("2"));
    }

    void welfareCheckIsANoteOnTheIncident()
    {
        const qint64 u = unit(QStringLiteral("P-2"));
        CommandExecutor op(as(QStringLiteral("operador")));
        const qint64 inc =
            id(op.execute(Command::createIncident({{QStringLiteral("type"), QStringLiteral("theft")},
                                                   {QStringLiteral("lon"), -90.5},
                                                   {QStringLiteral("lat"), 14.6},
                                                   {QStringLiteral("location_source"), QStringLiteral("map")}},
                                                  {}, kNow)),
               "incident_id");
        QCOMPARE(op.execute(Command::assignUnit(inc, u, QString(), kNow)).status, CommandResult::Status::Ok);
        QCOMPARE(op.execute(Command::setUnitStatus(u, QStringLiteral("on_scene"), kNow)).status,
                 CommandResult::Status::Ok);
        PgConnection db(m_db);
        const QString before = test::scalar(db, "SELECT last_contact_at FROM units WHERE id = $1", {core::pgParam(u)});
        QVERIFY(!before.isEmpty()); // the status change was contact
        QCOMPARE(op.execute(Command::welfareCheck(u, QStringLiteral("todo bien"), kNow)).status,
                 CommandResult::Status::Ok);
        QVERIFY(test::scalar(db, "SELECT last_contact_at > $2::timestamptz FROM units WHERE id = $1",
                             {core::pgParam(u), before.toUtf8()}) == QStringLiteral("t") ||
                test::scalar(db, "SELECT last_contact_at >= $2::timestamptz FROM units WHERE id = $1",
                             {core::pgParam(u), before.toUtf8()}) == QStringLiteral("t"));
        QCOMPARE(test::scalar(db, "SELECT body FROM notes WHERE incident_id = $1", {core::pgParam(inc)}),
                 QStringLiteral("Welfare check P-2: todo bien"));
    }

    void messagePinNeverReplacesAnOperatorsLocation()
    {
        CommandExecutor op(as(QStringLiteral("operador")));
        const qint64 inc =
            id(op.execute(Command::createIncident({{QStringLiteral("lon"), -90.50},
                                                   {QStringLiteral("lat"), 14.60},
                                                   {QStringLiteral("location_source"), QStringLiteral("address")}},
                                                  {}, kNow)),
               "incident_id");
        // A pin from a message (say, a later duplicate) is kept out, and the answer says so.
        CommandResult r =
            op.execute(Command::updateIncident(inc,
                                               {{QStringLiteral("lon"), -90.40},
                                                {QStringLiteral("lat"), 14.70},
                                                {QStringLiteral("location_source"), QStringLiteral("message")}},
                                               kNow));
        QCOMPARE(r.status, CommandResult::Status::Ok);
        QVERIFY(r.data.value(QLatin1String("location_kept")).toBool());
        PgConnection db(m_db);
        QCOMPARE(test::scalar(db, "SELECT lon FROM incidents WHERE id = $1", {core::pgParam(inc)}),
                 QStringLiteral("-90.5"));
        // An operator's correction replaces it; type and priority change too.
        r = op.execute(Command::updateIncident(inc,
                                               {{QStringLiteral("lon"), -90.45},
                                                {QStringLiteral("lat"), 14.65},
                                                {QStringLiteral("location_source"), QStringLiteral("map")},
                                                {QStringLiteral("type"), QStringLiteral("robbery")},
                                                {QStringLiteral("priority"), 1}},
                                               kNow));
        QVERIFY(!r.data.value(QLatin1String("location_kept")).toBool());
        QCOMPARE(test::scalar(db,
                              "SELECT lon || ' ' || location_source || ' ' || type || ' ' || priority FROM incidents "
                              "WHERE id = $1",
                              {core::pgParam(inc)}),
                 QStringLiteral("-90.45 map robbery 1"));
        // Linking a duplicate alert with its own pin does not move it either.
        const qint64 dup = alert(-90.30, 14.80);
        QCOMPARE(op.execute(Command::linkAlerts(inc, {dup}, kNow)).status, CommandResult::Status::Ok);
        QCOMPARE(test::scalar(db, "SELECT lon FROM incidents WHERE id = $1", {core::pgParam(inc)}),
                 QStringLiteral("-90.45"));
    }

    void duplicatesJoinAnIncident()
    {
        CommandExecutor op(as(QStringLiteral("operador")));
        const QDateTime first = kNow.addSecs(-300);
        const qint64 a1 = alert(-90.51, 14.62, kNow.addSecs(-60));
        const qint64 inc = id(op.execute(Command::createIncident({}, {a1}, kNow)), "incident_id");
        // An incident without a location takes the earliest linked duplicate's pin, and its clock
        // starts with the earliest report.
        PgConnection db(m_db);
        const qint64 bare = id(op.execute(Command::createIncident({}, {}, kNow)), "incident_id");
        const qint64 a2 = alert(-90.52, 14.63, first), a3 = alert(-90.53, 14.64, kNow);
        QCOMPARE(op.execute(Command::linkAlerts(bare, {a2, a3}, kNow)).status, CommandResult::Status::Ok);
        QCOMPARE(test::scalar(db, "SELECT lon || ' ' || location_source FROM incidents WHERE id = $1",
                              {core::pgParam(bare)}),
                 QStringLiteral("-90.52 message"));
        QCOMPARE(test::scalar(db, "SELECT received_at = $2::timestamptz FROM incidents WHERE id = $1",
                              {core::pgParam(bare), first.toString(Qt::ISODateWithMs).toUtf8()}),
                 QStringLiteral("t"));
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM alerts WHERE incident_id = $1 AND state = 'linked'",
                              {core::pgParam(bare)}),
                 QStringLiteral("2"));
        // Linking an alert already in another incident is refused with where it went.
        const CommandResult taken = op.execute(Command::linkAlerts(inc, {a2}, kNow));
        QCOMPARE(taken.status, CommandResult::Status::Conflict);
        QVERIFY2(taken.message.contains(QString::number(bare)), qPrintable(taken.message));
        // Alert triage: type and priority.
        const qint64 a4 = alert(-90.5, 14.6);
        QCOMPARE(
            op
                .execute(Command::updateAlert(
                    a4, {{QStringLiteral("type"), QStringLiteral("robbery")}, {QStringLiteral("priority"), 1}}, kNow))
                .status,
            CommandResult::Status::Ok);
        QCOMPARE(test::scalar(db, "SELECT type || priority FROM alerts WHERE id = $1", {core::pgParam(a4)}),
                 QStringLiteral("robbery1"));
    }

    void premiseHistoryAndTimeline()
    {
        const qint64 u = unit(QStringLiteral("P-3"));
        CommandExecutor op(as(QStringLiteral("operador")));
        auto incidentAt = [&op](double lon, double lat) {
            return id(op.execute(Command::createIncident({{QStringLiteral("lon"), lon},
                                                          {QStringLiteral("lat"), lat},
                                                          {QStringLiteral("location_source"), QStringLiteral("map")}},
                                                         {}, kNow)),
                      "incident_id");
        };
        const qint64 old1 = incidentAt(-90.5000, 14.6000);
        const qint64 near = incidentAt(-90.5010, 14.6005); // ~120 m away
        incidentAt(-90.5100, 14.6000);                     // ~1 km away
        const qint64 now = incidentAt(-90.5001, 14.6001);
        core::IncidentLookup lookup(as(QStringLiteral("operador")));
        const QList<core::PremiseEntry> premises = lookup.premiseHistory({-90.5001, 14.6001}, 150, now);
        QCOMPARE(premises.size(), 2);
        QList<qint64> ids{premises[0].id, premises[1].id};
        QVERIFY(ids.contains(old1) && ids.contains(near));
        QVERIFY(premises[0].distanceM <= 150 && premises[1].distanceM <= 150);

        QCOMPARE(op.execute(Command::assignUnit(now, u, QStringLiteral("conoce la zona"), kNow)).status,
                 CommandResult::Status::Ok);
        op.execute(Command::setUnitStatus(u, QStringLiteral("en_route"), kNow));
        op.execute(Command::addNote(now, QStringLiteral("sujeto con camisa roja"), kNow));
        op.execute(Command::setUnitStatus(u, QStringLiteral("on_scene"), kNow));
        const QList<core::TimelineEntry> timeline = lookup.timeline(now);
        QStringList kinds;
        for (const core::TimelineEntry& e : timeline) {
            kinds << e.kind;
            QCOMPARE(e.actor, QStringLiteral("operador"));
            QVERIFY(e.at.isValid());
        }
        QCOMPARE(kinds.first(), QStringLiteral("incident.created"));
        QVERIFY(kinds.contains(QStringLiteral("assignment.created")));
        QVERIFY(kinds.contains(QStringLiteral("note.added")));
        QCOMPARE(kinds.count(QStringLiteral("unit.status")), 3); // dispatched, en route, on scene
        QVERIFY(kinds.indexOf(QStringLiteral("note.added")) > kinds.indexOf(QStringLiteral("assignment.created")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "test_workflow.moc"
