// centinela-cli bench sync: N desk sync clients against concurrent alert writers and a position
// writer; measures change committed → applied in every desk's state, and counts lost and
// duplicated deliveries.
#include "BenchSupport.h"
#include "Cli.h"

#include "domain/Command.h"
#include "domain/StationState.h"
#include "store/CommandExecutor.h"
#include "store/PgConnection.h"
#include "store/PositionWriter.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>

namespace centinela::cli {

namespace {

constexpr int kAlertWriters = 4;
constexpr int kBatchMs = 50;

struct Shared
{
    QElapsedTimer clock;
    QMutex mutex;
    QHash<qint64, qint64> alertCommitNs;              // alert id → commit time
    QHash<QPair<qint64, qint64>, qint64> fixCommitNs; // (unit, fix ms) → commit time
    QHash<qint64, qint64> lastFixMs;                  // unit → newest fix written
    std::atomic<bool> writing{true};
    std::atomic<int> writeErrors{0};
};

/// One desk: a real SyncClient feeding a real StationState, recording when each change lands.
class DeskProbe : public QObject
{
public:
    DeskProbe(const QString& conninfo, Shared& shared)
        : m_sync(conninfo, this)
        , m_shared(shared)
    {
        m_sync.setPollInterval(1000);
        connect(&m_sync, &core::SyncClient::snapshotLoaded, &m_state, &core::StationState::loadSnapshot);
        connect(&m_sync, &core::SyncClient::eventsReceived, this, [this](const QList<core::Event>& events) {
            m_state.apply(events);
            const qint64 now = m_shared.clock.nsecsElapsed();
            for (const core::Event& e : events) {
                if (e.kind != QLatin1String("alert.created"))
                    continue;
                if (m_alertSeen.contains(e.entityId))
                    ++duplicated;
                else
                    m_alertSeen.insert(e.entityId, now);
            }
        });
        connect(&m_sync, &core::SyncClient::positionsReceived, this, [this](const QList<core::UnitPosition>& fixes) {
            m_state.applyPositions(fixes);
            const qint64 now = m_shared.clock.nsecsElapsed();
            for (const core::UnitPosition& p : fixes) {
                const QPair<qint64, qint64> key(p.unitId, p.fixTime.toMSecsSinceEpoch());
                if (m_fixSeen.contains(key))
                    ++duplicated;
                else
                    m_fixSeen.insert(key, now);
                m_newestFix[p.unitId] = std::max(m_newestFix.value(p.unitId), key.second);
            }
        });
    }
    void start() { m_sync.start(); }
    void stop() { m_sync.stop(); }

    QHash<qint64, qint64> m_alertSeen;
    QHash<QPair<qint64, qint64>, qint64> m_fixSeen;
    QHash<qint64, qint64> m_newestFix;
    qint64 duplicated = 0;

private:
    core::SyncClient m_sync;
    core::StationState m_state;
    Shared& m_shared;
};

void alertWriter(const QString& conninfo, Shared& shared, double perSecond, int seconds, int index)
{
    core::CommandExecutor executor(conninfo);
    const auto start = std::chrono::steady_clock::now();
    const auto interval = std::chrono::duration<double>(1.0 / perSecond);
    // Writers are offset against each other so their transactions overlap.
    auto next = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            interval * (index / double(kAlertWriters)));
    const auto end = start + std::chrono::seconds(seconds);
    int n = 0;
    while (next < end) {
        std::this_thread::sleep_until(next);
        const QJsonObject alert{{QStringLiteral("channel"), QStringLiteral("sms")},
                                {QStringLiteral("body"), QStringLiteral("bench alert %1/%2").arg(index).arg(n++)},
                                {QStringLiteral("priority"), 3}};
        const core::CommandResult r =
            executor.execute(core::Command::createAlert(alert, QDateTime::currentDateTimeUtc()));
        const qint64 committed = shared.clock.nsecsElapsed();
        if (r.status != core::CommandResult::Status::Ok) {
            ++shared.writeErrors;
        } else {
            QMutexLocker lock(&shared.mutex);
            shared.alertCommitNs.insert(qint64(r.data.value(QLatin1String("alert_id")).toDouble()), committed);
        }
        next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(interval);
    }
}

void positionWriter(const QString& conninfo, Shared& shared, const QList<qint64>& units, double perSecond, int seconds)
{
    core::PositionWriter writer(conninfo);
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    auto next = start;
    double owed = 0;
    int cursor = 0;
    QRandomGenerator rng(7);
    QDateTime fixTime = QDateTime::currentDateTimeUtc();
    while (next < end) {
        std::this_thread::sleep_until(next);
        next += std::chrono::milliseconds(kBatchMs);
        owed += perSecond * kBatchMs / 1000.0;
        const int count = int(owed);
        owed -= count;
        if (count == 0)
            continue;
        fixTime = std::max(fixTime.addMSecs(1), QDateTime::currentDateTimeUtc());
        QList<core::UnitPosition> batch;
        for (int i = 0; i < count; ++i) {
            core::UnitPosition p;
            p.unitId = units.at(cursor++ % units.size());
            p.point = {-90.5 + rng.generateDouble() * 0.1, 14.6 + rng.generateDouble() * 0.1};
            p.heading = rng.bounded(360);
            p.speed = rng.bounded(20);
            p.fixTime = fixTime.addMSecs(i / int(units.size())); // a unit twice in one batch: later fix
            batch.push_back(p);
        }
        try {
            writer.write(batch);
            const qint64 committed = shared.clock.nsecsElapsed();
            QMutexLocker lock(&shared.mutex);
            for (const core::UnitPosition& p : batch) {
                const qint64 ms = p.fixTime.toMSecsSinceEpoch();
                shared.fixCommitNs.insert({p.unitId, ms}, committed);
                shared.lastFixMs[p.unitId] = std::max(shared.lastFixMs.value(p.unitId), ms);
            }
        } catch (const core::PgError&) {
            ++shared.writeErrors;
        }
    }
}

int benchSync(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("db"), QStringLiteral("desks"), QStringLiteral("seconds"),
                     QStringLiteral("alerts-per-s"), QStringLiteral("positions-per-s"), QStringLiteral("units")},
                    {}, &error))
        return usageError(error);
    qint64 desks = 0, seconds = 0, unitCount = 0;
    double alertsPerS = 0, positionsPerS = 0;
    if (!args.integer(QStringLiteral("desks"), 8, 1, 64, &desks, &error) ||
        !args.integer(QStringLiteral("seconds"), 10, 1, 3600, &seconds, &error) ||
        !args.integer(QStringLiteral("units"), 200, 1, 100000, &unitCount, &error) ||
        !args.number(QStringLiteral("alerts-per-s"), 20, 0, 10000, &alertsPerS, &error) ||
        !args.number(QStringLiteral("positions-per-s"), 500, 0, 1000000, &positionsPerS, &error))
        return usageError(error);

    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), true, &error))
        return failure(error);
    const QString conninfo = target.conninfo();

    QList<qint64> units;
    try {
        core::PgConnection admin(conninfo);
        const QString runTag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
        const core::PgRows rows = admin.exec(
            "INSERT INTO units (call_sign, kind, status) SELECT 'BENCH-' || $1 || '-' || g, 'car', 'available'"
            " FROM generate_series(1, $2::int) g RETURNING id",
            {runTag.toUtf8(), QByteArray::number(unitCount)});
        for (int r = 0; r < rows.size(); ++r)
            units << rows.toLongLong(r, 0);
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("cannot prepare the benchmark units: %1").arg(e.message()));
    }

    Shared shared;
    shared.clock.start();
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<DeskProbe*> probes;
    for (int d = 0; d < desks; ++d) {
        auto thread = std::make_unique<QThread>();
        auto* probe = new DeskProbe(conninfo, shared);
        probe->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, probe, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(
            probe, [probe] { probe->start(); }, Qt::BlockingQueuedConnection);
        probes.push_back(probe);
        threads.push_back(std::move(thread));
    }

    std::vector<std::thread> writers;
    if (alertsPerS > 0)
        for (int w = 0; w < kAlertWriters; ++w)
            writers.emplace_back(alertWriter, conninfo, std::ref(shared), alertsPerS / kAlertWriters, int(seconds), w);
    if (positionsPerS > 0)
        writers.emplace_back(positionWriter, conninfo, std::ref(shared), units, positionsPerS, int(seconds));
    for (auto& w : writers)
        w.join();

    // Drain: give the desks time to see the last commits (a notification normally makes it instant;
    // the fallback poll bounds it).
    const qint64 drainUntil = shared.clock.elapsed() + 5000;
    auto complete = [&] {
        for (DeskProbe* p : probes) {
            bool done = false;
            QMetaObject::invokeMethod(
                p,
                [&] {
                    done = p->m_alertSeen.size() >= shared.alertCommitNs.size();
                    for (auto it = shared.lastFixMs.cbegin(); done && it != shared.lastFixMs.cend(); ++it)
                        done = p->m_newestFix.value(it.key()) >= it.value();
                },
                Qt::BlockingQueuedConnection);
            if (!done)
                return false;
        }
        return true;
    };
    while (shared.clock.elapsed() < drainUntil && !complete())
        QThread::msleep(50);

    std::vector<double> latencies;
    qint64 lost = 0, duplicated = 0;
    for (DeskProbe* p : probes) {
        QMetaObject::invokeMethod(
            p,
            [&] {
                p->stop();
                duplicated += p->duplicated;
                for (auto it = shared.alertCommitNs.cbegin(); it != shared.alertCommitNs.cend(); ++it) {
                    const auto seen = p->m_alertSeen.constFind(it.key());
                    if (seen == p->m_alertSeen.cend())
                        ++lost;
                    else
                        latencies.push_back(std::max<qint64>(0, *seen - it.value()) / 1e6);
                }
                for (auto it = shared.fixCommitNs.cbegin(); it != shared.fixCommitNs.cend(); ++it) {
                    const auto seen = p->m_fixSeen.constFind(it.key());
                    if (seen != p->m_fixSeen.cend())
                        latencies.push_back(std::max<qint64>(0, *seen - it.value()) / 1e6);
                    else if (p->m_newestFix.value(it.key().first) < it.key().second)
                        ++lost; // neither this fix nor a later one of the unit ever arrived
                }
            },
            Qt::BlockingQueuedConnection);
    }
    for (auto& t : threads) {
        t->quit();
        t->wait();
    }

    const qint64 events = shared.alertCommitNs.size() + shared.fixCommitNs.size();
    std::vector<double> sorted = latencies;
    std::printf("desks: %lld\n", desks);
    std::printf("events: %lld\n", events);
    std::printf("alerts: %lld\n", qint64(shared.alertCommitNs.size()));
    std::printf("positions: %lld\n", qint64(shared.fixCommitNs.size()));
    std::printf("p50_ms: %.2f\n", percentile(sorted, 0.50));
    std::printf("p95_ms: %.2f\n", percentile(sorted, 0.95));
    std::printf("p99_ms: %.2f\n", percentile(sorted, 0.99));
    std::printf("lost: %lld\n", lost);
    std::printf("duplicated: %lld\n", duplicated);
    std::printf("write_errors: %d\n", shared.writeErrors.load());
    std::printf("input: %lld s, %.0f alerts/s over %d concurrent writers, %.0f positions/s in %d ms batches over %lld "
                "units, %s database\n",
                seconds, alertsPerS, kAlertWriters, positionsPerS, kBatchMs, unitCount,
                target.isEmbedded() ? "throwaway embedded" : "given");
    std::printf("machine: %s\n", qUtf8Printable(machineDescription()));
    return lost == 0 && duplicated == 0 && shared.writeErrors == 0 ? 0 : 1;
}

} // namespace

void registerBenchSync(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("bench sync"),
                     QStringLiteral("bench sync [--db CONNINFO] --desks N --seconds S --alerts-per-s A "
                                    "--positions-per-s P [--units U]"),
                     benchSync});
}

} // namespace centinela::cli
