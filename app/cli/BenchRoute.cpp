// centinela-cli bench route: import and cache-load times of a map, and the latency of top-k
// recommendations (incident snapping included) for N units at random places on the roads.
#include "BenchSupport.h"
#include "Cli.h"
#include "RouteInput.h"
#include "roads/RoadNetworkLoader.h"
#include "routing/RoutingService.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <malloc.h>

namespace centinela::cli {

namespace {

/// A random point on a random main-network edge, moved up to `jitterM` metres off the road.
void randomRoadPoint(const core::RoadGraph& g, QRandomGenerator& rng, double jitterM, double* lon, double* lat)
{
    std::uint32_t e = 0;
    for (int tries = 0; tries < 100; ++tries) {
        e = rng.bounded(g.edgeCount());
        if (g.edgeOnMainNetwork(e))
            break;
    }
    const std::uint32_t i = rng.bounded(g.edgePointCount(e) - 1);
    const core::FixedPoint a = g.edgePoint(e, i), b = g.edgePoint(e, i + 1);
    const double t = rng.generateDouble();
    *lon = a.lonDeg() + t * (b.lonDeg() - a.lonDeg()) + (rng.generateDouble() - 0.5) * 2 * jitterM / 80000.0;
    *lat = a.latDeg() + t * (b.latDeg() - a.latDeg()) + (rng.generateDouble() - 0.5) * 2 * jitterM / 111000.0;
}

int benchRoute(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("map"), QStringLiteral("units"), QStringLiteral("queries"), QStringLiteral("k"),
                     QStringLiteral("seed"), QStringLiteral("profile"), QStringLiteral("metric")},
                    {}, &error))
        return usageError(error);
    if (!args.has(QStringLiteral("map")))
        return usageError(QStringLiteral("bench route needs --map FILE"));
    qint64 unitCount = 0, queryCount = 0, k = 0, seed = 0;
    if (!args.integer(QStringLiteral("units"), 1000, 1, 10000000, &unitCount, &error) ||
        !args.integer(QStringLiteral("queries"), 1000, 1, 10000000, &queryCount, &error) ||
        !args.integer(QStringLiteral("k"), 5, 1, 1000000, &k, &error) ||
        !args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max(), &seed, &error))
        return usageError(error);
    core::RouteMetric metric = core::RouteMetric::Time;
    std::optional<core::RoadProfile> profile;
    if (!routingOptions(args, &metric, &profile, &error))
        return usageError(error);
    const QString map = args.value(QStringLiteral("map"));

    // Cold: import from the source (and write the cache); then free everything and load the cache.
    qint64 importMs = 0;
    {
        const maps::LoadedRoads imported =
            maps::RoadNetworkLoader::load(map, *profile, maps::RoadNetworkLoader::Cache::Rebuild);
        if (!imported.graph)
            return failure(imported.error);
        importMs = imported.milliseconds;
    }
    malloc_trim(0); // give the importer's memory back, so rss_mb measures the loaded graph
    const maps::LoadedRoads loaded = maps::RoadNetworkLoader::load(map, *profile);
    if (!loaded.graph)
        return failure(loaded.error);
    if (!loaded.fromCache)
        return failure(
            QStringLiteral("the road cache was not used: %1").arg(loaded.warnings.join(QStringLiteral("; "))));
    const core::RoadGraph& g = *loaded.graph;

    core::RoutingService service;
    service.setGraph(loaded.graph);
    QRandomGenerator rng(static_cast<quint32>(seed));
    std::vector<core::UnitFix> fixes;
    for (qint64 i = 0; i < unitCount; ++i) {
        core::UnitFix f{i, 0, 0, true};
        randomRoadPoint(g, rng, 10, &f.lon, &f.lat);
        fixes.push_back(f);
    }
    const auto updateStart = std::chrono::steady_clock::now();
    service.updateUnits(fixes);
    const double updateMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - updateStart).count();

    std::vector<std::pair<double, double>> incidents;
    for (qint64 q = 0; q < queryCount; ++q) {
        double lon, lat;
        randomRoadPoint(g, rng, 20, &lon, &lat);
        incidents.push_back({lon, lat});
    }
    core::SearchOptions options;
    options.k = int(k);
    options.metric = metric;
    for (int w = 0; w < std::min<int>(20, int(incidents.size())); ++w) // warm the workspace and caches
        service.recommend(incidents[std::size_t(w)].first, incidents[std::size_t(w)].second, options);
    std::vector<double> micros;
    micros.reserve(incidents.size());
    qint64 answers = 0;
    std::vector<double> settled;
    for (const auto& [lon, lat] : incidents) {
        const auto start = std::chrono::steady_clock::now();
        const core::Recommendation r = service.recommend(lon, lat, options);
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        answers += qint64(r.units.size());
        settled.push_back(r.settledNodes);
    }
    double mean = 0;
    for (double m : micros)
        mean += m / double(micros.size());

    std::printf("input: %s\n", qUtf8Printable(QFileInfo(map).absoluteFilePath()));
    std::printf("input_bytes: %lld\n", QFileInfo(map).size());
    std::printf("profile: %s\nmetric: %s\n", qUtf8Printable(profile->name()),
                metric == core::RouteMetric::Time ? "time" : "distance");
    std::printf("units: %lld\nqueries: %lld\nk: %lld\nseed: %lld\n", unitCount, queryCount, k, seed);
    std::printf("machine: %s, %s %s\n", qUtf8Printable(machineDescription()), qUtf8Printable(QSysInfo::kernelType()),
                qUtf8Printable(QSysInfo::kernelVersion()));
    std::printf("search: bounded Dijkstra on the backward graph from the incident, stopping at the k-th unit\n");
    std::printf("nodes: %u\nedges: %u\n", g.nodeCount(), g.edgeCount());
    std::printf("main_network_nodes: %u\n", g.mainNetworkNodes());
    std::printf("import_ms: %lld\nload_ms: %lld\n", importMs, loaded.milliseconds);
    std::printf("units_update_ms: %.1f\n", updateMs);
    std::printf("answers_per_query: %.2f\n", double(answers) / double(queryCount));
    std::printf("settled_nodes_p50: %.0f\nsettled_nodes_p99: %.0f\n", percentile(settled, 0.5),
                percentile(settled, 0.99));
    std::printf("mean_us: %.1f\n", mean);
    std::printf("p50_us: %.1f\n", percentile(micros, 0.50));
    std::printf("p95_us: %.1f\n", percentile(micros, 0.95));
    std::printf("p99_us: %.1f\n", percentile(micros, 0.99));
    std::printf("max_us: %.1f\n", percentile(micros, 1.0));
    std::printf("graph_mb: %.1f\n", double(g.memoryBytes()) / (1024.0 * 1024.0));
    std::printf("rss_mb: %.1f\n", procStatusMb(0, "VmRSS:"));
    std::printf("peak_rss_mb: %.1f\n", procStatusMb(0, "VmHWM:"));
    return 0;
}

} // namespace

void registerBenchRoute(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("bench route"),
                     QStringLiteral("bench route --map FILE [--units N] [--queries Q] [--k K] [--seed S] "
                                    "[--profile car|pgrouting-cars|FILE] [--metric time|distance]"),
                     benchRoute});
}

} // namespace centinela::cli
