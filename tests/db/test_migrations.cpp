#include "DbTest.h"
#include "domain/Status.h"
#include "store/Migrator.h"
#include "store/StationDatabase.h"

#include <mutex>
#include <thread>

using namespace centinela;
using core::Migrator;
using core::PgConnection;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEmptyAndRerun()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        PgConnection c(cluster->createEmptyDatabase());
        QCOMPARE(Migrator::check(c), Migrator::Status::Empty);
        QString error;
        QStringList applied;
        QVERIFY2(Migrator::migrate(c, &error, &applied), qPrintable(error));
        QCOMPARE(applied.size(), Migrator::available().size());
        QCOMPARE(Migrator::check(c), Migrator::Status::Current);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM schema_version").toInt(), int(Migrator::available().size()));
        QCOMPARE(Migrator::currentVersion(c), Migrator::latestVersion());
        applied.clear();
        QVERIFY2(Migrator::migrate(c, &error, &applied), qPrintable(error));
        QVERIFY(applied.isEmpty());
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM stations"), QStringLiteral("1"));
    }

    void newerSchemaIsRefused()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        PgConnection c(cluster->createDatabase());
        c.exec("INSERT INTO schema_version (version, name) VALUES ($1, 'from the future')",
               {QByteArray::number(Migrator::latestVersion() + 1)});
        int found = 0;
        QCOMPARE(Migrator::check(c, &found), Migrator::Status::TooNew);
        QCOMPARE(found, Migrator::latestVersion() + 1);
        QString error;
        QVERIFY(!Migrator::migrate(c, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void failedMigrationRollsBack()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        PgConnection c(cluster->createEmptyDatabase());
        // A table in the way of migration 2 makes it fail; migration 1 stays applied, 2 leaves nothing.
        c.execScript("CREATE TABLE units (x int)");
        QString error;
        QVERIFY(!Migrator::migrate(c, &error));
        QVERIFY2(error.contains(QStringLiteral("0002")), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(c), 1);
        QCOMPARE(test::scalar(c, "SELECT to_regclass('public.stations') IS NULL"), QStringLiteral("t"));
    }

    void concurrentDatabasesShareRoles()
    {
        // Several station databases in one cluster, migrated at the same moment: roles are
        // cluster-wide and their creation must not fail either migration.
        CENTINELA_REQUIRE_CLUSTER(cluster);
        QStringList conninfos;
        for (int i = 0; i < 4; ++i)
            conninfos << cluster->createEmptyDatabase(QStringLiteral("par"));
        std::vector<std::thread> threads;
        QStringList errors;
        std::mutex m;
        for (const QString& ci : conninfos) {
            threads.emplace_back([ci, &errors, &m] {
                QString error;
                try {
                    PgConnection c(ci);
                    if (!Migrator::migrate(c, &error)) {
                        std::lock_guard lock(m);
                        errors << error;
                    }
                } catch (const core::PgError& e) {
                    std::lock_guard lock(m);
                    errors << e.message();
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        for (const QString& ci : conninfos) {
            PgConnection c(ci);
            QCOMPARE(Migrator::check(c), Migrator::Status::Current);
        }
    }

    void addUserIsIdempotent()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        PgConnection c(cluster->createDatabase());
        QString error;
        using R = core::StationDatabase::Role;
        QVERIFY2(core::StationDatabase::addUser(c, QStringLiteral("ana.lopez"), R::Operator, QStringLiteral("s3cret"),
                                                &error),
                 qPrintable(error));
        QVERIFY2(
            core::StationDatabase::addUser(c, QStringLiteral("ana.lopez"), R::Commander, QStringLiteral("n3w"), &error),
            qPrintable(error));
        QCOMPARE(test::scalar(c, "SELECT pg_has_role('ana.lopez', 'centinela_commander', 'MEMBER')"),
                 QStringLiteral("t"));
        QVERIFY(!core::StationDatabase::addUser(c, QStringLiteral("Robert'); DROP TABLE units;--"), R::Operator,
                                                QStringLiteral("x"), &error));
        QVERIFY(!core::StationDatabase::addUser(c, QStringLiteral("centinela_admin"), R::Admin, QStringLiteral("x"),
                                                &error));
    }

    void databaseEnforcesTheSameTransitionsAsCore()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        PgConnection c(cluster->createDatabase());
        c.execScript("INSERT INTO units (call_sign) VALUES ('T-1')");
        for (core::UnitStatus from : core::allUnitStatuses()) {
            for (core::UnitStatus to : core::allUnitStatuses()) {
                if (from == to)
                    continue;
                c.execScript("BEGIN");
                c.exec("ALTER TABLE units DISABLE TRIGGER units_transition");
                c.exec("UPDATE units SET status = $1", {core::toDbName(from).toUtf8()});
                c.exec("ALTER TABLE units ENABLE TRIGGER units_transition");
                bool accepted = true;
                try {
                    c.exec("UPDATE units SET status = $1", {core::toDbName(to).toUtf8()});
                } catch (const core::PgError& e) {
                    QCOMPARE(e.sqlState(), QByteArray("CN001"));
                    accepted = false;
                }
                c.execScript("ROLLBACK");
                QVERIFY2(accepted == core::canTransition(from, to),
                         qPrintable(core::toDbName(from) + QStringLiteral(" -> ") + core::toDbName(to)));
            }
        }
        const QString dbCount = test::scalar(c, "SELECT count(*) FROM incident_state_transitions");
        int coreCount = 0;
        for (auto a : core::allIncidentStates())
            for (auto b : core::allIncidentStates())
                coreCount += core::canTransition(a, b) ? 1 : 0;
        QCOMPARE(dbCount.toInt(), coreCount);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
