// The speed goal compares Centinela with pgRouting "on the same machine and graph". This
// benchmark (label bench, not run by default) imports an extract with osm2pgrouting into the test
// cluster and runs `centinela-cli bench route --pgrouting`, which interleaves pgRouting's
// recommendations with Centinela's so both meet the same machine load, and prints both latencies
// and their ratio. It checks that the comparison ran and answered; it asserts no timing.
// CENTINELA_BENCH_MAP picks the extract (default campo-grande.osm.pbf in ../shared/data/osm).
#include "CliRun.h"
#include "Osm2pgrouting.h"
#include "SharedData.h"
#include "TestCluster.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centinela;

class RouteVsPgroutingBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topFiveOfAThousandUnits()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        QString error;
        test::TestCluster* cluster = test::TestCluster::instance(&error);
        if (!cluster)
            QSKIP(qPrintable(QStringLiteral("cannot start a PostgreSQL test cluster: %1").arg(error)));
        const QString pbf = qEnvironmentVariable("CENTINELA_BENCH_MAP",
                                                 test::sharedDataDir() + QStringLiteral("/osm/campo-grande.osm.pbf"));
        QTemporaryDir work;
        const test::PgroutingImport imported = test::importWithOsm2pgrouting(*cluster, pbf, work.path());
        if (imported.status == test::PgroutingImport::Status::Unavailable)
            QSKIP(qPrintable(imported.message));
        QVERIFY2(imported.status == test::PgroutingImport::Status::Ok, qPrintable(imported.message));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), work.filePath(QStringLiteral("cache")));
        QByteArray out;
        QString log;
        QVERIFY2(test::runTool(test::binDir() + QStringLiteral("/centinela-cli"),
                               {QStringLiteral("bench"), QStringLiteral("route"), QStringLiteral("--map"), pbf,
                                QStringLiteral("--units"), QStringLiteral("1000"), QStringLiteral("--queries"),
                                QStringLiteral("20000"), QStringLiteral("--k"), QStringLiteral("5"),
                                QStringLiteral("--pgrouting"), imported.conninfo, QStringLiteral("--pgrouting-queries"),
                                QStringLiteral("40")},
                               &log, env, &out),
                 qPrintable(log));
        std::fputs(out.constData(), stdout);
        const QHash<QString, QString> values = test::keyValues(out);
        QCOMPARE(values.value(QStringLiteral("pgrouting_queries")), QStringLiteral("40"));
        // Both engines answered the recommendations: five units each.
        QCOMPARE(values.value(QStringLiteral("answers_per_query")).toDouble(), 5.0);
        QCOMPARE(values.value(QStringLiteral("pgrouting_answers_per_query")).toDouble(), 5.0);
        QVERIFY(values.value(QStringLiteral("speedup_p50")).toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(RouteVsPgroutingBench)
#include "RouteVsPgroutingBench.moc"
