// The desk: composition root. Resolves the database (the station server given by --db, or the
// embedded default), checks its schema, and builds the session and the main window.
#include "DemoStation.h"
#include "MainWindow.h"
#include "StationMap.h"
#include "store/EmbeddedCluster.h"
#include "store/Migrator.h"
#include "store/PgConnection.h"
#include "store/StationDatabase.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace centinela;

namespace {

void installTranslations(QApplication& app, QString language)
{
    // --lang, else the seat's setting (ui/language), else the system locale.
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("centinela"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

int fail(const QString& message, bool gui)
{
    std::fprintf(stderr, "centinela: %s\n", qUtf8Printable(message));
    // Headless runs (tests, kiosks without a display) get the message on stderr only.
    if (gui && QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, QApplication::translate("main", "Centinela"), message);
    return 2;
}

QString passwordFree(const QString& conninfo)
{
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("password\\s*=\\s*\\S+")), QString());
    out.replace(QRegularExpression(QStringLiteral(":[^:@/]*@")), QStringLiteral("@"));
    return out;
}

/// --demo: the simulated station beside the desk (units and alerts on the map; operators dispatch).
std::unique_ptr<app::DemoStation> startDemo(const core::EmbeddedCluster* cluster, const QString& conninfo,
                                            const QString& mapSource)
{
    app::DemoStation::Settings settings;
    settings.mapPath = mapSource.isEmpty() ? ui::StationMap::syntheticCityPath() : mapSource;
    settings.waitForMap = mapSource.isEmpty();
    const auto as = [&](const char* user) {
        return cluster ? cluster->conninfo(QStringLiteral("centinela"), QString::fromLatin1(user)) : conninfo;
    };
    settings.operatorConninfo = as("operador");
    settings.gatewayConninfo = as("pasarela");
    settings.adminConninfo = as("administrador");
    auto demo = std::make_unique<app::DemoStation>(settings);
    demo->start();
    return demo;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Centinela"));
    QApplication::setApplicationName(QStringLiteral("centinela"));
    QApplication::setApplicationVersion(QStringLiteral(CENTINELA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Centinela dispatch desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Station database (libpq conninfo or URI). "
                                                     "Without it, an embedded database is used."),
                                      QStringLiteral("conninfo"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Embedded database only: log in as this demo user "
                                                       "(operador, comandante, administrador)."),
                                        QStringLiteral("name"), QStringLiteral("operador"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
                                        QStringLiteral("Folder of the embedded database (default: app data)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language (es, en)."),
                                        QStringLiteral("code"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a screenshot of the window after start-up and quit."),
                                        QStringLiteral("file.png"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        QStringLiteral("Map source read through GDAL (OpenStreetMap .osm.pbf, GeoPackage, "
                       "Shapefile, GeoJSON, GeoTIFF, MBTiles). Default: the station's "
                       "`map` setting, else the synthetic city."),
        QStringLiteral("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Demo station: its own embedded database (app data/demo-db), the synthetic city (or "
                       "--map) and simulated units and alerts in the same process."));
    parser.addOptions({dbOption, userOption, dataOption, langOption, shotOption, mapOption, demoOption});
    parser.process(app);
    installTranslations(app, parser.value(langOption));

    // Resolve the database.
    std::unique_ptr<core::EmbeddedCluster> cluster;
    QString conninfo = parser.value(dbOption);
    QString error;
    if (conninfo.isEmpty()) {
        const QString base =
            parser.isSet(dataOption) ? parser.value(dataOption)
            : parser.isSet(demoOption)
                // The demo's own cluster, beside the embedded default (app data, or /var/lib as root).
                ? QFileInfo(core::EmbeddedCluster::defaultBaseDir()).absolutePath() + QStringLiteral("/demo-db")
                : core::EmbeddedCluster::defaultBaseDir();
        cluster = std::make_unique<core::EmbeddedCluster>(base, core::EmbeddedCluster::Durability::Durable);
        if (!core::StationDatabase::prepareEmbedded(*cluster, QStringLiteral("centinela"), &error))
            return fail(QApplication::translate("main", "The embedded database could not start: %1").arg(error), true);
        conninfo = cluster->conninfo(QStringLiteral("centinela"), parser.value(userOption));
    }
    QString mapSource = parser.value(mapOption);
    QJsonObject stationSettings;
    try {
        core::PgConnection probe(conninfo);
        int found = 0;
        const auto status = core::Migrator::check(probe, &found);
        if (status != core::Migrator::Status::Current)
            return fail(core::Migrator::explain(status, found), true);
        // The station's map (a setting the administrator sets for every desk), unless --map overrides it.
        if (mapSource.isEmpty())
            mapSource = probe.exec("SELECT coalesce((SELECT settings ->> 'map' FROM stations ORDER BY id LIMIT 1), '')")
                            .text(0, 0);
    } catch (const core::PgError& e) {
        // A station server that is down at start: the desk still opens on its outbox, offline.
        std::fprintf(stderr, "centinela: database unreachable at start: %s\n", qUtf8Printable(e.message()));
    }

    // One desk per seat and database: the outbox must have a single writer.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(passwordFree(conninfo).toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dataDir);
    QLockFile lock(dataDir + QStringLiteral("/desk-") + key + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100))
        return fail(QApplication::translate("main", "Another Centinela desk is already open for this database on this "
                                                    "computer."),
                    true);

    core::SystemClock clock;
    core::DeskSession session(conninfo, dataDir + QStringLiteral("/outbox-") + key + QStringLiteral(".jsonl"), clock);
    if (!session.start(&error))
        return fail(error, true);
    ui::MainWindow window(session, key);
    window.show();
    window.applyStationSettings(stationSettings);
    window.loadMap(mapSource);
    const std::unique_ptr<app::DemoStation> demo =
        parser.isSet(demoOption) ? startDemo(cluster.get(), conninfo, mapSource) : nullptr;

    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QTimer::singleShot(3000, &window, [&window, file] {
            window.grab().save(file);
            window.close();
            QApplication::quit();
        });
    }
    const int rc = QApplication::exec();
    if (demo)
        demo->stop();
    session.stop();
    return rc;
}
