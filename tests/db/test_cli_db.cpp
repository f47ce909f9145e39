// The command-line contracts of centinela-cli's database subcommands, run as a user would.
#include "DbTest.h"
#include "SharedData.h"
#include "store/Migrator.h"

#include <QProcess>

using namespace centinela;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(test::binDir() + QStringLiteral("/centinela-cli"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QHash<QString, QString> keyValues(const QString& out)
{
    QHash<QString, QString> kv;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        kv.insert(line.section(QStringLiteral(": "), 0, 0), line.section(QStringLiteral(": "), 1));
    return kv;
}
} // namespace

class TestCliDb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("centinela-cli ")));
        QVERIFY(r.out.contains(QStringLiteral("gdal: ")));
    }

    void migrateAndAddUser()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createEmptyDatabase();
        Run r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QCOMPARE(keyValues(r.out).value(QStringLiteral("schema_version")).toInt(), core::Migrator::latestVersion());
        QCOMPARE(keyValues(r.out).value(QStringLiteral("applied")).toInt(), int(core::Migrator::available().size()));
        r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QCOMPARE(keyValues(r.out).value(QStringLiteral("applied")), QStringLiteral("0"));

        r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                 QStringLiteral("commander"), QStringLiteral("maria")},
                "pa55word\n");
        QCOMPARE(r.code, 0);
        core::PgConnection c(db);
        QCOMPARE(test::scalar(c, "SELECT pg_has_role('maria', 'centinela_commander', 'MEMBER')"), QStringLiteral("t"));
        QCOMPARE(test::scalar(c, "SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = 'maria'"),
                 QStringLiteral("t"));
        // Again: idempotent.
        r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                 QStringLiteral("commander"), QStringLiteral("maria")},
                "other\n");
        QCOMPARE(r.code, 0);
    }

    void badInputGetsClearErrors()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        Run r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("--db"), db,
                     QStringLiteral("--role"), QStringLiteral("sheriff"), QStringLiteral("x")},
                    "p\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--role")));
        r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                 QStringLiteral("operator"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("password")));
        r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
                 QStringLiteral("host=/nonexistent dbname=x connect_timeout=2")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("cannot connect")));
        r = cli({QStringLiteral("db"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        core::PgConnection c(db);
        c.exec("INSERT INTO schema_version (version, name) VALUES (9999, 'future')");
        r = cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer")));
    }

    void benchSyncPrintsItsContract()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        const Run r = cli({QStringLiteral("bench"), QStringLiteral("sync"), QStringLiteral("--db"), db,
                           QStringLiteral("--desks"), QStringLiteral("2"), QStringLiteral("--seconds"),
                           QStringLiteral("2"), QStringLiteral("--alerts-per-s"), QStringLiteral("10"),
                           QStringLiteral("--positions-per-s"), QStringLiteral("100")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto kv = keyValues(r.out);
        for (const char* key : {"desks", "events", "p50_ms", "p95_ms", "p99_ms", "lost", "duplicated"})
            QVERIFY2(kv.contains(QString::fromLatin1(key)), key);
        QCOMPARE(kv.value(QStringLiteral("desks")), QStringLiteral("2"));
        QVERIFY(kv.value(QStringLiteral("events")).toInt() > 100);
        QCOMPARE(kv.value(QStringLiteral("lost")), QStringLiteral("0"));
        QCOMPARE(kv.value(QStringLiteral("duplicated")), QStringLiteral("0"));
    }

    void benchIngestPrintsItsContract()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        const Run r = cli({QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("--db"), db,
                           QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--devices"),
                           QStringLiteral("10"), QStringLiteral("--rate"), QStringLiteral("100")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto kv = keyValues(r.out);
        for (const char* key : {"sent", "stored", "lost", "fixes_per_s", "p99_visible_ms", "rss_mb"})
            QVERIFY2(kv.contains(QString::fromLatin1(key)), key);
        QVERIFY(kv.value(QStringLiteral("sent")).toInt() >= 150);
        QCOMPARE(kv.value(QStringLiteral("stored")), kv.value(QStringLiteral("sent")));
        QCOMPARE(kv.value(QStringLiteral("lost")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestCliDb)
#include "test_cli_db.moc"
