// The CLI contract of `route`, `gen-city` and `bench route`, run as a user would: output shapes,
// exit codes and messages on bad input.
#include "SharedData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace centinela;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out, err;
};

} // namespace

class RouteCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_city;

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"),
                   m_dir.filePath(QStringLiteral("cache"))); // keep the user's cache clean
        p.setProcessEnvironment(env);
        p.start(test::binDir() + QStringLiteral("/centinela-cli"), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& contents)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(contents);
        return path;
    }

    static void checkResults(const QJsonArray& results, int k, bool byDistance)
    {
        QVERIFY(results.size() <= k);
        double previous = -1;
        for (const QJsonValue& v : results) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("cost"), QStringLiteral("distance_m"),
                                            QStringLiteral("eta_s"), QStringLiteral("unit")}));
            const double cost = o.value(QLatin1String("cost")).toDouble();
            QVERIFY(cost >= previous);
            previous = cost;
            QCOMPARE(cost, o.value(byDistance ? QLatin1String("distance_m") : QLatin1String("eta_s")).toDouble());
            QVERIFY(o.value(QLatin1String("distance_m")).toDouble() >= 0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(test::binDir() + QStringLiteral("/centinela-cli")));
        m_city = m_dir.filePath(QStringLiteral("city.gpkg"));
        const Run r = cli({QStringLiteral("gen-city"), QStringLiteral("--nodes"), QStringLiteral("3000"),
                           QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), m_city});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("intersections: "));
        // Not over an existing file.
        const Run again = cli({QStringLiteral("gen-city"), QStringLiteral("--nodes"), QStringLiteral("3000"),
                               QStringLiteral("--out"), m_city});
        QVERIFY(again.exitCode != 0 && !again.crashed);
        QVERIFY(again.err.contains("exists"));
    }

    void routeAtPrintsOneJsonArray()
    {
        // Units spread over the city (lon -58.45…-58.40, lat -34.65…-34.61); ids of both kinds.
        const QString units =
            write(QStringLiteral("units.csv"),
                  "id,lon,lat\n1,-58.445,-34.645\n2,-58.43,-34.63\nP-7,-58.42,-34.62\n4,-58.41,-34.64\n"
                  "5,-58.435,-34.615\n");
        for (const bool distance : {false, true}) {
            QStringList args{QStringLiteral("route"),
                             QStringLiteral("--map"),
                             m_city,
                             QStringLiteral("--units"),
                             units,
                             QStringLiteral("--at"),
                             QStringLiteral("-58.428,-34.628"),
                             QStringLiteral("--k"),
                             QStringLiteral("3")};
            if (distance)
                args << QStringLiteral("--metric") << QStringLiteral("distance");
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
            QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
            QCOMPARE(doc.array().size(), 3);
            checkResults(doc.array(), 3, distance);
            QCOMPARE(doc.array().at(0).toObject().value(QLatin1String("unit")).toInt(), 2); // the nearest by far
        }
        // A string id stays a string.
        const Run all =
            cli({QStringLiteral("route"), QStringLiteral("--map"), m_city, QStringLiteral("--units"), units,
                 QStringLiteral("--at"), QStringLiteral("-58.42,-34.62"), QStringLiteral("--k"), QStringLiteral("10")});
        QVERIFY(all.out.contains("\"unit\": \"P-7\""));
        QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 5);
    }

    void routeQueriesPrintsOneObjectPerLine()
    {
        const QString units =
            write(QStringLiteral("u2.csv"), "lat,lon,id,name\n-34.645,-58.445,10,a\n-34.62,-58.42,11,b\n");
        const QString queries =
            write(QStringLiteral("q.csv"), "id,lon,lat\nq1,-58.44,-34.64\nq2,-58.41,-34.61\n3,-58.43,-34.63\n");
        const Run r = cli({QStringLiteral("route"), QStringLiteral("--map"), m_city, QStringLiteral("--units"), units,
                           QStringLiteral("--queries"), queries, QStringLiteral("--k"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QStringList ids;
        for (const QByteArray& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("query"), QStringLiteral("results")}));
            checkResults(o.value(QLatin1String("results")).toArray(), 1, false);
            ids << o.value(QLatin1String("query")).toVariant().toString();
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("3")}));
        QVERIFY(lines.at(2).startsWith("{\"query\": 3,"));
    }

    void badInputFailsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("units");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QByteArray good = "id,lon,lat\n1,-58.44,-34.64\n";
        QTest::newRow("missing map") << QStringList{QStringLiteral("--map"), QStringLiteral("/nonexistent.pbf"),
                                                    QStringLiteral("--at"), QStringLiteral("-58.43,-34.63")}
                                     << good << 1 << QByteArray("no such file");
        QTest::newRow("bad --at") << QStringList{QStringLiteral("--at"), QStringLiteral("-58.43")} << good << 2
                                  << QByteArray("LON,LAT");
        QTest::newRow("lat out of range")
            << QStringList{QStringLiteral("--at"), QStringLiteral("-58.43,-95")} << good << 2 << QByteArray("LON,LAT");
        QTest::newRow("no header") << QStringList{QStringLiteral("--at"), QStringLiteral("-58.43,-34.63")}
                                   << QByteArray("1,-58.44,-34.64\n") << 1 << QByteArray("header");
        QTest::newRow("not a number") << QStringList{QStringLiteral("--at"), QStringLiteral("-58.43,-34.63")}
                                      << QByteArray("id,lon,lat\n1,west,-34.64\n") << 1 << QByteArray("line 2");
        QTest::newRow("short row") << QStringList{QStringLiteral("--at"), QStringLiteral("-58.43,-34.63")}
                                   << QByteArray("id,lon,lat\n1,-58.44\n") << 1 << QByteArray("line 2");
        QTest::newRow("both --at and --queries") << QStringList{QStringLiteral("--at"), QStringLiteral("-58.43,-34.63"),
                                                                QStringLiteral("--queries"), QStringLiteral("q.csv")}
                                                 << good << 2 << QByteArray("exactly one");
        QTest::newRow("far from the map")
            << QStringList{QStringLiteral("--at"), QStringLiteral("10,10")} << good << 1 << QByteArray("nearest road");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--at"), QStringLiteral("-58.43,-34.63"),
                                                        QStringLiteral("--profile"), QStringLiteral("tractor")}
                                         << good << 2 << QByteArray("unknown profile");
    }

    void badInputFailsWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, units);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QStringList full{QStringLiteral("route"), QStringLiteral("--units"), write(QStringLiteral("bad.csv"), units)};
        if (!args.contains(QStringLiteral("--map")))
            full << QStringLiteral("--map") << m_city;
        const Run r = cli(full + args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void benchRoutePrintsItsKeys()
    {
        const Run r =
            cli({QStringLiteral("bench"), QStringLiteral("route"), QStringLiteral("--map"), m_city,
                 QStringLiteral("--units"), QStringLiteral("50"), QStringLiteral("--queries"), QStringLiteral("50"),
                 QStringLiteral("--k"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char* key :
             {"nodes", "edges", "import_ms", "load_ms", "p50_us", "p95_us", "p99_us", "rss_mb", "input", "machine"}) {
            const QByteArray line = QByteArray(key) + QByteArray(": ");
            QVERIFY2(r.out.startsWith(line) || r.out.contains(QByteArray(QByteArray("\n") + line)), key);
        }
    }

    void sharedExtractByPgroutingProfile()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const QString monaco = test::sharedDataDir() + QStringLiteral("/osm/monaco.osm.pbf");
        const QString units = write(QStringLiteral("m.csv"), "id,lon,lat\n1,7.4200,43.7350\n2,7.4280,43.7400\n");
        const Run r = cli({QStringLiteral("route"), QStringLiteral("--map"), monaco, QStringLiteral("--units"), units,
                           QStringLiteral("--at"), QStringLiteral("7.4230,43.7370"), QStringLiteral("--profile"),
                           QStringLiteral("pgrouting-cars"), QStringLiteral("--metric"), QStringLiteral("distance")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 2);
        checkResults(a, 5, true);
    }
};

QTEST_GUILESS_MAIN(RouteCliTest)
#include "RouteCliTest.moc"
