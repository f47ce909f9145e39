// The command-line contracts of import-history, report, export-public and bench report, run as a
// user would run them.
#include "CliRun.h"
#include "DbTest.h"
#include "SharedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace centinela;

namespace {
using Run = test::CliRun;
using test::keyValues;

const char kMapping[] = "[source]\nname = cli\n[time]\nformat = dd/MM/yyyy HH:mm:ss\nzone = America/Guatemala\n"
                        "[columns]\nincident = Boleta\nunit = Unidad\nreceived = Recibida\ndispatched = Despachada\n"
                        "en_route = En camino\non_scene = En escena\ncleared = Libre\nsector = Zona\n"
                        "type = Tipo\npriority = Prioridad\n[values]\nchannel = radio\n";
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
    QString m_db;
    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
        QByteArray csv = "Boleta,Unidad,Recibida,Despachada,En camino,En escena,Libre,Zona,Tipo,Prioridad\n";
        // Zona 1: twelve incidents; Zona 2: three, too few to publish.
        for (int i = 0; i < 15; ++i) {
            const QByteArray min = QByteArray::number(10 + i).rightJustified(2, '0');
            csv += "B" + QByteArray::number(i) + ",P-" + QByteArray::number(i % 3) + ",02/01/2017 08:" + min +
                   ":00,02/01/2017 08:" + min + ":45,02/01/2017 08:" + min + ":55,02/01/2017 09:" + min +
                   ":00,02/01/2017 10:00:00," + (i < 12 ? "Zona 1" : "Zona 2") + ",robo," +
                   QByteArray::number(1 + i % 2) + "\n";
        }
        csv += "B99,P-1,31/02/2017 08:00:00,,,,,Zona 1,robo,1\n";
        const Run r =
            test::runCli({QStringLiteral("import-history"), QStringLiteral("--db"), m_db, QStringLiteral("--mapping"),
                          file(QStringLiteral("m.ini"), kMapping), file(QStringLiteral("boletas.csv"), csv)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto kv = keyValues(r.out);
        QCOMPARE(kv.value(QStringLiteral("rows_imported")), QStringLiteral("15"));
        QCOMPARE(kv.value(QStringLiteral("rows_rejected")), QStringLiteral("1"));
        QCOMPARE(kv.value(QStringLiteral("new_incidents")), QStringLiteral("15"));
        QVERIFY2(r.err.contains(QStringLiteral("boletas.csv:17: \"Recibida\" is not a time")), qPrintable(r.err));
    }

    void importHistoryRefusals()
    {
        Run r = test::runCli({QStringLiteral("import-history"), QStringLiteral("--db"), m_db, QStringLiteral("x.csv")});
        QCOMPARE(r.code, 2); // neither --format nor --mapping
        r = test::runCli({QStringLiteral("import-history"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          QStringLiteral("nope"), QStringLiteral("x.csv")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("sf-fire-calls")));
        r = test::runCli(
            {QStringLiteral("import-history"), QStringLiteral("--db"), m_db, QStringLiteral("--mapping"),
             file(QStringLiteral("m2.ini"), kMapping),
             file(QStringLiteral("bad.csv"), "Boleta,Unidad,Recibida,Despachada,En camino,En escena,Libre,Zona,"
                                             "Tipo,Prioridad\nB1,P-1,never,,,,,Zona 1,robo,1\n")});
        QCOMPARE(r.code, 1); // nothing imported
        QVERIFY(r.err.contains(QStringLiteral("bad.csv:2:")));
    }

    void importTheSharedSfWeek()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        const QString path =
            test::sharedDataDir() + QStringLiteral("/incidents/sffd_calls_for_service_2016-12-31_2017-01-07.csv");
        for (int i = 0; i < 2; ++i) {
            const Run r = test::runCli({QStringLiteral("import-history"), QStringLiteral("--db"), db,
                                        QStringLiteral("--format"), QStringLiteral("sf-fire-calls"), path});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(keyValues(r.out).value(QStringLiteral("incidents")), QStringLiteral("3560"));
            QCOMPARE(
                keyValues(r.out).value(i == 0 ? QStringLiteral("new_incidents") : QStringLiteral("updated_incidents")),
                QStringLiteral("3560"));
        }
        const Run r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--group-by"),
                                    QStringLiteral("day")});
        QCOMPARE(r.code, 0);
        qint64 incidents = 0;
        for (const QJsonValue& g : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject p = g[QLatin1String("intervals")][QLatin1String("processing")].toObject();
            incidents += p.value(QLatin1String("count")).toInteger() + p.value(QLatin1String("missing")).toInteger();
        }
        QCOMPARE(incidents, 3560); // not doubled by the second import
    }

    void reportJsonShape()
    {
        Run r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(doc.isArray(), qPrintable(parseError.errorString()));
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject all = doc.array().first().toObject();
        QCOMPARE(all.value(QLatin1String("group")).toObject(), QJsonObject());
        const QJsonObject intervals = all.value(QLatin1String("intervals")).toObject();
        for (const char* key : {"processing", "queue", "turnout", "travel", "response", "on_scene"}) {
            const QJsonObject i = intervals.value(QLatin1String(key)).toObject();
            QVERIFY2(!i.isEmpty(), key);
            for (const char* stat : {"count", "missing", "mean_s", "p50_s", "p90_s"})
                QVERIFY2(i.contains(QLatin1String(stat)), stat);
        }
        QCOMPARE(intervals[QLatin1String("processing")][QLatin1String("count")].toInt(), 15);
        QCOMPARE(intervals[QLatin1String("processing")][QLatin1String("p50_s")].toDouble(), 45.0);
        QCOMPARE(intervals[QLatin1String("queue")][QLatin1String("missing")].toInt(), 15); // no such column
        QVERIFY(intervals[QLatin1String("queue")][QLatin1String("p50_s")].isNull());
        QCOMPARE(intervals[QLatin1String("response")][QLatin1String("p90_s")].toDouble(), 3600.0);

        r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--group-by"),
                          QStringLiteral("sector"), QStringLiteral("--group-by"), QStringLiteral("priority"),
                          QStringLiteral("--from"), QStringLiteral("2017-01-02"), QStringLiteral("--to"),
                          QStringLiteral("2017-01-02")});
        QCOMPARE(r.code, 0);
        const QJsonArray groups = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(groups.size(), 4);
        QCOMPARE(groups.first()[QLatin1String("group")].toObject(),
                 QJsonObject({{QStringLiteral("sector"), QStringLiteral("Zona 1")},
                              {QStringLiteral("priority"), QStringLiteral("1")}}));
        r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                          QStringLiteral("2017-01-03")});
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .array()
                     .first()[QLatin1String("intervals")][QLatin1String("processing")][QLatin1String("count")]
                     .toInt(),
                 0);
    }

    void reportCsvPdfAndRefusals()
    {
        Run r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--group-by"),
                              QStringLiteral("unit"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--target"), QStringLiteral("response=3000")});
        QCOMPARE(r.code, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("unit,interval,count,missing,mean_s,p50_s,p90_s,zero,negative,"
                                               "share_within_60s,share_within_3000s"));
        QCOMPARE(lines.size(), 1 + 3 * 6);
        const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--group-by"),
                          QStringLiteral("shift"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--group-by"),
                          QStringLiteral("colour")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("sector")));
        r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                          QStringLiteral("2017-13-01")});
        QCOMPARE(r.code, 2);
        r = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          QStringLiteral("xls")});
        QCOMPARE(r.code, 2);
    }

    void exportPublicSuppressesSmallGroups()
    {
        const QString csv = m_dir.filePath(QStringLiteral("public.csv"));
        Run r =
            test::runCli({QStringLiteral("export-public"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text, QStringLiteral("week,sector,incidents,response_p50_s,response_p90_s,suppressed\n"
                                      "2017-W01,Zona 1,12,3600,3600,false\n"
                                      "2017-W01,Zona 2,,,,true\n"));
        const QString geojson = m_dir.filePath(QStringLiteral("public.geojson"));
        r = test::runCli(
            {QStringLiteral("export-public"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), geojson});
        QCOMPARE(r.code, 0);
        QFile g(geojson);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QJsonObject fc = QJsonDocument::fromJson(g.readAll()).object();
        QCOMPARE(fc.value(QLatin1String("type")).toString(), QStringLiteral("FeatureCollection"));
        const QJsonArray features = fc.value(QLatin1String("features")).toArray();
        QCOMPARE(features.size(), 2);
        for (const QJsonValue& feature : features) {
            const QJsonObject p = feature[QLatin1String("properties")].toObject();
            // Only these: no free text, names or numbers from the incidents.
            QCOMPARE(p.keys(), QStringList({QStringLiteral("incidents"), QStringLiteral("response_p50_s"),
                                            QStringLiteral("response_p90_s"), QStringLiteral("sector"),
                                            QStringLiteral("suppressed"), QStringLiteral("week")}));
        }
        r = test::runCli({QStringLiteral("export-public"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                          QStringLiteral("x.txt")});
        QCOMPARE(r.code, 2);
    }

    void benchReportPrintsItsContract()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const Run r = test::runCli({QStringLiteral("bench"), QStringLiteral("report"), QStringLiteral("--db"),
                                    cluster->createDatabase(), QStringLiteral("--incidents"), QStringLiteral("3000")});
        QVERIFY2(r.code == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        const auto kv = keyValues(r.out);
        for (const char* key : {"incidents", "import_s", "report_ms", "report_groups", "input", "machine"})
            QVERIFY2(kv.contains(QString::fromLatin1(key)), key);
        QCOMPARE(kv.value(QStringLiteral("incidents")), QStringLiteral("3000"));
        QCOMPARE(kv.value(QStringLiteral("report_rows")), QStringLiteral("3000"));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
