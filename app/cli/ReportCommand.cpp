// centinela-cli report: the response-time review of the station's history as JSON, CSV or PDF.
#include "Cli.h"
#include "ReportOptions.h"

#include "analytics/ReportEngine.h"
#include "analytics/ReportFormatter.h"
#include "store/PgConnection.h"
#include "util/Clock.h"

#include <QThread>

namespace centinela::cli {

namespace {

QString formatOf(const Args& args)
{
    if (args.has(QStringLiteral("format")))
        return args.value(QStringLiteral("format"));
    const QString out = args.value(QStringLiteral("out")).toLower();
    if (out.endsWith(QLatin1String(".csv")))
        return QStringLiteral("csv");
    if (out.endsWith(QLatin1String(".pdf")))
        return QStringLiteral("pdf");
    return QStringLiteral("json");
}

int report(const QStringList& argvIn)
{
    QStringList argv = argvIn;
    const QStringList groupBy = takeRepeated(argv, QStringLiteral("group-by"));
    const QStringList targets = takeRepeated(argv, QStringLiteral("target"));
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("db"), QStringLiteral("from"), QStringLiteral("to"),
                     QStringLiteral("baseline-from"), QStringLiteral("baseline-to"), QStringLiteral("format"),
                     QStringLiteral("out"), QStringLiteral("connections")},
                    {}, &error))
        return usageError(error);
    if (!args.positional().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(args.positional().first()));

    core::ReportQuery query;
    if (!parsePeriod(args.value(QStringLiteral("from")), args.value(QStringLiteral("to")), QString(), &query.period,
                     &error))
        return usageError(error);
    if (args.has(QStringLiteral("baseline-from")) || args.has(QStringLiteral("baseline-to"))) {
        core::ReportPeriod baseline;
        if (!parsePeriod(args.value(QStringLiteral("baseline-from")), args.value(QStringLiteral("baseline-to")),
                         QStringLiteral("baseline-"), &baseline, &error))
            return usageError(error);
        query.baseline = baseline;
    }
    for (const QString& key : groupBy) {
        core::ReportField field;
        if (!core::reportFieldFromKey(key, &field))
            return usageError(
                QStringLiteral("--group-by must be one of %1, not \"%2\"").arg(core::reportFieldKeys(), key));
        if (query.groupBy.contains(field))
            return usageError(QStringLiteral("--group-by %1 is given twice").arg(key));
        query.groupBy << field;
    }
    const QString format = formatOf(args);
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return usageError(QStringLiteral("--format must be json, csv or pdf"));
    qint64 connections = 0;
    if (!args.integer(QStringLiteral("connections"), qBound(1, QThread::idealThreadCount(), 4), 1, 16, &connections,
                      &error))
        return usageError(error);

    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), false, &error))
        return failure(error);
    core::ReportSettings settings;
    try {
        core::PgConnection c(target.conninfo());
        if (!core::ReportSettings::load(c, &settings, &error))
            return failure(error);
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("cannot connect to the database: %1").arg(e.message()));
    }
    for (const QString& t : targets) {
        core::ResponseInterval interval;
        bool ok = false;
        const double seconds = t.section(QLatin1Char('='), 1).toDouble(&ok);
        if (!core::responseIntervalFromKey(t.section(QLatin1Char('='), 0, 0), &interval) || !ok || seconds < 0)
            return usageError(QStringLiteral("--target must be INTERVAL=SECONDS (response=480), not \"%1\"").arg(t));
        settings.addTarget(interval, seconds);
    }

    const core::SystemClock clock;
    core::Report report;
    if (!core::ReportEngine(target.conninfo(), int(connections)).run(query, settings, clock, &report, &error))
        return failure(QStringLiteral("the report failed: %1").arg(error));

    const QString out = args.value(QStringLiteral("out"));
    bool written = false;
    if (format == QLatin1String("pdf"))
        written = writePdf(out, report, &error);
    else
        written = writeOutput(out,
                              format == QLatin1String("csv") ? core::ReportFormatter::toCsv(report)
                                                             : core::ReportFormatter::toJson(report),
                              &error);
    return written ? 0 : failure(error);
}

} // namespace

bool needsGuiApplication(const QStringList& args)
{
    // Only PDF and the render bench need fonts and a paint device; everything else stays a QCoreApplication.
    if (args.value(0) == QLatin1String("bench") && args.value(1) == QLatin1String("render"))
        return true;
    if (args.value(0) != QLatin1String("report"))
        return false;
    QStringList rest = args.mid(1);
    Args parsed;
    QString error;
    takeRepeated(rest, QStringLiteral("group-by"));
    takeRepeated(rest, QStringLiteral("target"));
    return parsed.parse(rest,
                        {QStringLiteral("db"), QStringLiteral("from"), QStringLiteral("to"),
                         QStringLiteral("baseline-from"), QStringLiteral("baseline-to"), QStringLiteral("format"),
                         QStringLiteral("out"), QStringLiteral("connections")},
                        {}, &error) &&
           formatOf(parsed) == QLatin1String("pdf");
}

void registerReport(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("report"),
                     QStringLiteral("report [--db CONNINFO] [--from DATE] [--to DATE] [--group-by FIELD]... "
                                    "[--baseline-from DATE --baseline-to DATE] [--target INTERVAL=SECONDS]... "
                                    "[--format json|csv|pdf] [--out FILE]"),
                     report});
}

} // namespace centinela::cli
