// Commands against a real database: the incident lifecycle, idempotent replay, least privilege
// and the audit trail.
#include "DbTest.h"
#include "domain/Command.h"
#include "store/CommandExecutor.h"

using namespace centinela;
using core::Command;
using core::CommandExecutor;
using core::CommandResult;
using core::PgConnection;

namespace {
const QDateTime kNow = QDateTime::currentDateTimeUtc();

qint64 createUnit(const QString& admin, const QString& callSign)
{
    CommandExecutor ex(admin);
    const CommandResult r = ex.execute(Command::upsertUnit(
        {{QStringLiteral("call_sign"), callSign}, {QStringLiteral("status"), QStringLiteral("available")}}, kNow));
    return qint64(r.data.value(QLatin1String("unit_id")).toDouble());
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_operator;

private Q_SLOTS:
    void init()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
        m_operator = cluster->conninfoAs(m_db, QStringLiteral("operador"));
    }

    void lifecycleTimesAreRecordedOnce()
    {
        const qint64 unit = createUnit(adminConninfo(), QStringLiteral("P-1"));
        CommandExecutor ex(m_operator);
        CommandExecutor gateway(conninfoAs(QStringLiteral("pasarela")));
        CommandResult r =
            gateway.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("vetted_group")},
                                                  {QStringLiteral("body"), QStringLiteral("asalto en 6a avenida")},
                                                  {QStringLiteral("lon"), -90.51},
                                                  {QStringLiteral("lat"), 14.62},
                                                  {QStringLiteral("priority"), 1}},
                                                 kNow));
        QCOMPARE(r.status, CommandResult::Status::Ok);
        const qint64 alert = qint64(r.data.value(QLatin1String("alert_id")).toDouble());
        QCOMPARE(ex.execute(Command::acknowledgeAlert(alert, kNow)).status, CommandResult::Status::Ok);
        // Acknowledging twice is a conflict that names who was first.
        r = ex.execute(Command::acknowledgeAlert(alert, kNow));
        QCOMPARE(r.status, CommandResult::Status::Conflict);
        QVERIFY2(r.message.contains(QStringLiteral("operador")), qPrintable(r.message));

        r = ex.execute(Command::createIncident({{QStringLiteral("type"), QStringLiteral("robbery")}}, {alert}, kNow));
        QCOMPARE(r.status, CommandResult::Status::Ok);
        const qint64 incident = qint64(r.data.value(QLatin1String("incident_id")).toDouble());
        QCOMPARE(ex.execute(Command::assignUnit(incident, unit, QString(), kNow)).status, CommandResult::Status::Ok);
        for (const char* s : {"en_route", "on_scene", "available"})
            QCOMPARE(ex.execute(Command::setUnitStatus(unit, QString::fromLatin1(s), kNow)).status,
                     CommandResult::Status::Ok);

        PgConnection db(m_db);
        const core::PgRows row = db.exec(
            "SELECT i.received_at = a.received_at, i.acknowledged_at = a.acknowledged_at, dispatched_at IS NOT NULL,"
            " en_route_at >= dispatched_at, on_scene_at >= en_route_at, cleared_at >= on_scene_at, i.state, i.channel,"
            " i.priority FROM incidents i JOIN alerts a ON a.incident_id = i.id WHERE i.id = $1",
            {QByteArray::number(incident)});
        QCOMPARE(row.size(), 1);
        for (int col = 0; col < 6; ++col)
            QCOMPARE(row.text(0, col), QStringLiteral("t"));
        QCOMPARE(row.text(0, 6), QStringLiteral("on_scene"));
        QCOMPARE(row.text(0, 7), QStringLiteral("vetted_group"));

        // A second trip for the same unit does not move the incident's first times.
        const QString before =
            test::scalar(db, "SELECT en_route_at::text FROM incidents WHERE id = $1", {QByteArray::number(incident)});
        QCOMPARE(ex.execute(Command::assignUnit(incident, unit, QStringLiteral("back"), kNow)).status,
                 CommandResult::Status::Ok);
        QCOMPARE(ex.execute(Command::setUnitStatus(unit, QStringLiteral("en_route"), kNow)).status,
                 CommandResult::Status::Ok);
        QCOMPARE(
            test::scalar(db, "SELECT en_route_at::text FROM incidents WHERE id = $1", {QByteArray::number(incident)}),
            before);
        QCOMPARE(ex.execute(Command::setUnitStatus(unit, QStringLiteral("available"), kNow)).status,
                 CommandResult::Status::Ok);

        QCOMPARE(ex.execute(Command::closeIncident(incident, QStringLiteral("Resolved"), kNow)).status,
                 CommandResult::Status::Ok);
        QCOMPARE(test::scalar(db, "SELECT state FROM incidents WHERE id = $1", {QByteArray::number(incident)}),
                 QStringLiteral("closed"));
        // Every change left events, in order, with the acting login.
        QCOMPARE(
            test::scalar(
                db, "SELECT count(DISTINCT actor) FROM events WHERE kind NOT IN ('unit.upserted', 'alert.created')"),
            QStringLiteral("1"));
        QCOMPARE(test::scalar(db, "SELECT min(actor) FROM events WHERE kind <> 'unit.upserted'"),
                 QStringLiteral("operador"));
    }

    void replayedCommandChangesNothing()
    {
        CommandExecutor ex(m_operator);
        const Command c = Command::createAlert({{QStringLiteral("channel"), QStringLiteral("phone")}}, kNow);
        const CommandResult first = ex.execute(c);
        QCOMPARE(first.status, CommandResult::Status::Ok);
        QVERIFY(!first.replayed);
        const CommandResult again = ex.execute(c);
        QCOMPARE(again.status, CommandResult::Status::Ok);
        QVERIFY(again.replayed);
        QCOMPARE(again.data.value(QLatin1String("alert_id")), first.data.value(QLatin1String("alert_id")));
        PgConnection db(m_db);
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM alerts"), QStringLiteral("1"));
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM events WHERE kind = 'alert.created'"), QStringLiteral("1"));
    }

    void channelRetriesAreStoredOnce()
    {
        CommandExecutor ex(conninfoAs(QStringLiteral("pasarela")));
        const QJsonObject alert{{QStringLiteral("channel"), QStringLiteral("sms")},
                                {QStringLiteral("external_id"), QStringLiteral("SM123")}};
        QCOMPARE(ex.execute(Command::createAlert(alert, kNow)).status, CommandResult::Status::Ok);
        const CommandResult retry = ex.execute(Command::createAlert(alert, kNow));
        QCOMPARE(retry.status, CommandResult::Status::Ok);
        QVERIFY(retry.data.value(QLatin1String("duplicate")).toBool());
        PgConnection db(m_db);
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM alerts"), QStringLiteral("1"));
    }

    void desksCannotClaimGatewayChannels()
    {
        // Else a desk could shadow a real CAP alert or WhatsApp message by taking its id first.
        CommandExecutor ex(m_operator);
        const CommandResult r =
            ex.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("cap")},
                                             {QStringLiteral("external_id"), QStringLiteral("x/1")}},
                                            kNow));
        QCOMPARE(r.status, CommandResult::Status::Conflict);
        QCOMPARE(ex.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("radio")}}, kNow)).status,
                 CommandResult::Status::Ok);
    }

    void linkingOneAlertTwiceIsAConflict()
    {
        CommandExecutor ex(m_operator);
        const CommandResult a =
            ex.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("phone")}}, kNow));
        const qint64 alert = qint64(a.data.value(QLatin1String("alert_id")).toDouble());
        QCOMPARE(ex.execute(Command::createIncident({}, {alert}, kNow)).status, CommandResult::Status::Ok);
        const CommandResult second = ex.execute(Command::createIncident({}, {alert}, kNow));
        QCOMPARE(second.status, CommandResult::Status::Conflict);
        QCOMPARE(ex.execute(Command::createIncident({}, {alert + 1000}, kNow)).status, CommandResult::Status::Conflict);
        core::PgConnection db(m_db);
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM incidents"), QStringLiteral("1"));
    }

    void illegalTransitionIsAConflict()
    {
        const qint64 unit = createUnit(adminConninfo(), QStringLiteral("P-9"));
        CommandExecutor ex(m_operator);
        const CommandResult r = ex.execute(Command::setUnitStatus(unit, QStringLiteral("on_scene"), kNow));
        QCOMPARE(r.status, CommandResult::Status::Conflict);
        QVERIFY2(r.message.contains(QStringLiteral("available")), qPrintable(r.message));
    }

    void operatorsCannotBypassCommands()
    {
        createUnit(adminConninfo(), QStringLiteral("P-2"));
        PgConnection op(m_operator);
        for (const char* sql : {"UPDATE units SET status = 'off_duty'", "DELETE FROM events",
                                "INSERT INTO units (call_sign) VALUES ('X')", "UPDATE incidents SET priority = 1"}) {
            try {
                op.exec(sql);
                QFAIL(sql);
            } catch (const core::PgError& e) {
                QCOMPARE(e.sqlState(), QByteArray("42501")); // insufficient_privilege
            }
        }
        // An operator cannot create units; an admin can.
        CommandExecutor ex(m_operator);
        const CommandResult r =
            ex.execute(Command::upsertUnit({{QStringLiteral("call_sign"), QStringLiteral("Z")}}, kNow));
        QCOMPARE(r.status, CommandResult::Status::Rejected);
        // The gateway may raise alerts but not assign units.
        CommandExecutor gateway(conninfoAs(QStringLiteral("pasarela")));
        QCOMPARE(
            gateway.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("sms")}}, kNow)).status,
            CommandResult::Status::Ok);
        QCOMPARE(gateway.execute(Command::assignUnit(1, 1, QString(), kNow)).status, CommandResult::Status::Rejected);
    }

    void auditTrailIsInsertOnlyAndFilledByTheDatabase()
    {
        PgConnection op(m_operator);
        op.exec("INSERT INTO audit_log (action, actor, at) VALUES ('lookup', 'somebody_else', '2000-01-01')");
        PgConnection db(m_db);
        QCOMPARE(test::scalar(db, "SELECT actor FROM audit_log WHERE action = 'lookup'"), QStringLiteral("operador"));
        QCOMPARE(test::scalar(db, "SELECT at > now() - interval '1 hour' FROM audit_log WHERE action = 'lookup'"),
                 QStringLiteral("t"));
        for (const QString& user : {QStringLiteral("operador"), QStringLiteral("comandante"),
                                    QStringLiteral("administrador"), QStringLiteral("pasarela")}) {
            PgConnection c(conninfoAs(user));
            for (const char* sql :
                 {"UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
                try {
                    c.exec(sql);
                    QFAIL(qPrintable(user + QStringLiteral(": ") + QString::fromLatin1(sql)));
                } catch (const core::PgError& e) {
                    QCOMPARE(e.sqlState(), QByteArray("42501"));
                }
            }
        }
        // Even the owner cannot rewrite history: the triggers refuse.
        try {
            db.exec("DELETE FROM audit_log");
            QFAIL("owner deleted the audit trail");
        } catch (const core::PgError& e) {
            QCOMPARE(e.sqlState(), QByteArray("42501"));
        }
        // Operators read only their own audit rows; commanders read all.
        PgConnection other(conninfoAs(QStringLiteral("administrador")));
        other.exec("INSERT INTO audit_log (action) VALUES ('admin thing')");
        QCOMPARE(test::scalar(op, "SELECT count(*) FROM audit_log WHERE action = 'admin thing'"), QStringLiteral("0"));
        PgConnection commander(conninfoAs(QStringLiteral("comandante")));
        QCOMPARE(test::scalar(commander, "SELECT count(*) FROM audit_log WHERE action = 'admin thing'"),
                 QStringLiteral("1"));
    }

private:
    QString adminConninfo() const { return m_db; }
    QString conninfoAs(const QString& user) const { return test::TestCluster::instance()->conninfoAs(m_db, user); }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
