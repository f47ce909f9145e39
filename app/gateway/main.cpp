// centinela-gateway: composition root of the station's headless ingest service.
#include "ingest/GatewayService.h"
#include "roads/CityGenerator.h"
#include "roads/RoadNetworkLoader.h"
#include "routing/RoutingService.h"
#include "store/PgConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace centinela;

namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
/// The road network for protective-order alerts' nearest unit: the station's configured map
/// (`stations.settings -> 'map'`, a file path), else a synthetic city centred on the units' last
/// positions. Null (straight-line distances) when neither can be loaded.
std::shared_ptr<core::RoutingService> loadRoads(const QString& conninfo)
{
    QString map;
    double lon = -90.5133, lat = 14.6349; // Guatemala City when no unit has reported yet
    try {
        core::PgConnection db(conninfo);
        const core::PgRows rows =
            db.exec("SELECT coalesce((SELECT settings ->> 'map' FROM stations ORDER BY id LIMIT 1), ''),"
                    " (SELECT avg(lon) FROM unit_positions), (SELECT avg(lat) FROM unit_positions)");
        map = rows.text(0, 0);
        if (!rows.isNull(0, 1)) {
            lon = rows.text(0, 1).toDouble();
            lat = rows.text(0, 2).toDouble();
        }
    } catch (const core::PgError& e) {
        std::fprintf(stderr, "centinela-gateway: roads: cannot read the station's map setting: %s\n",
                     qUtf8Printable(e.message()));
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    if (map.isEmpty()) {
        // 10,000 intersections 90 m apart: a 9 km square around the units.
        maps::CityGenerator::Options options;
        options.originLon = std::round((lon - 0.042) * 1000) / 1000;
        options.originLat = std::round((lat - 0.041) * 1000) / 1000;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(dir);
        map = QStringLiteral("%1/synthetic-city_%2_%3.gpkg").arg(dir).arg(options.originLon).arg(options.originLat);
        QString error;
        if (!QFileInfo::exists(map) && !maps::CityGenerator::write(map, options, nullptr, &error)) {
            std::fprintf(stderr, "centinela-gateway: roads: synthetic city not made: %s\n", qUtf8Printable(error));
            return {};
        }
    }
    const maps::LoadedRoads roads = maps::RoadNetworkLoader::load(map, core::RoadProfile::car());
    if (!roads.graph) {
        std::fprintf(stderr, "centinela-gateway: roads: %s: %s (nearest units by straight line)\n", qUtf8Printable(map),
                     qUtf8Printable(roads.error));
        return {};
    }
    auto routing = std::make_shared<core::RoutingService>();
    routing->setGraph(roads.graph);
    std::fprintf(stderr, "centinela-gateway: roads: %s (%lld ms)\n", qUtf8Printable(map), qint64(timer.elapsed()));
    return routing;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("centinela-gateway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CENTINELA_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Centinela station gateway: citizen messages, CAP alerts and unit "
                                                    "positions in. Ports default to 8080 (HTTP), 5055 (OsmAnd), 5056 "
                                                    "(NMEA); 0 picks a free port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Station database (conninfo)."),
                                QStringLiteral("conninfo"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Configuration file (INI)."),
                                    QStringLiteral("file"));
    const QCommandLineOption http(QStringLiteral("http-port"), QStringLiteral("HTTP port (webhooks, /cap, /healthz)."),
                                  QStringLiteral("port"));
    const QCommandLineOption osmand(QStringLiteral("osmand-port"), QStringLiteral("OsmAnd (Traccar) port."),
                                    QStringLiteral("port"));
    const QCommandLineOption nmea(QStringLiteral("nmea-port"), QStringLiteral("NMEA 0183 TCP port."),
                                  QStringLiteral("port"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Check database and configuration, then exit."));
    parser.addOptions({db, config, http, osmand, nmea, check});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(config)) {
        std::fprintf(stderr, "centinela-gateway: --db and --config are required\n");
        return 2;
    }
    core::GatewayConfig cfg;
    QString error;
    if (!cfg.load(parser.value(config), &error)) {
        std::fprintf(stderr, "centinela-gateway: %s\n", qUtf8Printable(error));
        return 2;
    }
    auto port = [&](const QCommandLineOption& option, quint16* out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < 0 || v > 65535) {
            std::fprintf(stderr, "centinela-gateway: --%s must be a port number\n",
                         qUtf8Printable(option.names().first()));
            return false;
        }
        *out = quint16(v);
        return true;
    };
    if (!port(http, &cfg.httpPort) || !port(osmand, &cfg.osmandPort) || !port(nmea, &cfg.nmeaPort))
        return 2;

    core::GatewayService service(cfg, parser.value(db));
    if (!parser.isSet(check))
        service.setRoutingService(loadRoads(parser.value(db)));
    if (!service.start(&error)) {
        std::fprintf(stderr, "centinela-gateway: %s\n", qUtf8Printable(error));
        return error.contains(QStringLiteral("schema")) ? 2 : 1;
    }
    std::printf("http_port: %u\nosmand_port: %u\nnmea_port: %u\n", service.httpPort(), service.osmandPort(),
                service.nmeaPort());
    std::fflush(stdout);
    std::fprintf(stderr, "centinela-gateway: listening on %s (http %u, osmand %u, nmea %u)\n",
                 qUtf8Printable(cfg.listen.toString()), service.httpPort(), service.osmandPort(), service.nmeaPort());
    if (parser.isSet(check))
        return 0;

    // SIGTERM/SIGINT (systemd stop, Ctrl+C): finish what is queued and exit cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            std::fprintf(stderr, "centinela-gateway: stopping\n");
            QCoreApplication::quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    return QCoreApplication::exec();
}
