// Response-time arithmetic without a database: percentiles as PostgreSQL defines them, shifts past
// midnight, local times across DST, the export readers, and the report's JSON contract.
#include "analytics/IntervalStatistics.h"
#include "analytics/ReportFormatter.h"
#include "analytics/ShiftSchedule.h"
#include "analytics/ZoneOffsets.h"
#include "history/CsvReader.h"
#include "history/ImportMapping.h"
#include "history/TimestampFormat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace centinela;
using namespace centinela::core;

namespace {
qint64 utcMs(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentileContInterpolatesLikePostgres()
    {
        std::vector<double> v{4, 1, 3, 2};
        QCOMPARE(*percentileCont(v, 0.5), 2.5);
        v = {4, 1, 3, 2};
        QCOMPARE(*percentileCont(v, 0.9), 3 + 0.7 * (4 - 3)); // rank 2.7
        v = {7};
        QCOMPARE(*percentileCont(v, 0.9), 7.0);
        v = {};
        QVERIFY(!percentileCont(v, 0.5));
        // Ranks that are whole numbers take the value itself, no interpolation.
        v = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110};
        QCOMPARE(*percentileCont(v, 0.9), 100.0);
        QCOMPARE(*percentileCont(v, 0.5), 60.0);
    }

    void accumulatorKeepsZeroAndNegativeAndCountsThemApart()
    {
        IntervalAccumulator a;
        for (double s : {-5.0, 0.0, 0.0, 30.0, 59.0, 60.0, 61.0, 600.0})
            a.add(s);
        a.addMissing();
        a.addMissing();
        const IntervalStats s = a.finish({60, 480});
        QCOMPARE(s.count, 8);
        QCOMPARE(s.missing, 2);
        QCOMPARE(s.zero, 2);
        QCOMPARE(s.negative, 1);
        QCOMPARE(*s.meanS, (-5.0 + 30 + 59 + 60 + 61 + 600) / 8);
        QCOMPARE(*s.p50S, (30.0 + 59.0) / 2);
        QCOMPARE(s.targets.size(), 2);
        QCOMPARE(s.targets.at(0).within, 6); // ≤ 60 s, the negative and zeros included
        QCOMPARE(*s.targets.at(0).share(s.count), 6.0 / 8);
        QCOMPARE(s.targets.at(1).within, 7);
        // Nothing measured: no figures, not zeros.
        IntervalAccumulator empty;
        empty.addMissing();
        const IntervalStats e = empty.finish({60});
        QCOMPARE(e.count, 0);
        QCOMPARE(e.missing, 1);
        QVERIFY(!e.meanS && !e.p50S && !e.p90S);
        QVERIFY(!e.targets.at(0).share(e.count));
    }

    void shiftsWrapPastMidnight()
    {
        const ShiftSchedule d = ShiftSchedule::defaultSchedule();
        QCOMPARE(d.nameAt(0), QStringLiteral("22-06"));
        QCOMPARE(d.nameAt(5 * 3600000 + 59 * 60000), QStringLiteral("22-06"));
        QCOMPARE(d.nameAt(6 * 3600000), QStringLiteral("06-14"));
        QCOMPARE(d.nameAt(22 * 3600000), QStringLiteral("22-06"));
        ShiftSchedule s;
        QString error;
        QVERIFY(ShiftSchedule::fromJson(QJsonDocument::fromJson(R"([{"name":"night","start":"19:00"},
                                                                      {"name":"day","start":"07:00"}])")
                                            .array(),
                                        &s, &error));
        QCOMPARE(s.shifts().first().name, QStringLiteral("day"));
        QCOMPARE(s.nameAt(6 * 3600000), QStringLiteral("night"));
        QCOMPARE(s.nameAt(7 * 3600000), QStringLiteral("day"));
        QCOMPARE(s.nameAt(23 * 3600000), QStringLiteral("night"));
        QVERIFY(!ShiftSchedule::fromJson(QJsonArray{}, &s, &error));
        QVERIFY(
            !ShiftSchedule::fromJson(QJsonDocument::fromJson(R"([{"name":"a","start":"25:00"}])").array(), &s, &error));
    }

    void localTimesAcrossDaylightSaving()
    {
        const ZoneOffsets la(QTimeZone("America/Los_Angeles"));
        // 2016-11-06 01:30 happens twice: PDT (08:30Z) then PST (09:30Z).
        qint64 c[2];
        QCOMPARE(la.toUtc(utcMs(2016, 11, 6, 1, 30), c), 2);
        QCOMPARE(c[0], utcMs(2016, 11, 6, 8, 30));
        QCOMPARE(c[1], utcMs(2016, 11, 6, 9, 30));
        QCOMPARE(la.toUtcLikePostgres(utcMs(2016, 11, 6, 1, 30)), utcMs(2016, 11, 6, 9, 30));
        // 2016-03-13 02:30 never happens; PostgreSQL reads it as standard time, 10:30Z (03:30 PDT).
        QCOMPARE(la.toUtc(utcMs(2016, 3, 13, 2, 30), c), 0);
        QCOMPARE(la.toUtcLikePostgres(utcMs(2016, 3, 13, 2, 30)), utcMs(2016, 3, 13, 10, 30));
        // Ordinary times, and back to local.
        QCOMPARE(la.toUtc(utcMs(2016, 12, 31, 23, 57, 56), c), 1);
        QCOMPARE(c[0], utcMs(2017, 1, 1, 7, 57, 56));
        QCOMPARE(la.toLocal(utcMs(2017, 1, 1, 7, 57, 56)), utcMs(2016, 12, 31, 23, 57, 56));
        QCOMPARE(la.toLocal(utcMs(2016, 7, 1, 12, 0)), utcMs(2016, 7, 1, 5, 0));
        // A zone without DST.
        const ZoneOffsets gt(QTimeZone("America/Guatemala"));
        QCOMPARE(gt.toLocal(utcMs(2020, 1, 1, 5, 0)), utcMs(2019, 12, 31, 23, 0));
    }

    void timestampFormats()
    {
        TimestampFormat f;
        QString error;
        QVERIFY(TimestampFormat::compile(QStringLiteral("MM/dd/yyyy hh:mm:ss AP"), &f, &error));
        QCOMPARE(f.parse("12/31/2016 11:57:56 PM")->msecs, utcMs(2016, 12, 31, 23, 57, 56));
        QCOMPARE(f.parse("01/01/2017 12:04:18 AM")->msecs, utcMs(2017, 1, 1, 0, 4, 18)); // 12 AM is midnight
        QCOMPARE(f.parse("01/01/2017 12:04:18 PM")->msecs, utcMs(2017, 1, 1, 12, 4, 18));
        QVERIFY(!f.parse("02/30/2017 01:00:00 AM")); // no such day
        QVERIFY(!f.parse("13/01/2017 01:00:00 AM"));
        QVERIFY(!f.parse("01/01/2017 13:00:00 PM"));
        QVERIFY(!f.parse("yesterday"));
        QVERIFY(!f.parse(""));
        QVERIFY(TimestampFormat::compile(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), &f, &error));
        QCOMPARE(f.parse("2024-02-29 23:59:59.5")->msecs, utcMs(2024, 2, 29, 23, 59, 59) + 500);
        QVERIFY(TimestampFormat::compile(QStringLiteral("iso"), &f, &error));
        const auto iso = f.parse("2017-01-01T08:04:18-08:00");
        QVERIFY(iso && iso->hasOffset);
        QCOMPARE(iso->msecs, utcMs(2017, 1, 1, 16, 4, 18));
        QVERIFY(!f.parse("2017-01-01T08:04:18")->hasOffset);
        QVERIFY(TimestampFormat::compile(QStringLiteral("epoch"), &f, &error));
        QCOMPARE(f.parse("1483257858")->msecs, Q_INT64_C(1483257858000));
        QVERIFY(!TimestampFormat::compile(QStringLiteral("hh:mm"), &f, &error));            // no date
        QVERIFY(!TimestampFormat::compile(QStringLiteral("yyyy-MM-dd hh:mm"), &f, &error)); // 12 h without AM/PM
        QVERIFY(!TimestampFormat::compile(QStringLiteral("yyyy-MM-dd QQ"), &f, &error));
    }

    void csvRecordsKnowTheirLines()
    {
        QByteArray data = "a,b,c\r\n1,\"two, with comma\",3\n4,\"multi\nline \"\"quoted\"\"\",6\n\n7,8\n9,,\"\"";
        QBuffer b(&data);
        b.open(QIODevice::ReadOnly);
        CsvReader r(&b);
        QVERIFY(r.next());
        QCOMPARE(r.line(), 1);
        QCOMPARE(int(r.fields().size()), 3);
        QVERIFY(r.next());
        QCOMPARE(r.line(), 2);
        QCOMPARE(r.fields()[1].toByteArray(), QByteArray("two, with comma"));
        QVERIFY(r.next());
        QCOMPARE(r.line(), 3);
        QCOMPARE(r.fields()[1].toByteArray(), QByteArray("multi\nline \"quoted\""));
        QVERIFY(r.next()); // the blank line: one empty field
        QCOMPARE(r.line(), 5);
        QCOMPARE(int(r.fields().size()), 1);
        QVERIFY(r.next());
        QCOMPARE(r.line(), 6);
        QCOMPARE(int(r.fields().size()), 2);
        QVERIFY(r.next());
        QCOMPARE(r.line(), 7);
        QCOMPARE(int(r.fields().size()), 3);
        QVERIFY(r.fields()[2].isEmpty());
        QVERIFY(!r.next());
    }

    void mappings()
    {
        ImportMapping m;
        QString error;
        QVERIFY2(ImportMapping::builtIn(QStringLiteral("sf-fire-calls"), &m, &error), qPrintable(error));
        QCOMPARE(m.column(ImportMapping::Field::OnScene), QStringLiteral("On Scene DtTm"));
        QCOMPARE(m.timeZone(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(m.constant(ImportMapping::Field::Channel), QStringLiteral("phone"));
        QCOMPARE(m.mapPriority(QStringLiteral("3")), QStringLiteral("1"));
        QCOMPARE(m.mapPriority(QStringLiteral("E")), QStringLiteral("E"));
        QVERIFY(!ImportMapping::builtIn(QStringLiteral("nope"), &m, &error));
        QVERIFY(error.contains(QStringLiteral("sf-fire-calls")));
        QVERIFY(!ImportMapping::parse("[source]\nname = x\n[columns]\nincident = a\nreceived = b\n"
                                      "[time]\nformat = yyyy-MM-dd HH:mm\n",
                                      &m, &error)); // no zone
        QVERIFY(error.contains(QStringLiteral("zone")));
        QVERIFY(!ImportMapping::parse("[source]\nname = x\n[columns]\nincident = a\nwhen = b\n", &m, &error));
        QVERIFY(error.contains(QStringLiteral("line 5")));
    }

    void jsonHasTheContractShape()
    {
        Report r;
        r.query.groupBy = {ReportField::Sector};
        ReportGroup g;
        g.values = {QStringLiteral("S1")};
        g.sortKeys = g.values;
        IntervalAccumulator a;
        a.add(30);
        a.add(90);
        a.addMissing();
        g.intervals[0] = a.finish({60});
        r.current.groups = {g};
        const QJsonArray doc = QJsonDocument::fromJson(ReportFormatter::toJson(r)).array();
        QCOMPARE(doc.size(), 1);
        const QJsonObject o = doc.first().toObject();
        QCOMPARE(o.value(QLatin1String("group")).toObject(),
                 QJsonObject({{QStringLiteral("sector"), QStringLiteral("S1")}}));
        const QJsonObject intervals = o.value(QLatin1String("intervals")).toObject();
        QCOMPARE(intervals.keys(),
                 QStringList({QStringLiteral("on_scene"), QStringLiteral("processing"), QStringLiteral("queue"),
                              QStringLiteral("response"), QStringLiteral("travel"), QStringLiteral("turnout")}));
        const QJsonObject p = intervals.value(QLatin1String("processing")).toObject();
        QCOMPARE(p.keys(), QStringList({QStringLiteral("count"), QStringLiteral("mean_s"), QStringLiteral("missing"),
                                        QStringLiteral("p50_s"), QStringLiteral("p90_s")}));
        QCOMPARE(p.value(QLatin1String("count")).toInt(), 2);
        QCOMPARE(p.value(QLatin1String("missing")).toInt(), 1);
        QCOMPARE(p.value(QLatin1String("p50_s")).toDouble(), 60.0);
        QCOMPARE(p.value(QLatin1String("p90_s")).toDouble(), 84.0);
        // Nothing measured is null, never zero.
        QVERIFY(intervals.value(QLatin1String("queue")).toObject().value(QLatin1String("mean_s")).isNull());
        QCOMPARE(ReportFormatter::formatDuration(245.0), QStringLiteral("4:05"));
        QCOMPARE(ReportFormatter::formatDuration(3723.0), QStringLiteral("1:02:03"));
        QCOMPARE(ReportFormatter::formatDuration(std::nullopt), QStringLiteral("–"));
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
