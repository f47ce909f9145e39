// centinela-cli import-history: a legacy CAD export into the station's incident history.
#include "Cli.h"

#include "history/HistoryImporter.h"

#include <QElapsedTimer>

#include <cstdio>

namespace centinela::cli {

namespace {

int importHistory(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("mapping")}, {}, &error))
        return usageError(error);
    if (args.positional().size() != 1 || args.has(QStringLiteral("format")) == args.has(QStringLiteral("mapping")))
        return usageError(QStringLiteral("usage: import-history --db CONNINFO --format FORMAT|--mapping FILE.ini FILE "
                                         "(formats: %1)")
                              .arg(core::ImportMapping::builtInNames().join(QStringLiteral(", "))));
    core::ImportMapping mapping;
    const bool loaded = args.has(QStringLiteral("format"))
                            ? core::ImportMapping::builtIn(args.value(QStringLiteral("format")), &mapping, &error)
                            : core::ImportMapping::load(args.value(QStringLiteral("mapping")), &mapping, &error);
    if (!loaded)
        return usageError(error);

    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), false, &error))
        return failure(error);
    const QString file = args.positional().first();
    core::HistoryImporter importer(target.conninfo(), mapping);
    importer.setProblemHandler([&file](const core::HistoryImporter::Problem& p) {
        std::fprintf(stderr, "%s:%lld: %s%s\n", qUtf8Printable(file), p.line,
                     p.rejected ? "" : "warning: ", qUtf8Printable(p.reason));
    });
    QElapsedTimer timer;
    timer.start();
    core::HistoryImporter::Summary s;
    if (!importer.importFile(file, &s, &error))
        return failure(error);
    std::printf("source: %s\n", qUtf8Printable(mapping.sourceName()));
    std::printf("rows_read: %lld\nrows_imported: %lld\nrows_rejected: %lld\nwarnings: %lld\nduplicate_rows: %lld\n",
                s.rowsRead, s.rowsImported, s.rowsRejected, s.warnings, s.duplicateRows);
    std::printf("incidents: %lld\nnew_incidents: %lld\nupdated_incidents: %lld\nambiguous_local_times: %lld\n",
                s.incidents, s.newIncidents, s.updatedIncidents, s.ambiguousTimes);
    std::printf("seconds: %.2f\n", timer.elapsed() / 1000.0);
    if (s.rowsRejected > 0)
        std::fprintf(stderr, "centinela-cli: %lld of %lld rows could not be read (listed above)\n", s.rowsRejected,
                     s.rowsRead);
    // Anything imported is a success; a file of nothing but unreadable rows is not.
    return s.rowsImported > 0 ? 0 : failure(QStringLiteral("nothing was imported"));
}

} // namespace

void registerImportHistory(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("import-history"),
                     QStringLiteral("import-history [--db CONNINFO] --format sf-fire-calls|--mapping FILE.ini FILE"),
                     importHistory});
}

} // namespace centinela::cli
