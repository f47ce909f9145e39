// centinela-cli simulate: a simulated station on a road map (units patrolling and answering calls,
// alerts arriving), optionally dispatching on its own by a policy, with response statistics.
#include "BenchSupport.h"
#include "Cli.h"
#include "roads/RoadNetworkLoader.h"
#include "routing/RoadProfile.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <limits>
#include <numeric>

namespace centinela::cli {

namespace {

QString seconds(std::vector<double> values, double p)
{
    if (values.empty())
        return QStringLiteral("n/a");
    return QString::number(percentile(values, p), 'f', 1);
}

int simulate(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("db"), QStringLiteral("map"), QStringLiteral("units"),
                     QStringLiteral("alerts-per-hour"), QStringLiteral("speedup"), QStringLiteral("seconds"),
                     QStringLiteral("seed"), QStringLiteral("policy"), QStringLiteral("arrivals")},
                    {}, &error))
        return usageError(error);
    if (!args.has(QStringLiteral("map")))
        return usageError(QStringLiteral("simulate needs --map FILE"));
    qint64 units = 0, seed = 0;
    double perHour = 0, speedup = 0, wallSeconds = 0;
    if (!args.integer(QStringLiteral("units"), 20, 1, 10000, &units, &error) ||
        !args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max(), &seed, &error) ||
        !args.number(QStringLiteral("alerts-per-hour"), 6, 0.001, 1e6, &perHour, &error) ||
        !args.number(QStringLiteral("speedup"), 1, 0.01, 1e6, &speedup, &error) ||
        !args.number(QStringLiteral("seconds"), 60, 0.1, 1e7, &wallSeconds, &error))
        return usageError(error);
    const std::optional<core::DispatchPolicy> policy =
        core::Simulator::parsePolicy(args.value(QStringLiteral("policy")));
    if (!policy)
        return usageError(QStringLiteral("--policy is road, straight or sector"));

    core::SimulatorOptions options;
    options.units = int(units);
    options.alertsPerHour = perHour;
    options.speedup = speedup;
    options.seed = quint64(seed);
    options.policy = *policy;
    if (args.has(QStringLiteral("arrivals"))) {
        options.replayOffsetsS = core::ArrivalStream::readReplay(args.value(QStringLiteral("arrivals")), &error);
        if (!options.replayOffsetsS)
            return failure(error);
    }

    const QString map = args.value(QStringLiteral("map"));
    const maps::LoadedRoads roads = maps::RoadNetworkLoader::load(map, core::RoadProfile::car());
    for (const QString& w : roads.warnings)
        std::fprintf(stderr, "centinela-cli: %s\n", qUtf8Printable(w));
    if (!roads.graph)
        return failure(roads.error);

    DatabaseTarget db;
    if (!db.open(args.value(QStringLiteral("db")), false, &error))
        return failure(error);
    options.operatorConninfo = db.conninfoAs(QStringLiteral("operador"));
    options.gatewayConninfo = db.conninfoAs(QStringLiteral("pasarela"));
    options.adminConninfo = db.conninfoAs(QStringLiteral("administrador"));

    core::SystemClock clock;
    core::Simulator sim(roads.graph, options, clock);
    if (!sim.start(&error))
        return failure(error);
    QElapsedTimer timer;
    timer.start();
    sim.run(wallSeconds);
    const double wall = double(timer.elapsed()) / 1000.0;
    const core::SimulationStats s = sim.stats();

    const double meanTravel =
        s.travelS.empty() ? 0 : std::accumulate(s.travelS.begin(), s.travelS.end(), 0.0) / double(s.travelS.size());
    std::printf("policy: %s\nseed: %lld\nmap: %s\nunits: %lld\nsectors: %d%s\n",
                qUtf8Printable(core::Simulator::policyName(*policy)), seed, qUtf8Printable(QFileInfo(map).fileName()),
                units, sim.sectors().size(), sim.sectors().isGrid() ? " (grid)" : "");
    if (options.replayOffsetsS)
        std::printf("arrivals: %s (%zu calls)\n", qUtf8Printable(args.value(QStringLiteral("arrivals"))),
                    options.replayOffsetsS->size());
    else
        std::printf("alerts_per_hour: %g\n", perHour);
    std::printf("speedup: %g\nwall_s: %.1f\nsimulated_s: %.0f\nalerts: %lld\nincidents: %lld\ndispatched: %lld\n"
                "closed: %lld\narrived: %lld\nmean_travel_s: %s\np90_travel_s: %s\np90_processing_s: %s\n"
                "positions: %lld\nfailures: %lld\n",
                speedup, wall, s.simulatedS, s.alerts, s.incidents, s.dispatched, s.closed, s.arrived,
                s.travelS.empty() ? "n/a" : qUtf8Printable(QString::number(meanTravel, 'f', 1)),
                qUtf8Printable(seconds(s.travelS, 0.9)), qUtf8Printable(seconds(s.processingS, 0.9)), s.positions,
                s.failures);
    return 0;
}

} // namespace

void registerSimulate(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("simulate"),
                     QStringLiteral("simulate [--db CONNINFO] --map FILE [--units N] [--alerts-per-hour R] "
                                    "[--speedup X] [--seconds S] [--seed N] [--policy road|straight|sector] "
                                    "[--arrivals FILE.csv]"),
                     simulate});
}

} // namespace centinela::cli
