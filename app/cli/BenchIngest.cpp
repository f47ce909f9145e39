// centinela-cli bench ingest: a real centinela-gateway process on free loopback ports, driven by D
// simulated devices at R fixes per second in total (half OsmAnd over HTTP, half NMEA over TCP).
// Measures fixes stored, lost, and fix received → visible in the database.
#include "BenchSupport.h"
#include "Cli.h"

#include "store/PgConnection.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace centinela::cli {

namespace {

constexpr int kHttpConnections = 16;

QByteArray nmeaSentence(const QByteArray& body)
{
    unsigned char sum = 0;
    for (char c : body.mid(1))
        sum ^= static_cast<unsigned char>(c);
    return body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

QByteArray nmeaCoordinate(double value, int degreeDigits)
{
    const double a = std::abs(value);
    const int degrees = int(a);
    const double minutes = (a - degrees) * 60.0;
    return QByteArray::number(degrees).rightJustified(degreeDigits, '0') +
           QByteArray::number(minutes, 'f', 5).rightJustified(8, '0');
}

struct Seen
{
    QMutex mutex;
    QHash<QPair<qint64, qint64>, qint64> sentNs; ///< (unit, fix ms) → sent
    std::vector<double> latencies;
};

} // namespace

static int benchIngest(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(
            argv, {QStringLiteral("db"), QStringLiteral("seconds"), QStringLiteral("devices"), QStringLiteral("rate")},
            {}, &error))
        return usageError(error);
    qint64 seconds = 0, devices = 0;
    double rate = 0;
    if (!args.integer(QStringLiteral("seconds"), 10, 1, 3600, &seconds, &error) ||
        !args.integer(QStringLiteral("devices"), 100, 2, 100000, &devices, &error) ||
        !args.number(QStringLiteral("rate"), 1000, 1, 1e6, &rate, &error))
        return usageError(error);

    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), true, &error))
        return failure(error);
    QTemporaryDir dir;
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36).toUpper();
    QByteArray ini = "[devices]\n";
    QStringList ids;
    for (int i = 0; i < devices; ++i) {
        ids << QStringLiteral("B%1-%2").arg(tag).arg(i);
        ini += ids.last().toUtf8() + " = " + ids.last().toUtf8() + '\n';
    }
    QFile config(dir.filePath(QStringLiteral("gateway.ini")));
    if (!config.open(QIODevice::WriteOnly) || config.write(ini) < 0)
        return failure(QStringLiteral("cannot write %1").arg(config.fileName()));
    config.close();

    QProcess gateway;
    gateway.setProcessChannelMode(QProcess::SeparateChannels);
    const QString dbForGateway =
        target.isEmbedded() ? target.conninfoAs(QStringLiteral("pasarela")) : target.conninfo();
    gateway.start(QCoreApplication::applicationDirPath() + QStringLiteral("/centinela-gateway"),
                  {QStringLiteral("--db"), dbForGateway, QStringLiteral("--config"), config.fileName(),
                   QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--osmand-port"),
                   QStringLiteral("0"), QStringLiteral("--nmea-port"), QStringLiteral("0")});
    QByteArray out;
    while (!out.contains("nmea_port") && gateway.waitForReadyRead(60000))
        out += gateway.readAllStandardOutput();
    if (!out.contains("nmea_port"))
        return failure(
            QStringLiteral("the gateway did not start: %1").arg(QString::fromUtf8(gateway.readAllStandardError())));
    quint16 osmandPort = 0, nmeaPort = 0;
    for (const QByteArray& line : out.split('\n')) {
        if (line.startsWith("osmand_port"))
            osmandPort = quint16(line.mid(line.indexOf(':') + 1).trimmed().toUInt());
        if (line.startsWith("nmea_port"))
            nmeaPort = quint16(line.mid(line.indexOf(':') + 1).trimmed().toUInt());
    }

    QHash<QString, qint64> unitOf;
    try {
        core::PgConnection c(target.conninfo());
        const core::PgRows rows = c.exec("SELECT d.device_id, d.unit_id FROM devices d WHERE d.device_id LIKE $1",
                                         {QStringLiteral("B%1-%").arg(tag).toUtf8()});
        for (int r = 0; r < rows.size(); ++r)
            unitOf.insert(rows.text(r, 0), rows.toLongLong(r, 1));
    } catch (const core::PgError& e) {
        return failure(e.message());
    }
    if (unitOf.size() != devices)
        return failure(QStringLiteral("the gateway registered %1 of %2 devices").arg(unitOf.size()).arg(devices));

    // The watcher: a desk-style sync client notes when each fix becomes visible.
    QElapsedTimer clock;
    clock.start();
    Seen seen;
    QThread watcherThread;
    auto* watcher = new core::SyncClient(target.conninfo());
    watcher->moveToThread(&watcherThread);
    QObject::connect(&watcherThread, &QThread::finished, watcher, &QObject::deleteLater);
    QObject::connect(
        watcher, &core::SyncClient::positionsReceived, watcher,
        [&seen, &clock](const QList<core::UnitPosition>& fixes) {
            const qint64 now = clock.nsecsElapsed();
            QMutexLocker lock(&seen.mutex);
            for (const core::UnitPosition& p : fixes) {
                const auto it = seen.sentNs.constFind({p.unitId, p.fixTime.toMSecsSinceEpoch()});
                if (it != seen.sentNs.constEnd())
                    seen.latencies.push_back(std::max<qint64>(0, now - *it) / 1e6);
            }
        },
        Qt::DirectConnection);
    watcherThread.start();
    QMetaObject::invokeMethod(watcher, &core::SyncClient::start, Qt::BlockingQueuedConnection);

    // Drivers.
    const int half = int(devices / 2);
    std::vector<std::unique_ptr<QTcpSocket>> http(kHttpConnections), nmea(devices - half);
    for (auto& s : http) {
        s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, osmandPort);
    }
    for (int i = 0; i < int(nmea.size()); ++i) {
        nmea[i] = std::make_unique<QTcpSocket>();
        nmea[i]->connectToHost(QHostAddress::LocalHost, nmeaPort);
    }
    for (auto& s : http)
        if (!s->waitForConnected(5000))
            return failure(QStringLiteral("cannot connect to the OsmAnd port"));
    for (int i = 0; i < int(nmea.size()); ++i) {
        if (!nmea[i]->waitForConnected(5000))
            return failure(QStringLiteral("cannot connect to the NMEA port"));
        nmea[i]->write(nmeaSentence("$PCEN," + ids.at(half + i).toUtf8()));
    }
    qint64 httpOk = 0, httpOther = 0;
    for (auto& s : http) {
        QTcpSocket* socket = s.get();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, &httpOk, &httpOther] {
            // Every answer is a short status line plus headers; count them.
            const QByteArray data = socket->readAll();
            httpOk += data.count("HTTP/1.1 200");
            httpOther += data.count("HTTP/1.1 ") - data.count("HTTP/1.1 200");
        });
    }

    const double perDevice = rate / double(devices);
    const qint64 stepMs = std::max<qint64>(10, qint64(std::llround(1000.0 / perDevice))); // unique times per device
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-seconds - 60);
    qint64 sent = 0, due = 0;
    std::vector<qint64> seq(devices, 0);
    int cursor = 0, httpCursor = 0;
    const qint64 endNs = clock.nsecsElapsed() + seconds * 1'000'000'000LL;
    const qint64 startNs = clock.nsecsElapsed();
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (now >= endNs) {
            tick.stop();
            QCoreApplication::quit();
            return;
        }
        const qint64 target = qint64(double(now - startNs) / 1e9 * rate);
        for (; due < target; ++due) {
            const int d = cursor++ % int(devices);
            const QDateTime t = base.addMSecs(seq[d]++ * stepMs);
            const double lat = 14.60 + 0.05 * std::sin(double(d) + double(seq[d]) / 50.0);
            const double lon = -90.52 + 0.05 * std::cos(double(d) + double(seq[d]) / 50.0);
            {
                QMutexLocker lock(&seen.mutex);
                seen.sentNs.insert({unitOf.value(ids.at(d)), t.toMSecsSinceEpoch()}, clock.nsecsElapsed());
            }
            if (d < half) {
                http[httpCursor++ % kHttpConnections]->write(
                    "GET /?id=" + ids.at(d).toUtf8() + "&timestamp=" + QByteArray::number(t.toMSecsSinceEpoch()) +
                    "&lat=" + QByteArray::number(lat, 'f', 6) + "&lon=" + QByteArray::number(lon, 'f', 6) +
                    "&speed=12.5&bearing=90 HTTP/1.1\r\nHost: bench\r\n\r\n");
            } else {
                const QByteArray body = "$GPRMC," + t.toString(QStringLiteral("HHmmss.zzz")).left(9).toUtf8() + ",A," +
                                        nmeaCoordinate(lat, 2) + ',' + (lat < 0 ? "S" : "N") + ',' +
                                        nmeaCoordinate(lon, 3) + ',' + (lon < 0 ? "W" : "E") + ",24.3,90.0," +
                                        t.toString(QStringLiteral("ddMMyy")).toUtf8() + ",,,A";
                nmea[d - half]->write(nmeaSentence(body));
            }
            ++sent;
        }
    });
    // RSS of the gateway every 10 s: flat after warm-up is the goal (no growth over long runs).
    std::vector<double> rssSamples;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout,
                     [&] { rssSamples.push_back(procStatusMb(gateway.processId(), "VmRSS:")); });
    sampler.start(10000);
    tick.start();
    const double rssStart = procStatusMb(gateway.processId(), "VmRSS:");
    QCoreApplication::exec();

    // Drain: wait until everything sent is in the database (or 10 s pass).
    auto storedCount = [&]() -> qint64 {
        try {
            core::PgConnection c(target.conninfo());
            return c
                .exec("SELECT count(*) FROM positions p JOIN devices d ON d.unit_id = p.unit_id WHERE d.device_id LIKE "
                      "$1",
                      {QStringLiteral("B%1-%").arg(tag).toUtf8()})
                .toLongLong(0, 0);
        } catch (const core::PgError&) {
            return -1;
        }
    };
    QElapsedTimer drain;
    drain.start();
    qint64 stored = storedCount();
    while (stored < sent && drain.elapsed() < 10000) {
        QThread::msleep(100);
        QCoreApplication::processEvents();
        stored = storedCount();
    }
    QThread::msleep(300); // the watcher's last notification
    const double rssEnd = procStatusMb(gateway.processId(), "VmRSS:");
    QMetaObject::invokeMethod(watcher, &core::SyncClient::stop, Qt::BlockingQueuedConnection);
    watcherThread.quit();
    watcherThread.wait();
    gateway.terminate();
    gateway.waitForFinished(10000);

    std::vector<double> lat;
    {
        QMutexLocker lock(&seen.mutex);
        lat = seen.latencies;
    }
    const double p99 = percentile(lat, 0.99);
    const double p50 = percentile(lat, 0.50);
    std::printf("sent: %lld\n", sent);
    std::printf("stored: %lld\n", stored);
    std::printf("lost: %lld\n", std::max<qint64>(0, sent - stored));
    std::printf("fixes_per_s: %.0f\n", double(stored) / double(seconds));
    std::printf("p50_visible_ms: %.2f\n", p50);
    std::printf("p99_visible_ms: %.2f\n", p99);
    std::printf("rss_mb: %.1f\n", rssEnd);
    std::printf("rss_mb_start: %.1f\n", rssStart);
    if (rssSamples.size() >= 2) {
        // Warm-up is the first minute (or the first half of a short run); growth is measured after it.
        const std::size_t warm = std::min<std::size_t>(6, rssSamples.size() / 2);
        std::printf("rss_mb_after_warmup: %.1f\n", rssSamples[warm]);
        std::printf("rss_mb_max: %.1f\n", *std::max_element(rssSamples.begin(), rssSamples.end()));
        std::printf("rss_growth_after_warmup_mb: %.1f\n", rssSamples.back() - rssSamples[warm]);
    }
    std::printf("http_ok: %lld\nhttp_other: %lld\n", httpOk, httpOther);
    std::printf("input: %lld s, %lld devices (%d OsmAnd over %d keep-alive HTTP connections, %lld NMEA over TCP), %.0f "
                "fixes/s in total, %s database\n",
                seconds, devices, half, kHttpConnections, devices - half, rate,
                target.isEmbedded() ? "throwaway embedded" : "given");
    std::printf("machine: %s\n", qUtf8Printable(machineDescription()));
    return sent == stored ? 0 : 1;
}

void registerBenchIngest(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("bench ingest"),
                     QStringLiteral("bench ingest [--db CONNINFO] --seconds S --devices D --rate R"), benchIngest});
}

} // namespace centinela::cli
