// centinela-cli bench route: import and cache-load times of a map, and the latency of top-k
// recommendations (incident snapping included) for N units at random places on the roads. With
// --pgrouting, the same recommendations are also asked of pgRouting (a database holding an
// osm2pgrouting import of the same map), interleaved with Centinela's so both meet the same machine
// load, and the ratio of the two is printed.
#include "BenchSupport.h"
#include "Cli.h"
#include "RouteInput.h"
#include "roads/RoadNetworkLoader.h"
#include "routing/RoutingService.h"
#include "store/PgConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <queue>

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

/// pgRouting's side of the comparison: the units and incidents on their nearest pgRouting vertices,
/// and one reversed pgr_dijkstraCost per recommendation, timed from the client over the socket.
class PgroutingRival
{
public:
    bool open(const QString& conninfo, core::RouteMetric metric, QString* error)
    {
        try {
            m_db = std::make_unique<core::PgConnection>(conninfo);
            const core::PgRows t = m_db->exec("SELECT to_regclass('ways') IS NOT NULL AND "
                                              "to_regclass('ways_vertices_pgr') IS NOT NULL AND "
                                              "EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pgr_dijkstracost')");
            if (t.text(0, 0) != QLatin1String("t")) {
                *error = QStringLiteral("--pgrouting: the database has no osm2pgrouting import with pgRouting "
                                        "(tables ways and ways_vertices_pgr, function pgr_dijkstraCost)");
                return false;
            }
        } catch (const core::PgError& e) {
            *error = QStringLiteral("--pgrouting: %1").arg(e.message());
            return false;
        }
        // Reversed (source and target swapped) so that one search from the incident gives every
        // unit's cost to it; a negative cost closes a direction, as osm2pgrouting writes one-ways.
        m_edges = metric == core::RouteMetric::Time
                      ? "SELECT gid AS id, target AS source, source AS target, "
                        "CASE WHEN cost > 0 THEN cost_s ELSE -1 END AS cost, "
                        "CASE WHEN reverse_cost > 0 THEN reverse_cost_s ELSE -1 END AS reverse_cost FROM ways"
                      : "SELECT gid AS id, target AS source, source AS target, "
                        "CASE WHEN cost > 0 THEN length_m ELSE -1 END AS cost, "
                        "CASE WHEN reverse_cost > 0 THEN length_m ELSE -1 END AS reverse_cost FROM ways";
        return true;
    }

    /// The nearest pgRouting vertex of each point (one statement; not timed).
    bool nearestVertices(const std::vector<std::pair<double, double>>& points, std::vector<QByteArray>* ids,
                         QString* error)
    {
        QStringList lons, lats;
        for (const auto& [lon, lat] : points) {
            lons << QString::number(lon, 'f', 8);
            lats << QString::number(lat, 'f', 8);
        }
        try {
            const core::PgRows rows =
                m_db->exec("SELECT (SELECT v.id FROM ways_vertices_pgr v "
                           "        ORDER BY v.the_geom <-> ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326) LIMIT 1) "
                           "FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(lon, lat, i) ORDER BY p.i",
                           {QStringLiteral("{%1}").arg(lons.join(QLatin1Char(','))).toUtf8(),
                            QStringLiteral("{%1}").arg(lats.join(QLatin1Char(','))).toUtf8()});
            ids->clear();
            for (int r = 0; r < rows.size(); ++r)
                ids->push_back(rows.bytes(r, 0));
        } catch (const core::PgError& e) {
            *error = QStringLiteral("--pgrouting: %1").arg(e.message());
            return false;
        }
        return true;
    }

    void setUnits(const std::vector<QByteArray>& vertexIds)
    {
        m_units = "{" + QByteArrayList(vertexIds.begin(), vertexIds.end()).join(',') + "}";
    }

    /// One recommendation; returns its wall-clock microseconds, or -1 with `error`.
    double recommend(const QByteArray& incidentVertex, int k, int* answers, QString* error)
    {
        const auto start = std::chrono::steady_clock::now();
        try {
            const core::PgRows rows = m_db->exec("SELECT end_vid, agg_cost FROM pgr_dijkstraCost($1, $2::bigint, "
                                                 "$3::bigint[], true) ORDER BY agg_cost, end_vid LIMIT $4",
                                                 {m_edges, incidentVertex, m_units, QByteArray::number(k)});
            *answers = rows.size();
        } catch (const core::PgError& e) {
            *error = QStringLiteral("--pgrouting: %1").arg(e.message());
            return -1;
        }
        return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    }

private:
    std::unique_ptr<core::PgConnection> m_db;
    QByteArray m_edges;
    QByteArray m_units;
};

/// The yardstick for the large city, run in the same process right after the real thing: a
/// bare bounded Dijkstra (binary heap, no snapping, no unit table) on a side x side grid with random
/// two-way edge times of 10-20 s, from a random node until the k-th of `units` units (on random
/// nodes) is settled. Returns the microseconds of each query.
std::vector<double> referenceGridSearch(std::uint32_t side, qint64 units, qint64 queries, int k, quint32 seed)
{
    const std::uint32_t n = side * side;
    QRandomGenerator rng(seed);
    std::vector<std::uint32_t> begin(n + 1, 0);
    struct Arc
    {
        std::uint32_t head;
        float time;
    };
    std::vector<Arc> arcs;
    arcs.reserve(std::size_t(n) * 4);
    std::vector<float> right(n), up(n);
    for (std::uint32_t v = 0; v < n; ++v) {
        right[v] = float(10 + 10 * rng.generateDouble());
        up[v] = float(10 + 10 * rng.generateDouble());
    }
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::uint32_t x = v % side, y = v / side;
        if (x + 1 < side)
            arcs.push_back({v + 1, right[v]});
        if (x > 0)
            arcs.push_back({v - 1, right[v - 1]});
        if (y + 1 < side)
            arcs.push_back({v + side, up[v]});
        if (y > 0)
            arcs.push_back({v - side, up[v - side]});
        begin[v + 1] = std::uint32_t(arcs.size());
    }
    std::vector<std::uint8_t> isUnit(n, 0);
    for (qint64 u = 0; u < units; ++u)
        isUnit[rng.bounded(n)] = 1;
    std::vector<double> dist(n, INFINITY);
    std::vector<std::uint32_t> touched;
    using Item = std::pair<double, std::uint32_t>;
    std::vector<double> micros;
    micros.reserve(std::size_t(queries));
    for (qint64 q = 0; q < queries; ++q) {
        const std::uint32_t from = rng.bounded(n);
        const auto start = std::chrono::steady_clock::now();
        for (std::uint32_t v : touched)
            dist[v] = INFINITY;
        touched.clear();
        std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
        dist[from] = 0;
        touched.push_back(from);
        heap.push({0.0, from});
        int found = 0;
        while (!heap.empty() && found < k) {
            const auto [c, v] = heap.top();
            heap.pop();
            if (c > dist[v])
                continue;
            found += isUnit[v];
            for (std::uint32_t a = begin[v]; a < begin[v + 1]; ++a) {
                const double next = c + arcs[a].time;
                if (next < dist[arcs[a].head]) {
                    if (dist[arcs[a].head] == INFINITY)
                        touched.push_back(arcs[a].head);
                    dist[arcs[a].head] = next;
                    heap.push({next, arcs[a].head});
                }
            }
        }
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    return micros;
}

int benchRoute(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("map"), QStringLiteral("units"), QStringLiteral("queries"), QStringLiteral("k"),
                     QStringLiteral("seed"), QStringLiteral("profile"), QStringLiteral("metric"),
                     QStringLiteral("pgrouting"), QStringLiteral("pgrouting-queries")},
                    {QStringLiteral("reference")}, &error))
        return usageError(error);
    if (!args.has(QStringLiteral("map")))
        return usageError(QStringLiteral("bench route needs --map FILE"));
    qint64 unitCount = 0, queryCount = 0, k = 0, seed = 0, pgQueries = 0;
    if (!args.integer(QStringLiteral("pgrouting-queries"), 30, 1, 100000, &pgQueries, &error) ||
        !args.integer(QStringLiteral("units"), 1000, 1, 10000000, &unitCount, &error) ||
        !args.integer(QStringLiteral("queries"), 1000, 1, 10000000, &queryCount, &error) ||
        !args.integer(QStringLiteral("k"), 5, 1, 1000000, &k, &error) ||
        !args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max(), &seed, &error))
        return usageError(error);
    pgQueries = std::min(pgQueries, queryCount); // one pgRouting sample per Centinela query at most
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
    PgroutingRival pgrouting;
    const bool withPgrouting = args.has(QStringLiteral("pgrouting"));
    std::vector<QByteArray> pgIncidents;
    if (withPgrouting) {
        std::vector<std::pair<double, double>> unitPoints;
        for (const core::UnitFix& f : fixes)
            unitPoints.push_back({f.lon, f.lat});
        std::vector<QByteArray> pgUnits;
        if (!pgrouting.open(args.value(QStringLiteral("pgrouting")), metric, &error) ||
            !pgrouting.nearestVertices(unitPoints, &pgUnits, &error))
            return failure(error);
        pgrouting.setUnits(pgUnits);
        // Spread over the whole run: every (queries / pgrouting-queries)-th incident goes to both.
        std::vector<std::pair<double, double>> sample;
        for (qint64 p = 0; p < pgQueries; ++p)
            sample.push_back(incidents[std::size_t(p * queryCount / pgQueries)]);
        if (!pgrouting.nearestVertices(sample, &pgIncidents, &error))
            return failure(error);
    }

    // The service as every caller gets it: these units serve many recommendations, so the labels are
    // built (here at once, and timed; a RoutingService left alone builds them after about as many
    // searches as they cost).
    const double labelsMs = service.prepareLabels();
    const auto labels = service.snapshot()->labels.load();

    core::SearchOptions options;
    options.k = int(k);
    options.metric = metric;
    core::SearchOptions searchOnly = options;
    searchOnly.useLabels = false;
    for (int w = 0; w < std::min<int>(20, int(incidents.size())); ++w) { // warm the workspace and caches
        service.recommend(incidents[std::size_t(w)].first, incidents[std::size_t(w)].second, options);
        service.recommend(incidents[std::size_t(w)].first, incidents[std::size_t(w)].second, searchOnly);
    }

    struct Pass
    {
        std::vector<double> micros, settled;
        qint64 answers = 0, fromLabels = 0;
    };
    std::vector<double> pgMicros;
    qint64 pgAnswers = 0;
    // One pass over the incidents: each is asked of the service as it is (labels where certified)
    // and of the search alone, in alternating order, so both meet the same caches and machine load;
    // every (queries / pgrouting-queries)-th incident also goes to pgRouting.
    const auto timed = [&](std::size_t q, const core::SearchOptions& o, Pass* pass) {
        const auto [lon, lat] = incidents[q];
        const auto start = std::chrono::steady_clock::now();
        const core::Recommendation r = service.recommend(lon, lat, o);
        pass->micros.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        pass->answers += qint64(r.units.size());
        pass->fromLabels += r.fromLabels ? 1 : 0;
        if (!r.fromLabels)
            pass->settled.push_back(r.settledNodes);
    };
    Pass main, search;
    main.micros.reserve(incidents.size());
    search.micros.reserve(incidents.size());
    for (std::size_t q = 0; q < incidents.size(); ++q) {
        const std::size_t p = pgMicros.size();
        if (withPgrouting && p < pgIncidents.size() && q == std::size_t(qint64(p) * queryCount / pgQueries)) {
            int got = 0;
            const double us = pgrouting.recommend(pgIncidents[p], int(k), &got, &error);
            if (us < 0)
                return failure(error);
            pgMicros.push_back(us);
            pgAnswers += got;
        }
        if (!labels) {
            timed(q, options, &main);
        } else if (q % 2 == 0) {
            timed(q, options, &main);
            timed(q, searchOnly, &search);
        } else {
            timed(q, searchOnly, &search);
            timed(q, options, &main);
        }
    }
    if (!labels)
        search = main;
    double mean = 0;
    for (double m : main.micros)
        mean += m / double(main.micros.size());

    std::printf("input: %s\n", qUtf8Printable(QFileInfo(map).absoluteFilePath()));
    std::printf("input_bytes: %lld\n", QFileInfo(map).size());
    std::printf("profile: %s\nmetric: %s\n", qUtf8Printable(profile->name()),
                metric == core::RouteMetric::Time ? "time" : "distance");
    std::printf("units: %lld\nqueries: %lld\nk: %lld\nseed: %lld\n", unitCount, queryCount, k, seed);
    std::printf("machine: %s, %s %s\n", qUtf8Printable(machineDescription()), qUtf8Printable(QSysInfo::kernelType()),
                qUtf8Printable(QSysInfo::kernelVersion()));
    std::printf("search: nearest-unit labels where they certify the answer, else a bounded Dijkstra on the "
                "backward graph from the incident, stopping at the k-th unit; snapping included\n");
    std::printf("nodes: %u\nedges: %u\n", g.nodeCount(), g.edgeCount());
    std::printf("main_network_nodes: %u\n", g.mainNetworkNodes());
    std::printf("import_ms: %lld\nload_ms: %lld\n", importMs, loaded.milliseconds);
    std::printf("units_update_ms: %.1f\n", updateMs);
    std::printf("labels_build_ms: %.1f\n", labelsMs);
    std::printf("labels_mb: %.1f\n", labels ? double(labels->memoryBytes()) / (1024.0 * 1024.0) : 0.0);
    std::printf("answers_per_query: %.2f\n", double(main.answers) / double(queryCount));
    std::printf("answered_from_labels: %.3f\n", double(main.fromLabels) / double(queryCount));
    std::printf("mean_us: %.1f\n", mean);
    std::printf("p50_us: %.1f\n", percentile(main.micros, 0.50));
    std::printf("p95_us: %.1f\n", percentile(main.micros, 0.95));
    std::printf("p99_us: %.1f\n", percentile(main.micros, 0.99));
    std::printf("max_us: %.1f\n", percentile(main.micros, 1.0));
    // The same recommendations by search alone (the labels not consulted), in the same run.
    std::printf("settled_nodes_p50: %.0f\nsettled_nodes_p99: %.0f\n", percentile(search.settled, 0.5),
                percentile(search.settled, 0.99));
    std::printf("search_p50_us: %.1f\n", percentile(search.micros, 0.50));
    std::printf("search_p95_us: %.1f\n", percentile(search.micros, 0.95));
    std::printf("search_p99_us: %.1f\n", percentile(search.micros, 0.99));
    if (withPgrouting) {
        std::printf("pgrouting_query: one pgr_dijkstraCost on the reversed graph from the incident's nearest vertex "
                    "to the units' nearest vertices, ORDER BY agg_cost LIMIT k (vertex lookups not timed)\n");
        std::printf("pgrouting_queries: %zu\n", pgMicros.size());
        std::printf("pgrouting_answers_per_query: %.2f\n",
                    double(pgAnswers) / double(std::max<std::size_t>(1, pgMicros.size())));
        const double pg50 = percentile(pgMicros, 0.50);
        std::printf("pgrouting_p50_us: %.0f\n", pg50);
        std::printf("pgrouting_min_us: %.0f\n", percentile(pgMicros, 0.0));
        std::printf("pgrouting_p95_us: %.0f\n", percentile(pgMicros, 0.95));
        std::printf("speedup_p50: %.0f\n", pg50 / percentile(main.micros, 0.50));
        std::printf("search_speedup_p50: %.0f\n", pg50 / percentile(search.micros, 0.50));
    }
    std::printf("graph_mb: %.1f\n", double(g.memoryBytes()) / (1024.0 * 1024.0));
    std::printf("rss_mb: %.1f\n", procStatusMb(0, "VmRSS:"));
    std::printf("peak_rss_mb: %.1f\n", procStatusMb(0, "VmHWM:"));
    if (args.has(QStringLiteral("reference"))) {
        // After rss_mb, so that the yardstick's own memory is not counted as the graph's.
        const auto side = std::uint32_t(std::lround(std::sqrt(double(g.nodeCount()))));
        std::vector<double> ref = referenceGridSearch(side, unitCount, queryCount, int(k), quint32(seed));
        std::printf("reference: bare bounded Dijkstra on a %ux%u grid (binary heap, random edge times 10-20 s, "
                    "units on random nodes, no snapping), same units, k and query count\n",
                    side, side);
        std::printf("reference_p50_us: %.1f\n", percentile(ref, 0.50));
        std::printf("reference_p99_us: %.1f\n", percentile(ref, 0.99));
        std::printf("p99_ratio_to_reference: %.2f\n", percentile(main.micros, 0.99) / percentile(ref, 0.99));
    }
    return 0;
}

} // namespace

void registerBenchRoute(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("bench route"),
                     QStringLiteral("bench route --map FILE [--units N] [--queries Q] [--k K] [--seed S] "
                                    "[--profile car|pgrouting-cars|FILE] [--metric time|distance] "
                                    "[--pgrouting CONNINFO [--pgrouting-queries N]] [--reference]"),
                     benchRoute});
}

} // namespace centinela::cli
