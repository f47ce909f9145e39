// centinela-gateway: composition root of the station's headless ingest service.
#include "ingest/GatewayService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

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
