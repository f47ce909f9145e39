// Importing legacy CAD exports: the shared San Francisco week against an independent SQL reading of
// the raw CSV, idempotent re-imports, incidents split over two files, unreadable rows with their
// line and reason, wall times in the repeated DST hour, and who may import.
#include "DbTest.h"
#include "SharedData.h"
#include "analytics/ReportEngine.h"
#include "history/HistoryImporter.h"
#include "store/PgCopy.h"

#include <QBuffer>
#include <QFile>

using namespace centinela;
using namespace centinela::core;

namespace {

const char kSfFile[] = "/incidents/sffd_calls_for_service_2016-12-31_2017-01-07.csv";

const QByteArray kSmallMapping = "[source]\nname = small\n[time]\nformat = yyyy-MM-dd HH:mm:ss\n"
                                 "zone = America/Los_Angeles\n[columns]\nincident = id\nunit = unit\n"
                                 "received = received\ndispatched = dispatched\non_scene = on_scene\n"
                                 "sector = area\nlocation = where\n";

struct Run
{
    bool ok = false;
    QString error;
    HistoryImporter::Summary summary;
    QList<HistoryImporter::Problem> problems;
};

Run importData(const QString& conninfo, const ImportMapping& mapping, QByteArray data)
{
    HistoryImporter importer(conninfo, mapping);
    Run run;
    importer.setProblemHandler([&run](const HistoryImporter::Problem& p) { run.problems << p; });
    QBuffer b(&data);
    b.open(QIODevice::ReadOnly);
    run.ok = importer.importDevice(&b, &run.summary, &run.error);
    return run;
}

ImportMapping small()
{
    ImportMapping m;
    QString error;
    if (!ImportMapping::parse(kSmallMapping, &m, &error))
        qFatal("%s", qPrintable(error));
    return m;
}

ReportResult report(const QString& conninfo, const QList<ReportField>& groupBy)
{
    PgConnection c(conninfo);
    ReportSettings s;
    QString error;
    ReportSettings::load(c, &s, &error);
    s.timeZone = QStringLiteral("America/Los_Angeles");
    const auto r = ReportEngine(conninfo).compute({}, groupBy, s, &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

} // namespace

class TestHistoryImport : public QObject
{
    Q_OBJECT
    QString m_db;

private Q_SLOTS:
    void init()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
    }

    void sfWeekMatchesAnIndependentSqlReading()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        const QString path = test::sharedDataDir() + QLatin1String(kSfFile);
        ImportMapping sf;
        QString error;
        QVERIFY(ImportMapping::builtIn(QStringLiteral("sf-fire-calls"), &sf, &error));
        CENTINELA_REQUIRE_CLUSTER(cluster);
        HistoryImporter importer(cluster->conninfoAs(m_db, QStringLiteral("administrador")), sf);
        HistoryImporter::Summary sum;
        QVERIFY2(importer.importFile(path, &sum, &error), qPrintable(error));
        QCOMPARE(sum.rowsRead, 7704);
        QCOMPARE(sum.rowsRejected, 0);
        QCOMPARE(sum.incidents, 3560);

        // The raw file, read by PostgreSQL itself: COPY into text columns, times parsed with
        // to_timestamp in San Francisco's zone, the per-incident rules written in SQL.
        PgConnection c(m_db);
        c.execScript("CREATE TEMP TABLE raw (call_number text, unit_id text, incident_number text, call_type text,"
                     " call_date text, watch_date text, received text, entry text, dispatch text, response text,"
                     " on_scene text, transport text, hospital text, disposition text, available text, address text,"
                     " city text, zipcode text, battalion text, station_area text, box text, original_priority text,"
                     " priority text, final_priority text, als_unit text, call_type_group text, alarms text,"
                     " unit_type text, unit_sequence text, fire_prevention_district text, supervisor_district text,"
                     " neighborhood text, location text, row_id text)");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        pgCopyIn(c, "COPY raw FROM STDIN (FORMAT csv, HEADER true)", [&f](QByteArray* chunk) {
            *chunk = f.read(1 << 20);
            return !f.atEnd();
        });
        c.execScript(
            "SET TimeZone = 'America/Los_Angeles';"
            "CREATE TEMP TABLE raw_t AS SELECT incident_number, unit_id, battalion,"
            " to_timestamp(nullif(received, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS r,"
            " to_timestamp(nullif(entry, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS a,"
            " to_timestamp(nullif(dispatch, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS d,"
            " to_timestamp(nullif(response, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS e,"
            " to_timestamp(nullif(on_scene, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS o,"
            " to_timestamp(nullif(available, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS c FROM raw;"
            "CREATE TEMP TABLE raw_inc AS SELECT incident_number, min(battalion) AS battalion, min(r) AS r, min(a) AS "
            "a,"
            " min(d) AS d, min(e) AS e, min(o) AS o, max(c) AS c FROM raw_t GROUP BY incident_number;"
            "CREATE TEMP TABLE raw_iv AS SELECT battalion, NULL::text AS unit_id,"
            " extract(epoch FROM d - r)::float8 AS processing, extract(epoch FROM a - r)::float8 AS queue,"
            " extract(epoch FROM e - d)::float8 AS turnout, extract(epoch FROM o - e)::float8 AS travel,"
            " extract(epoch FROM o - r)::float8 AS response, extract(epoch FROM c - o)::float8 AS on_scene FROM "
            "raw_inc;"
            "CREATE TEMP TABLE raw_unit AS SELECT NULL::text AS battalion, unit_id,"
            " extract(epoch FROM d - r)::float8 AS processing, extract(epoch FROM a - r)::float8 AS queue,"
            " extract(epoch FROM e - d)::float8 AS turnout, extract(epoch FROM o - e)::float8 AS travel,"
            " extract(epoch FROM o - r)::float8 AS response, extract(epoch FROM c - o)::float8 AS on_scene FROM raw_t;"
            "SET TimeZone = 'UTC'");

        struct Check
        {
            QList<ReportField> groupBy;
            QByteArray table;
            QByteArray key;
        };
        for (const Check& check : {Check{{}, "raw_iv", "''"}, Check{{ReportField::Sector}, "raw_iv", "battalion"},
                                   Check{{ReportField::Unit}, "raw_unit", "unit_id"}}) {
            const ReportResult mine = report(m_db, check.groupBy);
            QHash<QString, const ReportGroup*> groups;
            for (const ReportGroup& g : mine.groups)
                groups.insert(g.values.value(0, QStringLiteral("")), &g);
            int compared = 0;
            for (ResponseInterval i : allResponseIntervals()) {
                const QByteArray col = responseIntervalKey(i).toUtf8();
                const PgRows rows = c.exec("SELECT " + check.key + ", count(" + col + "), count(*) - count(" + col +
                                           "), percentile_cont(0.5) WITHIN GROUP (ORDER BY " + col +
                                           "), percentile_cont(0.9) WITHIN GROUP (ORDER BY " + col + "), avg(" + col +
                                           ") FROM " + check.table + " GROUP BY 1");
                QCOMPARE(qsizetype(rows.size()), mine.groups.size());
                for (int r = 0; r < rows.size(); ++r) {
                    const ReportGroup* g = groups.value(rows.text(r, 0));
                    const QString where = rows.text(r, 0) + QLatin1Char(' ') + QString::fromUtf8(col);
                    QVERIFY2(g, qPrintable(where));
                    const IntervalStats& s = g->stats(i);
                    QVERIFY2(s.count == rows.toLongLong(r, 1) && s.missing == rows.toLongLong(r, 2), qPrintable(where));
                    if (s.count == 0)
                        continue;
                    QVERIFY2(*s.p50S == rows.text(r, 3).toDouble(), qPrintable(where));
                    QVERIFY2(*s.p90S == rows.text(r, 4).toDouble(), qPrintable(where));
                    QVERIFY2(qAbs(*s.meanS - rows.text(r, 5).toDouble()) < 1e-9, qPrintable(where));
                    ++compared;
                }
            }
            QVERIFY(compared > 0);
        }
    }

    void importingTwiceDoesNotDoubleTheHistory()
    {
        const QByteArray csv = "id,unit,received,dispatched,on_scene,area,where\n"
                               "1,E1,2017-01-02 10:00:00,2017-01-02 10:01:00,2017-01-02 10:06:00,A,\"(37.7, -122.4)\"\n"
                               "1,E2,2017-01-02 10:00:00,2017-01-02 10:00:40,2017-01-02 10:09:00,A,\"(37.7, -122.4)\"\n"
                               "2,E1,2017-01-02 11:00:00,2017-01-02 11:02:00,,B,\n";
        Run first = importData(m_db, small(), csv);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.summary.newIncidents, 2);
        Run again = importData(m_db, small(), csv);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.summary.newIncidents, 0);
        QCOMPARE(again.summary.updatedIncidents, 2);
        PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM history_incidents"), QStringLiteral("2"));
        QCOMPARE(test::scalar(c, "SELECT count(*) FROM history_responses"), QStringLiteral("3"));
        const ReportResult r = report(m_db, {});
        QCOMPARE(r.rows, 2);
        QCOMPARE(*r.groups.first().stats(ResponseInterval::Processing).p50S, 80.0); // 40 s and 120 s
        QCOMPARE(*r.groups.first().stats(ResponseInterval::Response).p50S, 360.0);  // the first unit on scene
    }

    void anIncidentSplitOverTwoFilesIsWhole()
    {
        QVERIFY(importData(m_db, small(),
                           "id,unit,received,dispatched,on_scene,area,where\n"
                           "7,E1,2017-01-02 23:58:00,2017-01-03 00:02:00,2017-01-03 00:20:00,A,\n")
                    .ok);
        // The next export holds a second unit of the same incident that arrived first.
        const Run second = importData(m_db, small(),
                                      "id,unit,received,dispatched,on_scene,area,where\n"
                                      "7,E2,2017-01-02 23:58:00,2017-01-02 23:59:00,2017-01-03 00:05:00,A,\n");
        QVERIFY(second.ok);
        QCOMPARE(second.summary.updatedIncidents, 1);
        const ReportResult r = report(m_db, {});
        QCOMPARE(r.rows, 1);
        QCOMPARE(*r.groups.first().stats(ResponseInterval::Processing).p50S, 60.0);
        QCOMPARE(*r.groups.first().stats(ResponseInterval::Response).p50S, 420.0);
    }

    void unreadableRowsAreListedWithLineAndReason()
    {
        const QByteArray csv = "id,unit,received,dispatched,on_scene,area,where\n"
                               "1,E1,2017-01-02 10:00:00,2017-01-02 10:01:00,,A,\n"
                               "2,E1,2017-01-02 10:00:00,yesterday,,A,\n"
                               "3,E1,2017-01-02 10:00:00\n"
                               ",E1,2017-01-02 10:00:00,,,A,\n"
                               "5,E1,,2017-01-02 10:01:00,,A,\n"
                               "6,E1,2017-02-30 10:00:00,,,A,\n"
                               "\n"
                               "8,\"E\n1\",2017-01-02 10:00:00,,,A,somewhere\n"
                               "9,E1,2017-01-02 10:00:00,,,A,\"(37.7, -122.4)\"\n";
        const Run run = importData(m_db, small(), csv);
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.summary.rowsRead, 8);
        QCOMPARE(run.summary.rowsRejected, 5);
        QCOMPARE(run.summary.rowsImported, 3);
        QCOMPARE(run.summary.warnings, 1);
        QList<qint64> lines;
        for (const auto& p : run.problems)
            lines << p.line;
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 7, 9}));
        QVERIFY(run.problems.at(0).reason.contains(QStringLiteral("yesterday")));
        QVERIFY(run.problems.at(1).reason.contains(QStringLiteral("3 fields")));
        QVERIFY(run.problems.at(2).reason.contains(QStringLiteral("incident")));
        QVERIFY(run.problems.at(3).reason.contains(QStringLiteral("received")));
        QVERIFY(run.problems.at(4).reason.contains(QStringLiteral("2017-02-30")));
        QVERIFY(!run.problems.at(5).rejected); // a location it cannot read: kept without one
        PgConnection c(m_db);
        QCOMPARE(test::scalar(c, "SELECT string_agg(source_ref, ',' ORDER BY source_ref) FROM history_incidents"),
                 QStringLiteral("1,8,9"));
        QCOMPARE(test::scalar(c, "SELECT unit FROM history_responses r JOIN history_incidents h ON h.id = r.incident_id"
                                 " WHERE source_ref = '8'"),
                 QStringLiteral("E\n1"));
        // A file of nothing readable imports nothing, and a missing column stops it before any row.
        const Run none = importData(m_db, small(), "id,unit,received,dispatched,on_scene,area,where\n,,,,,,\n");
        QVERIFY(none.ok);
        QCOMPARE(none.summary.rowsImported, 0);
        const Run wrong = importData(m_db, small(), "id,received\n1,2017-01-02 10:00:00\n");
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.error.contains(QStringLiteral("\"dispatched\"")), qPrintable(wrong.error));
    }

    void wallTimesInTheRepeatedHourKeepTheirOrder()
    {
        // Clocks went back at 02:00 PDT on 2016-11-06: 01:55 then 01:02 is seven minutes, not −53.
        const Run run = importData(m_db, small(),
                                   "id,unit,received,dispatched,on_scene,area,where\n"
                                   "1,E1,2016-11-06 01:55:00,2016-11-06 01:02:00,2016-11-06 01:10:00,A,\n"
                                   "2,E1,2016-11-06 00:50:00,2016-11-06 01:20:00,2016-11-06 02:05:00,A,\n");
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.summary.ambiguousTimes, 2);
        const ReportResult r = report(m_db, {ReportField::Day});
        QCOMPARE(r.groups.size(), 1);
        const IntervalStats& processing = r.groups.first().stats(ResponseInterval::Processing);
        QCOMPARE(processing.negative, 0);
        QCOMPARE(*processing.p50S, (420.0 + 1800.0) / 2);
        // 00:50 PDT → 02:05 PST is two hours and a quarter.
        QCOMPARE(*r.groups.first().stats(ResponseInterval::Response).p90S, 900.0 + 0.9 * (8100.0 - 900.0));
    }

    void onlyAdminsImport()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const Run run = importData(cluster->conninfoAs(m_db, QStringLiteral("comandante")), small(),
                                   "id,unit,received,dispatched,on_scene,area,where\n1,E1,2017-01-02 10:00:00,,,A,\n");
        QVERIFY(!run.ok);
        QVERIFY2(run.error.contains(QStringLiteral("permission denied")), qPrintable(run.error));
    }
};

QTEST_GUILESS_MAIN(TestHistoryImport)
#include "test_history_import.moc"
