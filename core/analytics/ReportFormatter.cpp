#include "ReportFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace centinela::core::ReportFormatter {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject intervalsJson(const ReportGroup& g)
{
    QJsonObject out;
    for (ResponseInterval i : allResponseIntervals()) {
        const IntervalStats& s = g.stats(i);
        out.insert(responseIntervalKey(i), QJsonObject{{QStringLiteral("count"), double(s.count)},
                                                       {QStringLiteral("missing"), double(s.missing)},
                                                       {QStringLiteral("mean_s"), number(s.meanS)},
                                                       {QStringLiteral("p50_s"), number(s.p50S)},
                                                       {QStringLiteral("p90_s"), number(s.p90S)}});
    }
    return out;
}

QJsonObject complianceJson(const ReportGroup& g)
{
    QJsonObject out;
    for (ResponseInterval i : allResponseIntervals()) {
        const IntervalStats& s = g.stats(i);
        if (s.targets.isEmpty())
            continue;
        QJsonArray list;
        for (const TargetShare& t : s.targets)
            list.append(QJsonObject{{QStringLiteral("target_s"), t.targetS},
                                    {QStringLiteral("within"), double(t.within)},
                                    {QStringLiteral("share"), number(t.share(s.count))}});
        out.insert(responseIntervalKey(i), list);
    }
    return out;
}

QJsonObject qualityJson(const ReportGroup& g)
{
    QJsonObject out;
    for (ResponseInterval i : allResponseIntervals())
        out.insert(responseIntervalKey(i), QJsonObject{{QStringLiteral("zero"), double(g.stats(i).zero)},
                                                       {QStringLiteral("negative"), double(g.stats(i).negative)}});
    return out;
}

std::optional<double> difference(const std::optional<double>& a, const std::optional<double>& b)
{
    return a && b ? std::optional<double>(*a - *b) : std::nullopt;
}

QJsonObject changeJson(const ReportGroup& now, const ReportGroup& before)
{
    QJsonObject out;
    for (ResponseInterval i : allResponseIntervals()) {
        const IntervalStats& a = now.stats(i);
        const IntervalStats& b = before.stats(i);
        out.insert(responseIntervalKey(i), QJsonObject{{QStringLiteral("count"), double(a.count - b.count)},
                                                       {QStringLiteral("mean_s"), number(difference(a.meanS, b.meanS))},
                                                       {QStringLiteral("p50_s"), number(difference(a.p50S, b.p50S))},
                                                       {QStringLiteral("p90_s"), number(difference(a.p90S, b.p90S))}});
    }
    return out;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString csvNumber(const std::optional<double>& v)
{
    return v ? formatNumber(*v) : QString();
}

QString html(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString formatDuration(std::optional<double> seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const bool negative = *seconds < 0;
    const qint64 s = qint64(std::llround(std::fabs(*seconds)));
    QString text = s >= 3600 ? QStringLiteral("%1:%2:%3")
                                   .arg(s / 3600)
                                   .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                                   .arg(s % 60, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("−") + text : text;
}

QByteArray toJson(const Report& report)
{
    QJsonArray groups;
    for (const Report::Row& row : report.rows()) {
        QJsonObject group;
        for (int f = 0; f < report.query.groupBy.size(); ++f) {
            const QString& v = row.values.at(f);
            group.insert(reportFieldKey(report.query.groupBy.at(f)),
                         v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
        }
        QJsonObject o{{QStringLiteral("group"), group},
                      {QStringLiteral("intervals"), intervalsJson(row.current)},
                      {QStringLiteral("compliance"), complianceJson(row.current)},
                      {QStringLiteral("data_quality"), qualityJson(row.current)}};
        if (row.baseline) {
            o.insert(QStringLiteral("baseline"),
                     QJsonObject{{QStringLiteral("intervals"), intervalsJson(*row.baseline)},
                                 {QStringLiteral("compliance"), complianceJson(*row.baseline)},
                                 {QStringLiteral("data_quality"), qualityJson(*row.baseline)}});
            o.insert(QStringLiteral("change"), changeJson(row.current, *row.baseline));
        }
        groups.append(o);
    }
    return QJsonDocument(groups).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const Report& report)
{
    // One column per distinct target, so a spreadsheet can filter on it; empty where it does not apply.
    QList<double> targetColumns;
    for (ResponseInterval i : allResponseIntervals())
        for (double t : report.settings.targetsFor(i))
            if (!targetColumns.contains(t))
                targetColumns.append(t);
    std::sort(targetColumns.begin(), targetColumns.end());

    QStringList header;
    for (ReportField f : report.query.groupBy)
        header << reportFieldKey(f);
    header << QStringLiteral("interval") << QStringLiteral("count") << QStringLiteral("missing")
           << QStringLiteral("mean_s") << QStringLiteral("p50_s") << QStringLiteral("p90_s") << QStringLiteral("zero")
           << QStringLiteral("negative");
    for (double t : targetColumns)
        header << QStringLiteral("share_within_%1s").arg(formatNumber(t));
    if (report.baseline)
        header << QStringLiteral("baseline_count") << QStringLiteral("baseline_missing")
               << QStringLiteral("baseline_mean_s") << QStringLiteral("baseline_p50_s")
               << QStringLiteral("baseline_p90_s") << QStringLiteral("change_mean_s") << QStringLiteral("change_p50_s")
               << QStringLiteral("change_p90_s");
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Report::Row& row : report.rows()) {
        for (ResponseInterval i : allResponseIntervals()) {
            const IntervalStats& s = row.current.stats(i);
            QStringList cells;
            for (const QString& v : row.values)
                cells << csvField(v);
            cells << responseIntervalKey(i) << QString::number(s.count) << QString::number(s.missing)
                  << csvNumber(s.meanS) << csvNumber(s.p50S) << csvNumber(s.p90S) << QString::number(s.zero)
                  << QString::number(s.negative);
            for (double t : targetColumns) {
                QString cell;
                for (const TargetShare& share : s.targets)
                    if (share.targetS == t)
                        cell = csvNumber(share.share(s.count));
                cells << cell;
            }
            if (row.baseline) {
                const IntervalStats& b = row.baseline->stats(i);
                cells << QString::number(b.count) << QString::number(b.missing) << csvNumber(b.meanS)
                      << csvNumber(b.p50S) << csvNumber(b.p90S) << csvNumber(difference(s.meanS, b.meanS))
                      << csvNumber(difference(s.p50S, b.p50S)) << csvNumber(difference(s.p90S, b.p90S));
            }
            out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

QString toHtml(const Report& report, const ReportLabels& labels)
{
    const QTimeZone zone(report.settings.timeZone.toUtf8());
    auto period = [&](const ReportPeriod& p) { return p.isOpen() ? labels.allHistory : p.describe(); };
    QString shifts;
    for (const ShiftSchedule::Shift& s : report.settings.shifts.shifts())
        shifts += (shifts.isEmpty() ? QString() : QStringLiteral(", ")) +
                  QStringLiteral("%1 (%2:%3)")
                      .arg(s.name)
                      .arg(s.startMinute / 60, 2, 10, QLatin1Char('0'))
                      .arg(s.startMinute % 60, 2, 10, QLatin1Char('0'));

    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                                 "body{font-family:sans-serif;font-size:9pt;} h1{font-size:15pt;} "
                                 "table{border-collapse:collapse;} th,td{border:1px solid #999;padding:2px 4px;} "
                                 "th{background:#eceff1;} td.n{text-align:right;} tr.g td{background:#f5f5f5;"
                                 "font-weight:bold;}</style></head><body>");
    out += QStringLiteral("<h1>%1</h1><p>").arg(html(labels.title));
    if (!report.settings.stationName.isEmpty())
        out += QStringLiteral("%1: %2<br>").arg(html(labels.station), html(report.settings.stationName));
    out += QStringLiteral("%1: %2<br>").arg(html(labels.period), html(period(report.query.period)));
    if (report.query.baseline)
        out += QStringLiteral("%1: %2<br>").arg(html(labels.baseline), html(period(*report.query.baseline)));
    out += QStringLiteral("%1: %2 · %3: %4 · %5: %6</p>")
               .arg(html(labels.timeZone), html(report.settings.timeZone), html(labels.shifts), html(shifts),
                    html(labels.generated),
                    html(report.generatedAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    const int columns = 8 + (report.baseline ? 1 : 0);
    out += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                          "<th>%6</th><th>%7</th><th>%8</th>")
               .arg(html(labels.interval), html(labels.count), html(labels.missing), html(labels.mean),
                    html(labels.p50), html(labels.p90), html(labels.within), html(labels.dataQuality));
    if (report.baseline)
        out += QStringLiteral("<th>%1</th>").arg(html(labels.change));
    out += QStringLiteral("</tr>");
    for (const Report::Row& row : report.rows()) {
        QStringList title;
        for (int f = 0; f < report.query.groupBy.size(); ++f)
            title << QStringLiteral("%1: %2").arg(labels.fields[std::size_t(report.query.groupBy.at(f))],
                                                  row.values.at(f).isNull() ? labels.none : row.values.at(f));
        out += QStringLiteral("<tr class=\"g\"><td colspan=\"%1\">%2</td></tr>")
                   .arg(columns)
                   .arg(html(title.isEmpty() ? labels.all : title.join(QStringLiteral(" · "))));
        for (ResponseInterval i : allResponseIntervals()) {
            const IntervalStats& s = row.current.stats(i);
            QStringList shares;
            for (const TargetShare& t : s.targets)
                if (const auto share = t.share(s.count))
                    shares << QStringLiteral("≤%1: %2 %").arg(formatDuration(t.targetS)).arg(*share * 100, 0, 'f', 1);
            out +=
                QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td>"
                               "<td class=\"n\">%5</td><td class=\"n\">%6</td><td>%7</td><td class=\"n\">%8 / %9</td>")
                    .arg(html(labels.intervals[std::size_t(i)]))
                    .arg(s.count)
                    .arg(s.missing)
                    .arg(formatDuration(s.meanS), formatDuration(s.p50S), formatDuration(s.p90S),
                         html(shares.join(QStringLiteral(", "))))
                    .arg(s.zero)
                    .arg(s.negative);
            if (row.baseline) {
                const auto d = difference(s.p90S, row.baseline->stats(i).p90S);
                out += QStringLiteral("<td class=\"n\">%1%2</td>")
                           .arg(d && *d > 0 ? QStringLiteral("+") : QString(), formatDuration(d));
            }
            out += QStringLiteral("</tr>");
        }
    }
    out += QStringLiteral("</table><p><small>%1</small></p></body></html>").arg(html(labels.note));
    return out;
}

} // namespace centinela::core::ReportFormatter
