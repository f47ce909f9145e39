// centinela-cli export-public: anonymised response-time trends by sector and week (CSV or GeoJSON).
#include "Cli.h"
#include "ReportOptions.h"

#include "analytics/PublicTrends.h"
#include "analytics/ReportEngine.h"
#include "store/PgConnection.h"
#include "util/Clock.h"

#include <QThread>

#include <cstdio>

namespace centinela::cli {

namespace {

int exportPublic(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("from"), QStringLiteral("to")},
                    {}, &error))
        return usageError(error);
    const QString out = args.value(QStringLiteral("out"));
    const bool geojson = out.endsWith(QLatin1String(".geojson"), Qt::CaseInsensitive) ||
                         out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (out.isEmpty() || (!geojson && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)))
        return usageError(QStringLiteral("usage: export-public --db CONNINFO --out FILE.csv|FILE.geojson "
                                         "[--from DATE] [--to DATE]"));
    core::ReportQuery query;
    if (!parsePeriod(args.value(QStringLiteral("from")), args.value(QStringLiteral("to")), QString(), &query.period,
                     &error))
        return usageError(error);
    query.groupBy = {core::ReportField::Week, core::ReportField::Sector};

    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), false, &error))
        return failure(error);
    try {
        core::PgConnection c(target.conninfo());
        core::ReportSettings settings;
        if (!core::ReportSettings::load(c, &settings, &error))
            return failure(error);
        const core::SystemClock clock;
        core::Report report;
        if (!core::ReportEngine(target.conninfo(), qBound(1, QThread::idealThreadCount(), 4))
                 .run(query, settings, clock, &report, &error))
            return failure(QStringLiteral("the report failed: %1").arg(error));
        const QList<core::PublicTrends::Row> rows = core::PublicTrends::fromReport(report);
        const QByteArray data = geojson ? core::PublicTrends::toGeoJson(rows, core::PublicTrends::sectorGeometry(
                                                                                  c, query.period, settings.timeZone))
                                        : core::PublicTrends::toCsv(rows);
        if (!writeOutput(out, data, &error))
            return failure(error);
        qint64 suppressed = 0;
        for (const auto& r : rows)
            suppressed += r.suppressed;
        std::printf("groups: %lld\nsuppressed: %lld\nout: %s\n", qint64(rows.size()), suppressed, qUtf8Printable(out));
        return 0;
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("cannot read the database: %1").arg(e.message()));
    }
}

} // namespace

void registerExportPublic(QList<Subcommand>& commands)
{
    commands.append(
        {QStringLiteral("export-public"),
         QStringLiteral("export-public [--db CONNINFO] --out FILE.csv|FILE.geojson [--from DATE] [--to DATE]"),
         exportPublic});
}

} // namespace centinela::cli
