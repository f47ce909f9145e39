// kill -9 of the PostgreSQL server mid-session: the desk says it is offline, keeps operator actions
// in its outbox, and after the restart catches up and replays them: nothing lost, nothing twice.
#include "DbTest.h"
#include "ManualClock.h"
#include "domain/Command.h"
#include "store/CommandExecutor.h"
#include "store/EmbeddedCluster.h"
#include "store/StationDatabase.h"
#include "sync/DeskSession.h"

#include <QTemporaryDir>

#include <csignal>
#include <memory>

using namespace centinela;
using core::Command;
using core::SyncClient;

class TestCrashRecovery : public QObject
{
    Q_OBJECT
    std::unique_ptr<core::EmbeddedCluster> m_cluster;
    QString m_admin;
    QString m_operator;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_cluster.reset(core::EmbeddedCluster::createThrowaway(&error));
        QVERIFY2(m_cluster, qPrintable(error));
        QVERIFY2(core::StationDatabase::prepareEmbedded(*m_cluster, QStringLiteral("centinela"), &error),
                 qPrintable(error));
        m_admin = m_cluster->conninfo(QStringLiteral("centinela"));
        m_operator = m_cluster->conninfo(QStringLiteral("centinela"), QStringLiteral("operador"));
    }

    void killMinusNineMidSession()
    {
        core::PgConnection admin(m_admin);
        const qint64 unit = admin.exec("INSERT INTO units (call_sign, status) VALUES ('K-1', 'available') RETURNING id")
                                .toLongLong(0, 0);
        const qint64 incident =
            admin.exec("INSERT INTO incidents (received_at) VALUES (now()) RETURNING id").toLongLong(0, 0);

        test::ManualClock clock;
        QTemporaryDir dir;
        const QString outbox = dir.filePath(QStringLiteral("outbox.jsonl"));
        core::DeskSession desk(m_operator, outbox, clock);
        QString error;
        connect(&desk, &core::DeskSession::connectionStateChanged, this,
                [](SyncClient::State s, const QString& m) { qInfo() << "desk connection:" << int(s) << m; });
        QVERIFY(desk.start(&error));
        QTRY_COMPARE(desk.connectionState(), SyncClient::State::Online);
        QTRY_VERIFY(desk.state().unit(unit) != nullptr);

        // Another desk writes just before the crash; whether or not this desk saw it yet, it must
        // have it after recovery.
        core::CommandExecutor other(m_admin);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                other.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("radio")}}, clock.now()))
                    .status,
                core::CommandResult::Status::Ok);
        const qint64 pid = m_cluster->postmasterPid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.connectionState(), SyncClient::State::Offline, 20000);

        // The operator keeps working: actions are kept, shown as pending.
        QVERIFY(desk.submit(Command::assignUnit(incident, unit, QString(), clock.now()), &error));
        QVERIFY(desk.submit(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("front_desk")},
                                                  {QStringLiteral("body"), QStringLiteral("taken while offline")}},
                                                 clock.now()),
                            &error));
        QCOMPARE(desk.outbox().pending().size(), 2);
        const QList<Command> sent = desk.outbox().pending();

        // Restart: start() waits for the orphaned backends of the killed server first.
        const bool restarted = m_cluster->start(&error);
        if (!restarted)
            qWarning().noquote() << error;
        QVERIFY(restarted);
        QTRY_COMPARE_WITH_TIMEOUT(desk.connectionState(), SyncClient::State::Online, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.outbox().pending().isEmpty(), 30000);
        QVERIFY(desk.outbox().conflicts().isEmpty());

        core::PgConnection after(m_admin);
        const qint64 maxEvent = test::scalar(after, "SELECT max(id) FROM events").toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(desk.state().eventWatermark(), maxEvent, 10000);
        QCOMPARE(desk.state().alerts().size(), 4); // 3 from the other desk + 1 taken offline
        QCOMPARE(desk.state().unit(unit)->status, core::UnitStatus::Dispatched);
        QCOMPARE(test::scalar(after, "SELECT count(*) FROM assignments WHERE unit_id = $1", {QByteArray::number(unit)}),
                 QStringLiteral("1"));
        for (const Command& c : sent)
            QCOMPARE(test::scalar(after, "SELECT count(*) FROM commands WHERE id = $1",
                                  {c.id.toString(QUuid::WithoutBraces).toUtf8()}),
                     QStringLiteral("1"));
        desk.stop();
    }

    void outboxSurvivesADeskRestart()
    {
        test::ManualClock clock;
        QTemporaryDir dir;
        const QString outbox = dir.filePath(QStringLiteral("outbox.jsonl"));
        QString error;
        m_cluster->stop();
        {
            core::DeskSession desk(m_operator, outbox, clock);
            QVERIFY(desk.start(&error));
            QTRY_COMPARE_WITH_TIMEOUT(desk.connectionState(), SyncClient::State::Offline, 20000);
            QVERIFY(desk.submit(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("phone")},
                                                      {QStringLiteral("body"), QStringLiteral("before the power cut")}},
                                                     clock.now()),
                                &error));
        } // the desk closes with the command still pending
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        core::DeskSession desk(m_operator, outbox, clock);
        QVERIFY(desk.start(&error));
        QCOMPARE(desk.outbox().pending().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(desk.outbox().pending().isEmpty(), 30000);
        core::PgConnection c(m_admin);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM alerts WHERE body = 'before the power cut'"),
                 QStringLiteral("1"));
        bool seen = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen = std::any_of(desk.state().alerts().begin(), desk.state().alerts().end(),
                                [](const core::Alert& a) { return a.body == QLatin1String("before the power cut"); })),
            10000);
        desk.stop();
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "test_crash_recovery.moc"
