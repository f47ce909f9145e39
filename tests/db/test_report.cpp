// The response-time report against a real database: exact interval arithmetic across midnight and
// daylight saving in the station's zone, missing stages, zero and negative intervals, live incidents
// beside imported history, two periods side by side, least privilege, and the C++ engine against
// the same report written in SQL with percentile_cont (report_response_times).
#include "DbTest.h"
#include "analytics/ReportEngine.h"
#include "analytics/ReportFormatter.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace centinela;
using namespace centinela::core;

namespace {

const char* const kSettings = R"({"shifts": [{"name": "day", "start": "07:00"}, {"name": "night", "start": "19:00"}],
                                  "response_targets": {"response": [300]}})";

/// One history incident from local wall times in America/Los_Angeles ("" for a missing stage);
/// an explicit offset ("-07") pins a wall time that happens twice.
void addHistory(PgConnection& c, const QString& ref, const QString& sector, const QStringList& times,
                const QString& priority = QStringLiteral("1"))
{
    std::vector<std::optional<QByteArray>> p{ref.toUtf8(), sector.toUtf8(), priority.toUtf8()};
    for (const QString& t : times)
        p.push_back(t.isEmpty() ? std::nullopt : std::optional<QByteArray>(t.toUtf8()));
    c.exec("SET TimeZone = 'America/Los_Angeles'");
    c.exec("INSERT INTO history_incidents (source, source_ref, sector, priority, type, channel, received_at,"
           " acknowledged_at, dispatched_at, en_route_at, on_scene_at, cleared_at)"
           " VALUES ('test', $1, $2, $3, 'fire', 'phone', $4, $5, $6, $7, $8, $9)",
           p);
    c.exec("SET TimeZone = 'UTC'");
}

const ReportGroup* findGroup(const ReportResult& r, const QStringList& values)
{
    for (const ReportGroup& g : r.groups)
        if (g.values == values)
            return &g;
    return nullptr;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
    QString m_db;

    ReportSettings settings()
    {
        PgConnection c(m_db);
        ReportSettings s;
        QString error;
        if (!ReportSettings::load(c, &s, &error))
            qFatal("%s", qPrintable(error));
        return s;
    }

    ReportResult compute(const QList<ReportField>& groupBy, const ReportPeriod& period = {}, int connections = 2)
    {
        QString error;
        const auto r = ReportEngine(m_db, connections).compute(period, groupBy, settings(), &error);
        if (!r)
            qFatal("%s", qPrintable(error));
        return *r;
    }

private Q_SLOTS:
    void init()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
        PgConnection c(m_db);
        c.exec("UPDATE stations SET time_zone = 'America/Los_Angeles', settings = $1::jsonb", {QByteArray(kSettings)});
    }

    void intervalsAcrossMidnightAndDaylightSaving()
    {
        PgConnection c(m_db);
        // Received two minutes before midnight, dispatched three minutes later on the next day.
        addHistory(c, QStringLiteral("midnight"), QStringLiteral("S1"),
                   {QStringLiteral("2016-12-31 23:58:00"), QStringLiteral("2016-12-31 23:58:30"),
                    QStringLiteral("2017-01-01 00:01:00"), QStringLiteral("2017-01-01 00:01:45"),
                    QStringLiteral("2017-01-01 00:06:00"), QStringLiteral("2017-01-01 01:00:00")});
        // Clocks go back at 02:00 PDT: received 01:55 PDT, dispatched 01:02 PST — seven minutes later.
        addHistory(c, QStringLiteral("fallback"), QStringLiteral("S1"),
                   {QStringLiteral("2016-11-06 01:55:00-07"), QString(), QStringLiteral("2016-11-06 01:02:00-08"),
                    QString(), QString(), QString()});
        // Clocks go forward at 02:00 PST: received 01:59 PST, on scene 03:04 PDT — five minutes later.
        addHistory(c, QStringLiteral("springforward"), QStringLiteral("S2"),
                   {QStringLiteral("2016-03-13 01:59:00"), QString(), QStringLiteral("2016-03-13 03:00:00"),
                    QStringLiteral("2016-03-13 03:01:00"), QStringLiteral("2016-03-13 03:04:00"), QString()});

        const ReportResult byDay = compute({ReportField::Day, ReportField::Shift});
        const ReportGroup* nye = findGroup(byDay, {QStringLiteral("2016-12-31"), QStringLiteral("night")});
        QVERIFY2(nye, "the midnight incident belongs to the local day it was received on");
        QCOMPARE(*nye->stats(ResponseInterval::Processing).p50S, 180.0);
        QCOMPARE(*nye->stats(ResponseInterval::Queue).p50S, 30.0);
        QCOMPARE(*nye->stats(ResponseInterval::Turnout).p50S, 45.0);
        QCOMPARE(*nye->stats(ResponseInterval::Travel).p50S, 255.0);
        QCOMPARE(*nye->stats(ResponseInterval::Response).p50S, 480.0);
        QCOMPARE(*nye->stats(ResponseInterval::OnScene).p50S, 3240.0);

        const ReportGroup* fall = findGroup(byDay, {QStringLiteral("2016-11-06"), QStringLiteral("night")});
        QVERIFY(fall);
        QCOMPARE(*fall->stats(ResponseInterval::Processing).p50S, 420.0);
        QCOMPARE(fall->stats(ResponseInterval::Processing).negative, 0);
        const ReportGroup* spring = findGroup(byDay, {QStringLiteral("2016-03-13"), QStringLiteral("night")});
        QVERIFY(spring);
        QCOMPARE(*spring->stats(ResponseInterval::Processing).p50S, 60.0);
        QCOMPARE(*spring->stats(ResponseInterval::Response).p50S, 300.0);

        // Hours are local: 23 for the midnight incident, 01 for the DST ones.
        const ReportResult byHour = compute({ReportField::Hour});
        QVERIFY(findGroup(byHour, {QStringLiteral("23")}));
        QCOMPARE(findGroup(byHour, {QStringLiteral("01")})->rows(), 2);
        // A period of whole local days: 2016-12-31 excludes what happened on January 1st.
        QCOMPARE(compute({}, {QDate(2016, 12, 31), QDate(2016, 12, 31)}).rows, 1);
        QCOMPARE(compute({}, {QDate(2017, 1, 1), QDate(2017, 1, 31)}).rows, 0);
        QCOMPARE(compute({}, {QDate(2016, 11, 6), QDate(2016, 11, 6)}).rows, 1);
    }

    void missingStagesAreMissingNeverZero()
    {
        PgConnection c(m_db);
        addHistory(c, QStringLiteral("a"), QStringLiteral("S1"),
                   {QStringLiteral("2017-01-02 10:00:00"), QString(), QStringLiteral("2017-01-02 10:01:00"), QString(),
                    QString(), QString()});
        addHistory(c, QStringLiteral("b"), QStringLiteral("S1"),
                   {QStringLiteral("2017-01-02 11:00:00"), QStringLiteral("2017-01-02 11:00:00"),
                    QStringLiteral("2017-01-02 11:03:00"), QStringLiteral("2017-01-02 11:02:00"),
                    QStringLiteral("2017-01-02 11:09:00"), QString()});
        const ReportResult r = compute({});
        QCOMPARE(r.groups.size(), 1);
        const ReportGroup& g = r.groups.first();
        QCOMPARE(g.stats(ResponseInterval::Processing).count, 2);
        QCOMPARE(*g.stats(ResponseInterval::Processing).p50S, 120.0);
        QCOMPARE(g.stats(ResponseInterval::Queue).count, 1);
        QCOMPARE(g.stats(ResponseInterval::Queue).missing, 1);
        QCOMPARE(g.stats(ResponseInterval::Queue).zero, 1);
        QCOMPARE(*g.stats(ResponseInterval::Queue).meanS, 0.0);   // a measured zero stays a zero
        QCOMPARE(g.stats(ResponseInterval::Turnout).negative, 1); // en route before dispatch: kept
        QCOMPARE(*g.stats(ResponseInterval::Turnout).p50S, -60.0);
        QCOMPARE(g.stats(ResponseInterval::Response).count, 1);
        QCOMPARE(g.stats(ResponseInterval::Response).missing, 1);
        QCOMPARE(g.stats(ResponseInterval::OnScene).count, 0);
        QCOMPARE(g.stats(ResponseInterval::OnScene).missing, 2);
        QVERIFY(!g.stats(ResponseInterval::OnScene).p50S);
        // Targets: the NFPA 60 s processing share, and the station's 300 s response target.
        QCOMPARE(g.stats(ResponseInterval::Processing).targets.first().targetS, 60.0);
        QCOMPARE(g.stats(ResponseInterval::Processing).targets.first().within, 1); // 60 s is within 60 s
        QCOMPARE(g.stats(ResponseInterval::Response).targets.first().targetS, 300.0);
        QCOMPARE(g.stats(ResponseInterval::Response).targets.first().within, 0); // 540 s

        // An empty period still has its one group, with nothing measured.
        const ReportResult none = compute({}, {QDate(2000, 1, 1), QDate(2000, 1, 2)});
        QCOMPARE(none.groups.size(), 1);
        QCOMPARE(none.groups.first().stats(ResponseInterval::Response).count, 0);
    }

    void liveIncidentsBesideHistoryAndPerUnit()
    {
        PgConnection c(m_db);
        c.exec("INSERT INTO sectors (station_id, name, boundary) VALUES (1, 'Zona 1', '{}')");
        c.exec("INSERT INTO units (call_sign, status) VALUES ('P-1', 'available'), ('P-2', 'available')");
        c.exec("INSERT INTO incidents (station_id, sector_id, type, priority, state, channel, received_at,"
               " acknowledged_at, dispatched_at, en_route_at, on_scene_at, cleared_at)"
               " VALUES (1, 1, 'robbery', 1, 'closed', 'sms', '2017-01-03 18:00:00Z', '2017-01-03 18:00:20Z',"
               " '2017-01-03 18:01:00Z', '2017-01-03 18:01:30Z', '2017-01-03 18:07:00Z', '2017-01-03 18:40:00Z')");
        c.exec("INSERT INTO assignments (incident_id, unit_id, assigned_at, assigned_by, en_route_at, on_scene_at,"
               " cleared_at) VALUES (1, 1, '2017-01-03 18:01:00Z', 'x', '2017-01-03 18:01:30Z', '2017-01-03 18:07:00Z',"
               " '2017-01-03 18:40:00Z'), (1, 2, '2017-01-03 18:02:00Z', 'x', '2017-01-03 18:03:00Z',"
               " '2017-01-03 18:10:00Z', '2017-01-03 18:30:00Z')");
        const ReportResult bySource = compute({ReportField::Source, ReportField::Sector, ReportField::Channel});
        const ReportGroup* live =
            findGroup(bySource, {QStringLiteral("live"), QStringLiteral("Zona 1"), QStringLiteral("sms")});
        QVERIFY(live);
        QCOMPARE(*live->stats(ResponseInterval::Response).p50S, 420.0);
        const ReportResult byUnit = compute({ReportField::Unit});
        QCOMPARE(byUnit.groups.size(), 2);
        QCOMPARE(*findGroup(byUnit, {QStringLiteral("P-2")})->stats(ResponseInterval::Turnout).p50S, 60.0);
        QCOMPARE(*findGroup(byUnit, {QStringLiteral("P-2")})->stats(ResponseInterval::Response).p50S, 600.0);
        QCOMPARE(*findGroup(byUnit, {QStringLiteral("P-1")})->stats(ResponseInterval::Travel).p50S, 330.0);
    }

    void engineAgreesWithPercentileContInSql()
    {
        PgConnection c(m_db);
        // A year of synthetic history over Los Angeles' two DST changes, with missing, zero and
        // negative intervals, unit rows and live incidents.
        c.exec("INSERT INTO history_incidents (source, source_ref, sector, priority, type, channel, received_at,"
               " acknowledged_at, dispatched_at, en_route_at, on_scene_at, cleared_at)"
               " SELECT CASE WHEN g % 7 = 0 THEN 'other' ELSE 'test' END, g::text,"
               "        CASE WHEN g % 11 = 0 THEN NULL ELSE 'S' || (g % 4) END, (1 + g % 3)::text,"
               "        (ARRAY['fire','medical','theft'])[1 + g % 3], (ARRAY['phone','sms'])[1 + g % 2], r,"
               "        r + make_interval(secs => g % 50), r + make_interval(secs => (g * 37) % 200 - 5),"
               "        CASE WHEN g % 13 = 0 THEN NULL ELSE r + make_interval(secs => 60 + (g * 17) % 90) END,"
               "        CASE WHEN g % 9 = 0 THEN NULL ELSE r + make_interval(secs => 200 + (g * 101) % 900) END,"
               "        r + make_interval(secs => 3000 + (g * 7) % 4000)"
               " FROM (SELECT g, timestamptz '2016-01-01 00:00Z' + make_interval(secs => g * 3217.3) AS r"
               "       FROM generate_series(1, 9800) g) s");
        c.exec("INSERT INTO history_responses (incident_id, row_key, unit, dispatched_at, en_route_at, on_scene_at,"
               " cleared_at) SELECT id, u::text, 'E' || ((id + u) % 5), dispatched_at + make_interval(secs => u * 20),"
               " en_route_at + make_interval(secs => u * 25), on_scene_at + make_interval(secs => u * 40), cleared_at"
               " FROM history_incidents, generate_series(1, 2) u WHERE id % 3 <> 0 OR u = 1");
        c.exec("INSERT INTO incidents (station_id, type, priority, state, channel, received_at, dispatched_at,"
               " on_scene_at) SELECT 1, 'fire', 2, 'closed', 'radio', t, t + interval '50 s', t + interval '400 s'"
               " FROM generate_series(timestamptz '2016-11-05 20:00Z', '2016-11-07 20:00Z', interval '37 min') t");

        const ReportSettings s = settings();
        QJsonObject targets;
        for (ResponseInterval i : allResponseIntervals()) {
            QJsonArray list;
            for (double t : s.targetsFor(i))
                list.append(t);
            targets.insert(responseIntervalKey(i), list);
        }
        const QList<QList<ReportField>> groupings = {
            {},
            {ReportField::Day},
            {ReportField::Week, ReportField::Shift},
            {ReportField::Month, ReportField::Sector},
            {ReportField::Hour},
            {ReportField::Weekday, ReportField::Priority},
            {ReportField::Channel, ReportField::Type, ReportField::Source},
            {ReportField::Unit},
            {ReportField::Shift, ReportField::Unit},
        };
        const QList<ReportPeriod> periods = {{}, {QDate(2016, 3, 13), QDate(2016, 11, 6)}, {QDate(2016, 11, 6), {}}};
        for (const ReportPeriod& period : periods) {
            for (const QList<ReportField>& groupBy : groupings) {
                QStringList keys;
                for (ReportField f : groupBy)
                    keys << reportFieldKey(f);
                const ReportResult mine = compute(groupBy, period, 3);
                QHash<QString, const ReportGroup*> byKey;
                for (const ReportGroup& g : mine.groups)
                    byKey.insert(g.values.join(QLatin1Char('|')), &g);
                const std::vector<std::optional<QByteArray>> params{
                    period.from.isNull() ? std::nullopt
                                         : std::optional<QByteArray>(period.from.toString(Qt::ISODate).toUtf8()),
                    period.to.isNull() ? std::nullopt
                                       : std::optional<QByteArray>(period.to.toString(Qt::ISODate).toUtf8()),
                    keys.join(QLatin1Char(',')).toUtf8(),
                    s.timeZone.toUtf8(),
                    QJsonDocument(s.shifts.toJson()).toJson(QJsonDocument::Compact),
                    QJsonDocument(targets).toJson(QJsonDocument::Compact)};
                const PgRows sql = c.exec(
                    "SELECT array_to_string(group_values, '|', '<null>'), interval_name, n, missing, mean_s, p50_s,"
                    " p90_s, zero, negative, array_to_string(within, ',') FROM report_response_times($1, $2,"
                    " string_to_array($3, ',')::text[], $4, $5::jsonb, $6::jsonb)",
                    params);
                QVERIFY(sql.size() > 0);
                QCOMPARE(qsizetype(sql.size()), mine.groups.size() * kResponseIntervalCount);
                for (int r = 0; r < sql.size(); ++r) {
                    QString key = sql.text(r, 0);
                    key.replace(QStringLiteral("<null>"), QString());
                    const ReportGroup* g = byKey.value(key);
                    const QString where = QStringLiteral("%1 [%2] %3 %4")
                                              .arg(keys.join(QLatin1Char(',')), key, sql.text(r, 1), period.describe());
                    QVERIFY2(g, qPrintable(where));
                    ResponseInterval interval;
                    QVERIFY(responseIntervalFromKey(sql.text(r, 1), &interval));
                    const IntervalStats& st = g->stats(interval);
                    QVERIFY2(st.count == sql.toLongLong(r, 2) && st.missing == sql.toLongLong(r, 3), qPrintable(where));
                    QVERIFY2(st.zero == sql.toLongLong(r, 7) && st.negative == sql.toLongLong(r, 8), qPrintable(where));
                    if (st.count == 0) {
                        QVERIFY2(sql.isNull(r, 5) && !st.p50S, qPrintable(where));
                        continue;
                    }
                    // Percentiles exactly, to the last bit; the mean to rounding.
                    QVERIFY2(*st.p50S == sql.text(r, 5).toDouble(), qPrintable(where + QStringLiteral(" p50")));
                    QVERIFY2(*st.p90S == sql.text(r, 6).toDouble(), qPrintable(where + QStringLiteral(" p90")));
                    QVERIFY2(std::fabs(*st.meanS - sql.text(r, 4).toDouble()) <=
                                 1e-9 * std::max(1.0, std::fabs(*st.meanS)),
                             qPrintable(where + QStringLiteral(" mean")));
                    QStringList within;
                    for (const TargetShare& t : st.targets)
                        within << QString::number(t.within);
                    QCOMPARE(within.join(QLatin1Char(',')), sql.text(r, 9));
                }
            }
        }
    }

    void twoPeriodsSideBySide()
    {
        PgConnection c(m_db);
        addHistory(c, QStringLiteral("before"), QStringLiteral("S1"),
                   {QStringLiteral("2017-01-02 10:00:00"), QString(), QStringLiteral("2017-01-02 10:05:00"), QString(),
                    QStringLiteral("2017-01-02 10:30:00"), QString()});
        addHistory(c, QStringLiteral("after"), QStringLiteral("S1"),
                   {QStringLiteral("2017-02-02 10:00:00"), QString(), QStringLiteral("2017-02-02 10:01:00"), QString(),
                    QStringLiteral("2017-02-02 10:10:00"), QString()});
        addHistory(c, QStringLiteral("new-sector"), QStringLiteral("S9"),
                   {QStringLiteral("2017-02-03 10:00:00"), QString(), QStringLiteral("2017-02-03 10:01:00"), QString(),
                    QString(), QString()});
        ReportQuery q;
        q.period = {QDate(2017, 2, 1), QDate(2017, 2, 28)};
        q.baseline = ReportPeriod{QDate(2017, 1, 1), QDate(2017, 1, 31)};
        q.groupBy = {ReportField::Sector};
        const ManualClockLike clock;
        Report report;
        QString error;
        QVERIFY2(ReportEngine(m_db).run(q, settings(), clock, &report, &error), qPrintable(error));
        const QList<Report::Row> rows = report.rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).values, QStringList{QStringLiteral("S1")});
        QCOMPARE(*rows.at(0).current.stats(ResponseInterval::Response).p50S, 600.0);
        QCOMPARE(*rows.at(0).baseline->stats(ResponseInterval::Response).p50S, 1800.0);
        QCOMPARE(rows.at(1).baseline->stats(ResponseInterval::Processing).count, 0); // S9 had nothing before
        const QJsonArray json = QJsonDocument::fromJson(ReportFormatter::toJson(report)).array();
        QCOMPARE(json.at(0)[QLatin1String("change")][QLatin1String("response")][QLatin1String("p50_s")].toDouble(),
                 -1200.0);
        QVERIFY(json.at(1)[QLatin1String("change")][QLatin1String("processing")][QLatin1String("p50_s")].isNull());
    }

    void onlyCommandersSeeTheReview()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        QString error;
        const ReportSettings s = settings();
        QVERIFY(!ReportEngine(cluster->conninfoAs(m_db, QStringLiteral("operador")), 1)
                     .compute({}, {}, s, &error)
                     .has_value());
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QVERIFY2(ReportEngine(cluster->conninfoAs(m_db, QStringLiteral("comandante")), 2)
                     .compute({}, {ReportField::Unit}, s, &error)
                     .has_value(),
                 qPrintable(error));
        PgConnection commander(cluster->conninfoAs(m_db, QStringLiteral("comandante")));
        QVERIFY_THROWS_EXCEPTION(PgError, commander.exec("DELETE FROM history_incidents"));
    }

private:
    struct ManualClockLike : Clock
    {
        QDateTime now() const override { return QDateTime(QDate(2017, 3, 1), QTime(8, 0), Qt::UTC); }
    };
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
