// centinela-cli route: the units that reach a place first, by road, from a map file and a units CSV.
#include "Cli.h"
#include "RouteInput.h"
#include "roads/RoadNetworkLoader.h"

#include <cstdio>

namespace centinela::cli {

namespace {

void reportSnap(const QString& what, const core::Snap& s, const core::SnapOptions& options)
{
    if (!s.valid())
        warn(QStringLiteral("%1: the map has no road to snap to").arg(what));
    else if (s.tooFar)
        warn(QStringLiteral("%1 is %2 m from the nearest road (limit %3 m)")
                 .arg(what)
                 .arg(s.distanceM, 0, 'f', 0)
                 .arg(options.maxDistanceM));
    else if (s.resnapped)
        warn(QStringLiteral("%1 was nearest to a road cut off from the network (%2 m); moved to the network, %3 m away")
                 .arg(what)
                 .arg(s.islandDistanceM, 0, 'f', 0)
                 .arg(s.distanceM, 0, 'f', 0));
    else if (s.onIsland)
        warn(QStringLiteral("%1 is on a road cut off from the main network").arg(what));
}

int route(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("map"), QStringLiteral("units"), QStringLiteral("at"), QStringLiteral("queries"),
                     QStringLiteral("k"), QStringLiteral("metric"), QStringLiteral("profile"),
                     QStringLiteral("max-snap")},
                    {QStringLiteral("geometry"), QStringLiteral("no-cache")}, &error))
        return usageError(error);
    if (!args.has(QStringLiteral("map")) || !args.has(QStringLiteral("units")))
        return usageError(QStringLiteral("route needs --map FILE and --units UNITS.csv"));
    if (args.has(QStringLiteral("at")) == args.has(QStringLiteral("queries")))
        return usageError(QStringLiteral("route needs exactly one of --at LON,LAT and --queries QUERIES.csv"));
    qint64 k = 0;
    double maxSnap = 0;
    if (!args.integer(QStringLiteral("k"), 5, 1, 1000000, &k, &error) ||
        !args.number(QStringLiteral("max-snap"), 1000, 1, 1e7, &maxSnap, &error))
        return usageError(error);
    core::RouteMetric metric = core::RouteMetric::Time;
    std::optional<core::RoadProfile> profile;
    if (!routingOptions(args, &metric, &profile, &error))
        return usageError(error);

    double atLon = 0, atLat = 0;
    QList<CsvPoint> queries, units;
    if (args.has(QStringLiteral("at")) && !parseLonLat(args.value(QStringLiteral("at")), &atLon, &atLat, &error))
        return usageError(error);
    if (args.has(QStringLiteral("queries")) && !readPointsCsv(args.value(QStringLiteral("queries")), &queries, &error))
        return failure(error);
    if (!readPointsCsv(args.value(QStringLiteral("units")), &units, &error))
        return failure(error);

    const maps::LoadedRoads roads =
        maps::RoadNetworkLoader::load(args.value(QStringLiteral("map")), *profile,
                                      args.has(QStringLiteral("no-cache")) ? maps::RoadNetworkLoader::Cache::Ignore
                                                                           : maps::RoadNetworkLoader::Cache::Use);
    for (const QString& w : roads.warnings)
        warn(w);
    if (!roads.graph)
        return failure(roads.error);

    core::SnapOptions snapOptions;
    snapOptions.maxDistanceM = maxSnap;
    core::RoutingService service(snapOptions);
    service.setGraph(roads.graph);
    std::vector<core::UnitFix> fixes;
    for (int i = 0; i < units.size(); ++i)
        fixes.push_back({i, units.at(i).lon, units.at(i).lat, true});
    service.updateUnits(fixes);
    // Units far from every road are left out of the answers: say which (the first few, then how many).
    int flagged = 0;
    for (const core::UnitTable::Unit& u : service.snapshot()->units->units()) {
        if (!u.snap.tooFar && !u.snap.resnapped && !u.snap.onIsland)
            continue;
        if (++flagged <= 10)
            reportSnap(QStringLiteral("unit %1").arg(units.at(int(u.id)).id), u.snap, snapOptions);
    }
    if (flagged > 10)
        warn(QStringLiteral("%1 more units are off the road network or too far from it").arg(flagged - 10));

    core::SearchOptions options;
    options.k = int(k);
    options.metric = metric;
    options.withGeometry = args.has(QStringLiteral("geometry"));
    if (args.has(QStringLiteral("at"))) {
        const core::Recommendation r = service.recommend(atLon, atLat, options);
        if (r.incident.tooFar)
            return failure(QStringLiteral("%1,%2 is %3 m from the nearest road of %4 (limit --max-snap %5 m)")
                               .arg(atLon, 0, 'f', 7)
                               .arg(atLat, 0, 'f', 7)
                               .arg(r.incident.distanceM, 0, 'f', 0)
                               .arg(args.value(QStringLiteral("map")))
                               .arg(maxSnap));
        reportSnap(QStringLiteral("the incident"), r.incident, snapOptions);
        std::printf("%s\n", recommendationJson(r, units).constData());
        return 0;
    }
    for (const CsvPoint& q : queries) {
        core::Recommendation r = service.recommend(q.lon, q.lat, options);
        reportSnap(QStringLiteral("query %1").arg(q.id), r.incident, snapOptions);
        if (r.incident.tooFar)
            r.units.clear(); // no answer rather than one for a road far away
        std::printf("{\"query\": %s, \"results\": %s}\n", jsonId(q.id).constData(),
                    recommendationJson(r, units).constData());
    }
    return 0;
}

} // namespace

void registerRouteCommand(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("route"),
                     QStringLiteral("route --map FILE --units UNITS.csv (--at LON,LAT | --queries QUERIES.csv) [--k K] "
                                    "[--metric time|distance] [--profile car|pgrouting-cars|FILE] [--max-snap M] "
                                    "[--geometry] [--no-cache]"),
                     route});
}

} // namespace centinela::cli
