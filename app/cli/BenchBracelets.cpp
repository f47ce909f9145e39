// centinela-cli bench bracelets: N offenders' bracelets under protective orders, one fix per 10 s
// each, through the real position input (OsmAnd over HTTP on loopback to a centinela-gateway
// process). A few of them (2 %) walk into their order's warning distance; the rest move about well
// outside it. Measures the time from sending a fix to the gateway's answer, which it gives only after
// the check and, for a crossing, after the alert's commit; then counts missed and false alerts
// against the ground truth computed with the same zone geometry from the coordinates sent.
#include "BenchSupport.h"
#include "Cli.h"

#include "orders/ProtectedZone.h"
#include "routing/Geodesic.h"
#include "store/PgConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <deque>

namespace centinela::cli {

namespace {

constexpr int kConnections = 16;
constexpr double kCentreLon = -90.5133, kCentreLat = 14.6349;
constexpr double kStepM = 120; // a car in town between two fixes 10 s apart

struct Device
{
    QByteArray id;
    core::ProtectedZone home;
    double warningM = 500;
    bool crosser = false;
    double bearing = 0;   ///< radians, from home
    double distanceM = 0; ///< from home's centre, along `bearing`
    double phaseMs = 0;   ///< when in each 10 s its fixes go out
    qint64 nextFix = 0;
    bool crossed = false; ///< ground truth: a fix was sent within the warning distance
};

struct Pending
{
    qint64 sentNs;
    bool crossing; ///< the first fix of this device inside the warning distance
};

/// Minimal HTTP/1.1 response reader for keep-alive, pipelined answers.
struct Connection
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray buffer;
    std::deque<Pending> pending;
};

core::GeoPoint offset(const core::GeoPoint& from, double bearing, double metres)
{
    double perLon = 0, perLat = 0;
    core::geodesic::metresPerDegree(from.lat, &perLon, &perLat);
    return {from.lon + metres * std::sin(bearing) / perLon, from.lat + metres * std::cos(bearing) / perLat};
}

double rounded(double degrees)
{
    return std::round(degrees * 1e7) / 1e7; // what goes into the request
}

} // namespace

static int benchBracelets(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("db"), QStringLiteral("map"), QStringLiteral("devices"), QStringLiteral("seconds")},
                    {}, &error))
        return usageError(error);
    qint64 devices = 0, seconds = 0;
    if (!args.integer(QStringLiteral("devices"), 1000, 1, 200000, &devices, &error) ||
        !args.integer(QStringLiteral("seconds"), 60, 20, 3600, &seconds, &error))
        return usageError(error);

    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), true, &error))
        return failure(error);

    // Orders: a home zone (a point with a radius; every fourth a square) 0–4 km from the centre.
    QRandomGenerator rng(8);
    std::vector<Device> fleet(devices);
    QJsonArray orders;
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36).toUpper();
    const qint64 fixesPerDevice = seconds / 10;
    for (qint64 i = 0; i < devices; ++i) {
        Device& d = fleet[i];
        d.id = QStringLiteral("BR%1-%2").arg(tag).arg(i).toUtf8();
        const core::GeoPoint centre =
            offset({kCentreLon, kCentreLat}, rng.generateDouble() * 2 * M_PI, rng.generateDouble() * 4000);
        d.warningM = 300 + rng.bounded(500);
        QJsonObject area;
        double radius = 0;
        if (i % 4 == 3) {
            QJsonArray ring;
            for (const double a : {M_PI / 4, 3 * M_PI / 4, 5 * M_PI / 4, 7 * M_PI / 4, M_PI / 4}) {
                const core::GeoPoint p = offset(centre, a, 100);
                ring.append(QJsonArray{rounded(p.lon), rounded(p.lat)});
            }
            area = {{QStringLiteral("type"), QStringLiteral("Polygon")},
                    {QStringLiteral("coordinates"), QJsonArray{ring}}};
        } else {
            radius = 50 + rng.bounded(100);
            area = {{QStringLiteral("type"), QStringLiteral("Point")},
                    {QStringLiteral("coordinates"), QJsonArray{rounded(centre.lon), rounded(centre.lat)}}};
        }
        core::ProtectedZone::fromGeoJson(area, radius, &d.home);
        QJsonObject zone{{QStringLiteral("name"), QStringLiteral("casa")}, {QStringLiteral("area"), area}};
        if (radius > 0)
            zone.insert(QStringLiteral("radius_m"), radius);
        orders.append(QJsonObject{{QStringLiteral("order_number"), QStringLiteral("BENCH-%1-%2").arg(tag).arg(i)},
                                  {QStringLiteral("device_id"), QString::fromUtf8(d.id)},
                                  {QStringLiteral("offender_name"), QStringLiteral("Ofensor %1").arg(i)},
                                  {QStringLiteral("protected_name"), QStringLiteral("Protegida %1").arg(i)},
                                  {QStringLiteral("warning_m"), d.warningM},
                                  {QStringLiteral("zones"), QJsonArray{zone}}});
        // 2 % walk in: they start far enough out to cross after 1..fixes-2 steps.
        d.crosser = rng.bounded(50) == 0 && fixesPerDevice >= 3;
        d.bearing = rng.generateDouble() * 2 * M_PI;
        const double edge = radius > 0 ? radius : 100 * M_SQRT2;
        d.distanceM = d.crosser ? edge + d.warningM + kStepM * (1 + rng.bounded(int(fixesPerDevice - 2))) - kStepM / 2
                                : edge + d.warningM + 300 + rng.bounded(2500);
        d.phaseMs = rng.generateDouble() * 10000;
    }
    try {
        core::PgConnection admin(target.conninfo());
        if (args.has(QStringLiteral("map"))) {
            const QString map = QFileInfo(args.value(QStringLiteral("map"))).absoluteFilePath();
            admin.exec("UPDATE stations SET settings = settings || jsonb_build_object('map', $1::text)",
                       {map.toUtf8()});
        }
        // The bench runs for minutes: no signal-loss alerts from bracelets that have not reported yet.
        admin.exec("UPDATE stations SET settings = settings || '{\"bracelets\": {\"signal_loss_s\": 3600}}'");
        admin.exec("SELECT count(cmd_upsert_protection_order(gen_random_uuid(), o)) FROM jsonb_array_elements($1) o",
                   {QJsonDocument(orders).toJson(QJsonDocument::Compact)});
        // Sixty available patrol units around the centre, for the alerts' nearest unit.
        admin.exec("INSERT INTO units (call_sign, status) SELECT 'BP-' || g, 'available' FROM generate_series(1, 60) g"
                   " ON CONFLICT (call_sign) DO NOTHING");
        admin.exec("SELECT upsert_last_positions(array_agg(id), array_agg($1::float8 + (random() - 0.5) * 0.07),"
                   " array_agg($2::float8 + (random() - 0.5) * 0.07), array_agg(0::real), array_agg(0::real),"
                   " array_agg(now())) FROM units WHERE call_sign LIKE 'BP-%'",
                   {QByteArray::number(kCentreLon), QByteArray::number(kCentreLat)});
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("database: %1").arg(e.message()));
    }

    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("gateway.ini")));
    if (!config.open(QIODevice::WriteOnly) || config.write("[limits]\nposition_flush_ms = 50\n") < 0)
        return failure(QStringLiteral("cannot write %1").arg(config.fileName()));
    config.close();
    QProcess gateway;
    gateway.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gateway.start(QCoreApplication::applicationDirPath() + QStringLiteral("/centinela-gateway"),
                  {QStringLiteral("--db"),
                   target.isEmbedded() ? target.conninfoAs(QStringLiteral("pasarela")) : target.conninfo(),
                   QStringLiteral("--config"), config.fileName(), QStringLiteral("--http-port"), QStringLiteral("0"),
                   QStringLiteral("--osmand-port"), QStringLiteral("0"), QStringLiteral("--nmea-port"),
                   QStringLiteral("0")});
    QByteArray out;
    while (!out.contains("nmea_port") && gateway.waitForReadyRead(300000))
        out += gateway.readAllStandardOutput();
    quint16 port = 0;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith("osmand_port"))
            port = quint16(line.mid(line.indexOf(':') + 1).trimmed().toUInt());
    if (!port)
        return failure(QStringLiteral("the gateway did not start"));

    QElapsedTimer clock;
    clock.start();
    std::vector<Connection> connections(kConnections);
    for (Connection& c : connections) {
        c.socket = std::make_unique<QTcpSocket>();
        c.socket->connectToHost(QHostAddress::LocalHost, port);
        if (!c.socket->waitForConnected(5000))
            return failure(QStringLiteral("cannot connect to the OsmAnd port"));
    }
    std::vector<double> allMs, crossingMs;
    qint64 ok = 0, notOk = 0, sent = 0;
    for (Connection& c : connections) {
        Connection* conn = &c;
        QObject::connect(c.socket.get(), &QTcpSocket::readyRead, c.socket.get(), [&, conn] {
            conn->buffer += conn->socket->readAll();
            for (;;) {
                const qsizetype end = conn->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = conn->buffer.left(end).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const int length = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                if (conn->buffer.size() < end + 4 + length)
                    return;
                (head.startsWith("http/1.1 200") ? ok : notOk)++;
                conn->buffer.remove(0, end + 4 + length);
                if (conn->pending.empty())
                    continue;
                const Pending p = conn->pending.front();
                conn->pending.pop_front();
                const double ms = double(clock.nsecsElapsed() - p.sentNs) / 1e6;
                allMs.push_back(ms);
                if (p.crossing)
                    crossingMs.push_back(ms);
            }
        });
    }

    // One fix per 10 s per device, each at its own phase; a crosser steps toward home, the others
    // drive round it at their distance.
    std::vector<qint64> order(devices);
    for (qint64 i = 0; i < devices; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) { return fleet[a].phaseMs < fleet[b].phaseMs; });
    const qint64 startMs = clock.elapsed();
    qint64 round = 0, cursor = 0, next = 0;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed() - startMs;
        for (;;) {
            if (round >= fixesPerDevice) {
                tick.stop();
                QCoreApplication::quit();
                return;
            }
            Device& d = fleet[order[cursor]];
            if (round * 10000 + d.phaseMs > now)
                return;
            if (d.crosser)
                d.distanceM = std::max(0.0, d.distanceM - kStepM);
            else
                d.bearing += kStepM / std::max(1.0, d.distanceM);
            const core::GeoPoint p = offset(d.home.centre, d.bearing, d.distanceM);
            const core::GeoPoint sentPoint{rounded(p.lon), rounded(p.lat)};
            const bool inside = d.home.distanceM(sentPoint) <= d.warningM;
            const bool crossing = inside && !d.crossed;
            d.crossed |= inside;
            Connection& c = connections[next++ % kConnections];
            c.pending.push_back({clock.nsecsElapsed(), crossing});
            c.socket->write("GET /?id=" + d.id +
                            "&timestamp=" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
                            "&lat=" + QByteArray::number(sentPoint.lat, 'f', 7) +
                            "&lon=" + QByteArray::number(sentPoint.lon, 'f', 7) + " HTTP/1.1\r\nHost: bench\r\n\r\n");
            ++sent;
            if (++cursor == devices) {
                cursor = 0;
                ++round;
            }
        }
    });
    tick.start();
    QCoreApplication::exec();
    // The last answers.
    QElapsedTimer drain;
    drain.start();
    while (ok + notOk < sent && drain.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }

    qint64 alerts = 0, missed = 0, falseAlerts = 0, expected = 0;
    try {
        core::PgConnection admin(target.conninfo());
        const core::PgRows rows =
            admin.exec("SELECT o.device_id, count(a.id) FROM protection_orders o LEFT JOIN alerts a"
                       " ON a.channel = 'bracelet' AND a.details ->> 'kind' = 'proximity' AND (a.details ->> "
                       "'order_id')::int = o.id"
                       " WHERE o.order_number LIKE $1 GROUP BY o.device_id",
                       {QStringLiteral("BENCH-%1-%").arg(tag).toUtf8()});
        QHash<QByteArray, qint64> byDevice;
        for (int r = 0; r < rows.size(); ++r)
            byDevice.insert(rows.bytes(r, 0), rows.toLongLong(r, 1));
        for (const Device& d : fleet) {
            const qint64 n = byDevice.value(d.id);
            alerts += n;
            expected += d.crossed;
            if (d.crossed && n == 0)
                ++missed;
            falseAlerts += d.crossed ? std::max<qint64>(0, n - 1) : n;
        }
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("database: %1").arg(e.message()));
    }
    gateway.terminate();
    gateway.waitForFinished(10000);

    std::printf("devices: %lld\nseconds: %lld\n", devices, seconds);
    std::printf("fixes: %lld\nanswered_ok: %lld\nanswered_other: %lld\n", sent, ok, notOk);
    std::printf("crossings: %lld\nalerts: %lld\n", expected, alerts);
    const double p50 = percentile(allMs, 0.5), p99all = percentile(allMs, 0.99);
    std::printf("p99_check_ms: %.2f\np50_check_ms: %.2f\n", percentile(crossingMs, 0.99), percentile(crossingMs, 0.5));
    std::printf("p50_fix_ms: %.2f\np99_fix_ms: %.2f\n", p50, p99all);
    std::printf("missed: %lld\nfalse: %lld\n", missed, falseAlerts);
    std::printf("input: %lld bracelets at 1 fix/10 s (%.0f fixes/s) over %d keep-alive OsmAnd HTTP connections, "
                "2 %% walking into their order's warning distance (300-800 m), 60 available units, %s, %s database\n",
                devices, double(devices) / 10.0, kConnections,
                args.has(QStringLiteral("map"))
                    ? qUtf8Printable(QStringLiteral("map ") + args.value(QStringLiteral("map")))
                    : "synthetic city",
                target.isEmbedded() ? "throwaway embedded" : "given");
    std::printf("machine: %s\n", qUtf8Printable(machineDescription()));
    return missed == 0 && falseAlerts == 0 ? 0 : 1;
}

void registerBenchBracelets(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("bench bracelets"),
                     QStringLiteral("bench bracelets [--db CONNINFO] [--map FILE] --devices N --seconds S"),
                     benchBracelets});
}

} // namespace centinela::cli
