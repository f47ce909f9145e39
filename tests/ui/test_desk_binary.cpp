// The installed-style desk binary as a user starts it: first run on the embedded default (cluster
// created, migrated, demo login), and clear refusals for a database it cannot work with.
#include "DbTest.h"
#include "SharedData.h"
#include "store/EmbeddedCluster.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace centinela;

namespace {
struct Run
{
    int code = -1;
    QString err;
};

Run desk(const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")); // never the real user's outbox
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(test::binDir() + QStringLiteral("/centinela"), args);
    if (!p.waitForFinished(180000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestDeskBinary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRunOnTheEmbeddedDefault()
    {
        QTemporaryDir home(QDir::tempPath() + QStringLiteral("/centinela-home-XXXXXX"));
        QVERIFY(home.isValid());
        // As root the server runs as `postgres`, which must be able to enter the folder.
        QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                               QFileDevice::ExeGroup | QFileDevice::ExeOther);
        const QString dataDir = home.path() + QStringLiteral("/db");
        const QString shot = home.path() + QStringLiteral("/first-run.png");
        const Run r = desk({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--lang"), QStringLiteral("es"),
                            QStringLiteral("--screenshot"), shot},
                           home.path());
        core::EmbeddedCluster cluster(dataDir, core::EmbeddedCluster::Durability::Durable);
        QString error;
        const bool running = cluster.start(&error); // finds the server the desk left running
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(dataDir + QStringLiteral("/data/PG_VERSION")).exists());
        QFile png(shot);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY2(running, qPrintable(error));
        {
            core::PgConnection c(cluster.conninfo(QStringLiteral("centinela")));
            QCOMPARE(test::scalar(c, "SELECT pg_has_role('operador', 'centinela_operator', 'MEMBER')"),
                     QStringLiteral("t"));
        }
        // A second start reuses the cluster.
        const Run again =
            desk({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--screenshot"), shot}, home.path());
        QVERIFY2(again.code == 0, qPrintable(again.err));
        cluster.stop();
        QVERIFY(!cluster.isRunning());
    }

    void refusesANewerSchema()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        core::PgConnection c(db);
        c.exec("INSERT INTO schema_version (version, name) VALUES (9999, 'future')");
        QTemporaryDir home;
        const Run r = desk({QStringLiteral("--db"), db}, home.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
    }

    void asksForMigrationOnAnEmptyDatabase()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createEmptyDatabase();
        QTemporaryDir home;
        const Run r = desk({QStringLiteral("--db"), db}, home.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("db migrate")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDeskBinary)
#include "test_desk_binary.moc"
