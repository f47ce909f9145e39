// The contract of `centinela-cli simulate`, run as a user would: its key: value lines, a replay
// file, and exit codes on bad input. Never asserts timings.
#include "SharedData.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace centinela;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

QHash<QString, QString> keyValues(const QByteArray& out)
{
    QHash<QString, QString> values;
    for (const QByteArray& line : out.split('\n')) {
        const int colon = line.indexOf(": ");
        if (colon > 0)
            values.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)));
    }
    return values;
}

} // namespace

class CliSimulateTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_city;

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(test::binDir() + QStringLiteral("/centinela-cli"), args);
        p.waitForFinished(240000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static void checkStatistics(const QHash<QString, QString>& v)
    {
        for (const char* key : {"incidents", "closed", "mean_travel_s", "p90_travel_s", "p90_processing_s", "policy",
                                "seed", "units", "alerts", "dispatched", "simulated_s"})
            QVERIFY2(v.contains(QLatin1String(key)), key);
        bool ok = false;
        const qint64 incidents = v.value(QStringLiteral("incidents")).toLongLong(&ok);
        QVERIFY(ok);
        const qint64 closed = v.value(QStringLiteral("closed")).toLongLong(&ok);
        QVERIFY(ok);
        QVERIFY(closed <= incidents);
        for (const char* key : {"mean_travel_s", "p90_travel_s", "p90_processing_s"}) {
            const QString value = v.value(QLatin1String(key));
            if (value != QLatin1String("n/a")) {
                QVERIFY2(value.toDouble(&ok) >= 0 && ok, key);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(test::binDir() + QStringLiteral("/centinela-cli")));
        m_city = m_dir.filePath(QStringLiteral("city.gpkg"));
        const Run r = cli({QStringLiteral("gen-city"), QStringLiteral("--nodes"), QStringLiteral("400"),
                           QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--out"), m_city});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void policyRun()
    {
        const Run r = cli({QStringLiteral("simulate"), QStringLiteral("--map"), m_city, QStringLiteral("--units"),
                           QStringLiteral("4"), QStringLiteral("--alerts-per-hour"), QStringLiteral("30"),
                           QStringLiteral("--speedup"), QStringLiteral("600"), QStringLiteral("--seconds"),
                           QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("4"),
                           QStringLiteral("--policy"), QStringLiteral("straight")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QHash<QString, QString> v = keyValues(r.out);
        checkStatistics(v);
        QCOMPARE(v.value(QStringLiteral("policy")), QStringLiteral("straight"));
        QCOMPARE(v.value(QStringLiteral("seed")), QStringLiteral("4"));
        QCOMPARE(v.value(QStringLiteral("units")), QStringLiteral("4"));
        // Every line is `key: value`.
        for (const QByteArray& line : r.out.trimmed().split('\n'))
            QVERIFY2(line.indexOf(": ") > 0, line.constData());
    }

    void replay()
    {
        // Rows per unit: the second row of call 1 is the same arrival.
        QFile csv(m_dir.filePath(QStringLiteral("calls.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Incident Number,Unit ID,Received DtTm\n"
                  "1,E1,12/31/2016 11:00:00 PM\n"
                  "1,E2,12/31/2016 11:00:00 PM\n"
                  "2,E3,12/31/2016 11:05:30 PM\n"
                  "3,E1,01/01/2017 12:10:00 AM\n");
        csv.close();
        const Run r = cli({QStringLiteral("simulate"), QStringLiteral("--map"), m_city, QStringLiteral("--units"),
                           QStringLiteral("3"), QStringLiteral("--speedup"), QStringLiteral("1000"),
                           QStringLiteral("--seconds"), QStringLiteral("3"), QStringLiteral("--policy"),
                           QStringLiteral("road"), QStringLiteral("--arrivals"), csv.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QHash<QString, QString> v = keyValues(r.out);
        checkStatistics(v);
        QVERIFY(v.value(QStringLiteral("arrivals")).endsWith(QLatin1String("(3 calls)")));
        // Whatever the pace, no more alerts than the file has calls.
        QVERIFY(v.value(QStringLiteral("alerts")).toInt() <= 3);
    }

    void badInput()
    {
        QCOMPARE(cli({QStringLiteral("simulate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("--map"), m_city, QStringLiteral("--policy"),
                      QStringLiteral("fastest")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("--map"), m_city, QStringLiteral("--units"),
                      QStringLiteral("0")})
                     .exitCode,
                 2);
        const Run missing =
            cli({QStringLiteral("simulate"), QStringLiteral("--map"), m_dir.filePath(QStringLiteral("nowhere.gpkg")),
                 QStringLiteral("--seconds"), QStringLiteral("1")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith("centinela-cli: "));
        const Run badReplay =
            cli({QStringLiteral("simulate"), QStringLiteral("--map"), m_city, QStringLiteral("--arrivals"), m_city});
        QCOMPARE(badReplay.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(CliSimulateTest)
#include "test_cli_simulate.moc"
