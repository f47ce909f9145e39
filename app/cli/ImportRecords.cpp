// centinela-cli import-records: a national system's export into the station's record tables.
#include "Cli.h"

#include "records/RecordImporter.h"

#include <QElapsedTimer>

#include <cstdio>

namespace centinela::cli {

namespace {

int importRecords(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db"), QStringLiteral("kind")}, {}, &error))
        return usageError(error);
    const QString kind = args.value(QStringLiteral("kind"));
    if (args.positional().size() != 1 || !core::RecordImporter::kinds().contains(kind))
        return usageError(QStringLiteral("usage: import-records --db CONNINFO --kind %1 FILE.csv")
                              .arg(core::RecordImporter::kinds().join(QLatin1Char('|'))));
    DatabaseTarget target;
    if (!target.openStation(args.value(QStringLiteral("db")), &error))
        return failure(error);
    const QString file = args.positional().first();
    core::RecordImporter importer(target.conninfo(), kind);
    importer.setProblemHandler([&file](const core::RecordImporter::Problem& p) {
        std::fprintf(stderr, "%s:%lld: %s\n", qUtf8Printable(file), p.line, qUtf8Printable(p.reason));
    });
    QElapsedTimer timer;
    timer.start();
    core::RecordImporter::Summary s;
    if (!importer.importFile(file, &s, &error))
        return failure(QStringLiteral("%1: %2").arg(file, error));
    std::printf("kind: %s\nrows_read: %lld\nrows_imported: %lld\nrows_rejected: %lld\nrecords_merged: %lld\n"
                "seconds: %.2f\n",
                qUtf8Printable(kind), s.rowsRead, s.rowsAccepted, s.rowsRejected, s.recordsMerged,
                timer.elapsed() / 1000.0);
    if (s.rowsRejected > 0)
        std::fprintf(stderr, "centinela-cli: %lld of %lld rows could not be read (listed above)\n", s.rowsRejected,
                     s.rowsRead);
    return s.rowsAccepted > 0 || s.rowsRead == 0 ? 0 : failure(QStringLiteral("nothing was imported"));
}

} // namespace

void registerImportRecords(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("import-records"),
                     QStringLiteral("import-records [--db CONNINFO] --kind "
                                    "persons|vehicles|warrants|fines|orders|crossings FILE.csv"),
                     importRecords});
}

} // namespace centinela::cli
