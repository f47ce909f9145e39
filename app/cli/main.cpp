// centinela-cli: headless subcommands (database administration, benchmarks, imports, reports).
// Never links the ui layer; creates a (headless, offscreen) GUI application only to print a PDF.
#include "Cli.h"
#include "GdalVersion.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <libpq-fe.h>
#include <memory>

using namespace centinela;

int main(int argc, char** argv)
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (cli::needsGuiApplication(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Centinela"));
    QCoreApplication::setApplicationName(QStringLiteral("centinela"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CENTINELA_VERSION));

    QList<cli::Subcommand> commands;
    cli::registerDbCommands(commands);
    cli::registerBenchSync(commands);
    cli::registerBenchIngest(commands);
    cli::registerRouteCommand(commands);
    cli::registerGenCity(commands);
    cli::registerBenchRoute(commands);
    cli::registerReport(commands);
    cli::registerImportHistory(commands);
    cli::registerExportPublic(commands);
    cli::registerBenchReport(commands);
    cli::registerBenchRender(commands);
    cli::registerSimulate(commands);
    cli::registerImportRecords(commands);
    cli::registerBenchRecords(commands);
    cli::registerProtectionOrders(commands);
    cli::registerBenchBracelets(commands);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--version") || args.value(0) == QLatin1String("version")) {
        std::printf("centinela-cli %s\nqt: %s\ngdal: %s\nlibpq: %d\n", CENTINELA_VERSION, qVersion(),
                    qUtf8Printable(maps::gdalVersion()), PQlibVersion());
        return 0;
    }
    const bool help =
        args.isEmpty() || args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("help");
    if (!help) {
        for (const cli::Subcommand& c : commands) {
            const QStringList words = c.name.split(QLatin1Char(' '));
            if (args.mid(0, words.size()) == words)
                return c.run(args.mid(words.size()));
        }
    }
    std::fprintf(help ? stdout : stderr, "usage: centinela-cli COMMAND [OPTIONS]\n\ncommands:\n");
    for (const cli::Subcommand& c : commands)
        std::fprintf(help ? stdout : stderr, "  %s\n", qUtf8Printable(c.usage));
    std::fprintf(help ? stdout : stderr,
                 "  --version\n\nWithout --db, import-records and protection-order work on the station's embedded "
                 "default (the desk's);\nthe other commands on a throwaway embedded database.\n");
    return help ? 0 : 2;
}
