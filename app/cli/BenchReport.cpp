// centinela-cli bench report: generates N incidents of history, imports them through the CSV
// importer and times a full grouped report over all of it.
#include "Cli.h"

#include "analytics/ReportEngine.h"
#include "history/HistoryImporter.h"
#include "store/PgConnection.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace centinela::cli {

namespace {

constexpr int kDays = 365;
constexpr int kSectors = 12;
constexpr int kUnits = 80;
const char* const kTypes[] = {"robbery", "assault", "domestic", "theft", "traffic", "noise", "medical", "suspicious"};
const char* const kChannels[] = {"phone", "sms", "radio", "hotline", "vetted_group"};

const char kMapping[] = "[source]\nname = bench\n"
                        "[time]\nformat = yyyy-MM-dd HH:mm:ss\nzone = America/Guatemala\n"
                        "[columns]\nincident = incident\nunit = unit\nreceived = received\n"
                        "acknowledged = acknowledged\ndispatched = dispatched\nen_route = en_route\n"
                        "on_scene = on_scene\ncleared = cleared\ntype = type\npriority = priority\n"
                        "channel = channel\nsector = sector\nlatitude = lat\nlongitude = lon\n";

/// Local wall time (seconds since 1970) as "yyyy-MM-dd HH:mm:ss", or "" for a missing stage.
void formatTime(char* out, qint64 secs)
{
    if (secs < 0) {
        out[0] = 0;
        return;
    }
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    const QDate d = t.date();
    const QTime h = t.time();
    std::snprintf(out, 20, "%04d-%02d-%02d %02d:%02d:%02d", d.year(), d.month(), d.day(), h.hour(), h.minute(),
                  h.second());
}

double logNormal(QRandomGenerator& rng, double median, double spread)
{
    const double u1 = std::max(rng.generateDouble(), 1e-12), u2 = rng.generateDouble();
    const double z = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    return median * std::exp(spread * z);
}

/// A year of history in the bench layout: one row per unit per incident, like a CAD export.
QByteArray generate(qint64 incidents, qint64* unitRows)
{
    QRandomGenerator rng(20161231);
    QByteArray csv;
    csv.reserve(incidents * 170);
    csv += "incident,unit,received,acknowledged,dispatched,en_route,on_scene,cleared,type,priority,channel,sector,"
           "lat,lon\n";
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const double step = kDays * 86400.0 / double(incidents);
    char line[512], r[20], a[20], d[20], e[20], o[20], c[20];
    *unitRows = 0;
    for (qint64 i = 0; i < incidents; ++i) {
        const qint64 received = start + qint64(double(i) * step) + rng.bounded(30);
        const qint64 ack = received + 2 + rng.bounded(40);
        const int units = 1 + (rng.generateDouble() < 0.25) + (rng.generateDouble() < 0.05);
        const int sector = rng.bounded(kSectors);
        const int priority = 1 + rng.bounded(5);
        const double lat = 14.55 + 0.01 * sector + rng.generateDouble() * 0.01;
        const double lon = -90.55 + rng.generateDouble() * 0.1;
        for (int u = 0; u < units; ++u) {
            const qint64 dispatched = ack + qint64(logNormal(rng, 45, 0.6)) + u * 40;
            const bool noEnRoute = rng.generateDouble() < 0.01;
            const bool noScene = rng.generateDouble() < 0.04;
            const qint64 enRoute = noEnRoute ? -1 : dispatched + 10 + rng.bounded(110);
            qint64 onScene = noScene ? -1 : dispatched + 60 + qint64(logNormal(rng, 300, 0.5));
            if (!noScene && !noEnRoute && rng.generateDouble() < 0.001)
                onScene = enRoute - 1 - rng.bounded(60); // a recording error: on scene before en route
            const qint64 cleared = (noScene ? dispatched : onScene) + 600 + rng.bounded(3000);
            formatTime(r, received);
            formatTime(a, ack);
            formatTime(d, dispatched);
            formatTime(e, enRoute);
            formatTime(o, onScene);
            formatTime(c, cleared);
            const int n = std::snprintf(line, sizeof line, "%lld,U%02d,%s,%s,%s,%s,%s,%s,%s,%d,%s,S%02d,%.5f,%.5f\n",
                                        i + 1, rng.bounded(kUnits), r, a, d, e, o, c, kTypes[rng.bounded(8)], priority,
                                        kChannels[rng.bounded(5)], sector + 1, lat, lon);
            csv.append(line, n);
            ++*unitRows;
        }
    }
    return csv;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

int benchReport(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db"), QStringLiteral("incidents"), QStringLiteral("connections")}, {},
                    &error))
        return usageError(error);
    qint64 incidents = 0, connections = 0;
    if (!args.integer(QStringLiteral("incidents"), 100000, 1, 100000000, &incidents, &error) ||
        !args.integer(QStringLiteral("connections"), qBound(1, QThread::idealThreadCount(), 4), 1, 16, &connections,
                      &error))
        return usageError(error);
    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), true, &error))
        return failure(error);

    qint64 unitRows = 0;
    QByteArray csv = generate(incidents, &unitRows);
    core::ImportMapping mapping;
    if (!core::ImportMapping::parse(kMapping, &mapping, &error))
        return failure(error);
    core::HistoryImporter importer(target.conninfo(), mapping);
    qint64 problems = 0;
    importer.setProblemHandler([&problems](const core::HistoryImporter::Problem&) { ++problems; });
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    core::HistoryImporter::Summary summary;
    if (!importer.importDevice(&buffer, &summary, &error))
        return failure(error);
    const double importS = timer.elapsed() / 1000.0;
    buffer.close();
    csv.clear();
    csv.squeeze();

    core::ReportSettings settings;
    try {
        core::PgConnection c(target.conninfo());
        c.execScript("VACUUM ANALYZE history_incidents"); // as autovacuum would after a large import
        if (!core::ReportSettings::load(c, &settings, &error))
            return failure(error);
    } catch (const core::PgError& e) {
        return failure(e.message());
    }
    core::ReportQuery query;
    query.groupBy = {core::ReportField::Week, core::ReportField::Shift, core::ReportField::Sector};
    const core::ReportEngine engine(target.conninfo(), int(connections));
    const core::SystemClock clock;
    std::vector<double> runs;
    core::Report report;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        if (!engine.run(query, settings, clock, &report, &error))
            return failure(QStringLiteral("the report failed: %1").arg(error));
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> sorted = runs;
    std::sort(sorted.begin(), sorted.end());

    std::printf("incidents: %lld\n", summary.incidents);
    std::printf("unit_rows: %lld\n", summary.rowsImported);
    std::printf("import_s: %.2f\n", importS);
    std::printf("report_ms: %.0f\n", sorted[1]);
    std::printf("report_runs_ms: %.0f, %.0f, %.0f\n", runs[0], runs[1], runs[2]);
    std::printf("report_groups: %lld\n", qint64(report.current.groups.size()));
    std::printf("report_rows: %lld\n", report.current.rows);
    std::printf("report: all history grouped by week, shift and sector; count, missing, mean, p50, p90, zero, "
                "negative and target shares of 6 intervals; %lld connections; median of 3 runs\n",
                connections);
    std::printf("input: %lld generated incidents over %d days (%lld unit rows, %d sectors, 5 priorities, 8 types), "
                "CSV in memory through the import mapping, %s database\n",
                incidents, kDays, unitRows, kSectors, target.isEmbedded() ? "throwaway embedded" : "given");
    std::printf("machine: %d cores, %s\n", QThread::idealThreadCount(), qUtf8Printable(cpuModel()));
    return summary.incidents == incidents && problems == 0 ? 0 : 1;
}

} // namespace

void registerBenchReport(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("bench report"),
                     QStringLiteral("bench report [--db CONNINFO] --incidents N [--connections C]"), benchReport});
}

} // namespace centinela::cli
