// Live sync between desks against a real database: what one desk does the other sees, and a slow
// transaction's event is never skipped by a reader (the event-log ordering pitfall).
#include "DbTest.h"
#include "ManualClock.h"
#include "domain/Command.h"
#include "store/CommandExecutor.h"
#include "store/PositionWriter.h"
#include "sync/DeskSession.h"
#include "sync/SyncClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <thread>

using namespace centinela;
using core::Command;

class TestSync : public QObject
{
    Q_OBJECT
    QString m_db;

private Q_SLOTS:
    void init()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
    }

    void twoDesksSeeEachOther()
    {
        test::ManualClock clock;
        QTemporaryDir dir;
        auto* cluster = test::TestCluster::instance();
        core::DeskSession a(cluster->conninfoAs(m_db, QStringLiteral("operador")),
                            dir.filePath(QStringLiteral("a.jsonl")), clock);
        core::DeskSession b(cluster->conninfoAs(m_db, QStringLiteral("comandante")),
                            dir.filePath(QStringLiteral("b.jsonl")), clock);
        QString error;
        QVERIFY(a.start(&error));
        QVERIFY(b.start(&error));
        QTRY_COMPARE(a.connectionState(), core::SyncClient::State::Online);
        QTRY_COMPARE(b.connectionState(), core::SyncClient::State::Online);

        QVERIFY(a.submit(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("hotline")},
                                               {QStringLiteral("body"), QStringLiteral("disparos")}},
                                              clock.now()),
                         &error));
        QTRY_COMPARE(b.state().alerts().size(), 1);
        const qint64 alert = b.state().alerts().begin().key();
        QCOMPARE(b.state().alerts().value(alert).body, QStringLiteral("disparos"));

        QVERIFY(b.submit(Command::acknowledgeAlert(alert, clock.now()), &error));
        QTRY_COMPARE(a.state().alerts().value(alert).state, core::AlertState::Acknowledged);
        QCOMPARE(a.state().alerts().value(alert).acknowledgedBy, QStringLiteral("comandante"));
        QTRY_VERIFY(a.outbox().pending().isEmpty());
        QTRY_VERIFY(b.outbox().pending().isEmpty());
        QCOMPARE(a.state().eventWatermark(), b.state().eventWatermark());
    }

    void slowTransactionIsNeverSkipped()
    {
        // Writer S draws its event id first and commits late; writer F commits meanwhile. A reader
        // that trusted "max id seen" would skip S's event for ever.
        core::SyncClient reader(m_db);
        QList<qint64> seen;
        connect(&reader, &core::SyncClient::eventsReceived, this, [&seen](const QList<core::Event>& events) {
            for (const core::Event& e : events)
                seen << e.id;
        });
        reader.setPollInterval(20); // read continuously while the writers run
        reader.start();
        QTRY_COMPARE(reader.state(), core::SyncClient::State::Online);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::thread slow([this, now] {
            core::PgConnection c(m_db);
            c.execScript("BEGIN");
            c.exec("SELECT cmd_create_alert($1, '{\"channel\":\"sms\",\"body\":\"slow\"}')",
                   {QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()});
            c.exec("SELECT pg_sleep(0.5)");
            c.execScript("COMMIT");
        });
        QTest::qWait(100); // the slow writer holds its event id now
        std::thread fast([this, now] {
            core::CommandExecutor ex(m_db);
            for (int i = 0; i < 5; ++i)
                ex.execute(Command::createAlert({{QStringLiteral("channel"), QStringLiteral("sms")}}, now));
        });
        // Keep the reader's event loop turning while both write.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 1500)
            QTest::qWait(10);
        slow.join();
        fast.join();
        QTRY_COMPARE(seen.size(), 6);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) > seen.at(i - 1));
        core::PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM events").toInt(), 6);
    }

    void positionsArriveInBatches()
    {
        core::PgConnection admin(m_db);
        const qint64 unit = admin.exec("INSERT INTO units (call_sign, status) VALUES ('M-1', 'available') RETURNING id")
                                .toLongLong(0, 0);
        core::SyncClient reader(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        QList<core::UnitPosition> got;
        connect(&reader, &core::SyncClient::positionsReceived, this,
                [&got](const QList<core::UnitPosition>& p) { got += p; });
        reader.start();
        QTRY_COMPARE(reader.state(), core::SyncClient::State::Online);

        core::PositionWriter writer(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("pasarela")));
        QList<core::UnitPosition> batch;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            core::UnitPosition p;
            p.unitId = unit;
            p.point = {-90.5 + i * 0.001, 14.6};
            p.fixTime = t0.addSecs(i);
            batch << p;
        }
        // Out of order within the batch: the newest fix still wins.
        std::swap(batch[0], batch[2]);
        QVERIFY(writer.write(batch) > 0);
        QTRY_COMPARE(got.size(), 1);
        QCOMPARE(got.first().fixTime, t0.addSecs(2));
        QCOMPARE(test::scalar(admin, "SELECT count(*) FROM positions"), QStringLiteral("3"));
        // An older fix arriving late never moves the unit back.
        core::UnitPosition late = batch[1];
        late.fixTime = t0.addSecs(-60);
        writer.write({late});
        QCOMPARE(test::scalar(admin, "SELECT fix_time = $1::timestamptz FROM unit_positions",
                              {t0.addSecs(2).toString(Qt::ISODateWithMs).toUtf8()}),
                 QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
