// centinela-gateway: the station's headless ingest service. This build checks its database and
// configuration; the ingest inputs (webhooks, OsmAnd, NMEA) are added by the gateway component.
#include "store/Migrator.h"
#include "store/PgConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

using namespace centinela;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("centinela-gateway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CENTINELA_VERSION));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Station database."), QStringLiteral("conninfo"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Configuration file (INI)."),
                                    QStringLiteral("file"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Check database and configuration, then exit."));
    parser.addOptions({db, config, check});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(config)) {
        std::fprintf(stderr, "centinela-gateway: --db and --config are required\n");
        return 2;
    }
    if (!QFileInfo(parser.value(config)).isReadable()) {
        std::fprintf(stderr, "centinela-gateway: cannot read %s\n", qUtf8Printable(parser.value(config)));
        return 2;
    }
    try {
        core::PgConnection c(parser.value(db));
        int found = 0;
        const auto status = core::Migrator::check(c, &found);
        if (status != core::Migrator::Status::Current) {
            std::fprintf(stderr, "centinela-gateway: %s\n", qUtf8Printable(core::Migrator::explain(status, found)));
            return 2;
        }
    } catch (const core::PgError& e) {
        std::fprintf(stderr, "centinela-gateway: cannot connect to the database: %s\n", qUtf8Printable(e.message()));
        return 1;
    }
    std::printf("database: ok\nschema_version: %d\n", core::Migrator::latestVersion());
    if (!parser.isSet(check)) {
        std::fprintf(stderr, "centinela-gateway: no ingest inputs are built into this release yet\n");
        return 3;
    }
    return 0;
}
