#include "RoutingService.h"

#include <QSet>
#include <QThreadPool>

#include <chrono>

namespace centinela::core {

RoutingService::RoutingService(SnapOptions snapOptions)
    : m_snapOptions(snapOptions)
{
    publish(nullptr, {});
}

void RoutingService::publish(std::shared_ptr<const RoadGraph> graph, std::vector<UnitTable::Unit> units)
{
    auto next = std::make_shared<Snapshot>();
    next->units = std::make_shared<const UnitTable>(graph.get(), std::move(units));
    next->graph = std::move(graph);
    m_current.store(std::move(next), std::memory_order_release);
}

void RoutingService::setGraph(std::shared_ptr<const RoadGraph> graph)
{
    QMutexLocker lock(&m_writers);
    const auto current = snapshot();
    std::vector<UnitTable::Unit> units = current->units->units();
    for (UnitTable::Unit& u : units)
        u.snap = graph ? RoadSnapper::snap(*graph, u.lon, u.lat, m_snapOptions) : Snap();
    publish(std::move(graph), std::move(units));
}

void RoutingService::updateUnits(const std::vector<UnitFix>& fixes)
{
    QMutexLocker lock(&m_writers);
    const auto current = snapshot();
    std::vector<UnitTable::Unit> units = current->units->units();
    QHash<qint64, int> added; // units new in this batch; the others are in the current table's index
    for (const UnitFix& f : fixes) {
        UnitTable::Unit u{f.id, f.lon, f.lat, f.available, Snap()};
        if (current->graph)
            u.snap = RoadSnapper::snap(*current->graph, f.lon, f.lat, m_snapOptions);
        int at = current->units->indexOf(f.id);
        if (at < 0)
            at = added.value(f.id, -1);
        if (at >= 0) {
            units[std::size_t(at)] = u;
        } else {
            added.insert(f.id, int(units.size()));
            units.push_back(u);
        }
    }
    publish(current->graph, std::move(units));
}

void RoutingService::removeUnits(const std::vector<qint64>& ids)
{
    QMutexLocker lock(&m_writers);
    const auto current = snapshot();
    const QSet<qint64> gone(ids.begin(), ids.end());
    std::vector<UnitTable::Unit> units;
    for (const UnitTable::Unit& u : current->units->units())
        if (!gone.contains(u.id))
            units.push_back(u);
    publish(current->graph, std::move(units));
}

Snap RoutingService::snap(double lon, double lat) const
{
    const auto s = snapshot();
    return s->graph ? RoadSnapper::snap(*s->graph, lon, lat, m_snapOptions) : Snap();
}

Recommendation RoutingService::recommend(double lon, double lat, const SearchOptions& options) const
{
    return run(snapshot(), lon, lat, options);
}

Recommendation RoutingService::routeFor(qint64 unitId, double lon, double lat, RouteMetric metric) const
{
    const auto s = snapshot();
    SearchOptions options;
    options.metric = metric;
    options.withGeometry = true;
    options.onlyUnit = s->units->indexOf(unitId);
    if (options.onlyUnit < 0)
        return {};
    return run(s, lon, lat, options);
}

Recommendation RoutingService::run(const std::shared_ptr<const Snapshot>& snapshot, double lon, double lat,
                                   const SearchOptions& options) const
{
    const Snapshot& s = *snapshot;
    Recommendation r;
    if (!s.graph)
        return r;
    r.incident = RoadSnapper::snap(*s.graph, lon, lat, m_snapOptions);
    r.routableUnits = s.units->routableCount();
    std::vector<UnitCandidate> found;
    if (options.useLabels) {
        const std::shared_ptr<const NearestUnitLabels> labels = s.labels.load(std::memory_order_acquire);
        r.fromLabels = labels && labels->answer(*s.graph, *s.units, r.incident, options, &found);
    }
    if (!r.fromLabels) {
        thread_local SearchWorkspace workspace;
        found = UnitSearch::run(*s.graph, *s.units, r.incident, options, workspace, &r.settledNodes);
        if (options.useLabels && NearestUnitLabels::couldAnswer(options))
            noteSearch(snapshot, r.settledNodes);
    }
    r.units.reserve(found.size());
    for (UnitCandidate& c : found) {
        const UnitTable::Unit& u = s.units->units()[std::size_t(c.unit)];
        r.units.push_back({u.id, c.cost, c.etaS, c.distanceM, u.snap, std::move(c.route)});
    }
    return r;
}

void RoutingService::noteSearch(const std::shared_ptr<const Snapshot>& snapshot, std::uint32_t settled) const
{
    const Snapshot& s = *snapshot;
    if (!m_labelsEnabled.load(std::memory_order_relaxed) || s.graph->nodeCount() > kMaxLabelNodes ||
        s.units->routableCount() == 0)
        return;
    // Building settles up to kMaxK label entries per node, each about four times the work of a search
    // step (measured on campo-grande: 24 ms for 43,000 entries against 5 us for 41 settled nodes):
    // once the searches have done that much, the labels have paid for themselves.
    const std::uint64_t cost = std::uint64_t(s.graph->nodeCount()) * NearestUnitLabels::kMaxK * 4;
    const std::uint64_t work = s.searchWork.fetch_add(settled + 1, std::memory_order_relaxed) + settled + 1;
    if (work < cost || s.labelsClaimed.load(std::memory_order_relaxed) ||
        s.labelsClaimed.exchange(true, std::memory_order_acq_rel))
        return;
    // Off the querying thread: the task holds the snapshot as long as it needs it.
    QThreadPool::globalInstance()->start([snapshot] { storeLabels(*snapshot); });
}

void RoutingService::storeLabels(const Snapshot& s)
{
    s.labels.store(std::make_shared<const NearestUnitLabels>(*s.graph, *s.units), std::memory_order_release);
}

double RoutingService::prepareLabels()
{
    const auto s = snapshot();
    if (!s->graph || s->graph->nodeCount() > kMaxLabelNodes)
        return -1;
    const auto start = std::chrono::steady_clock::now();
    if (s->labelsClaimed.exchange(true, std::memory_order_acq_rel))
        return -1; // built already, or being built
    storeLabels(*s);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace centinela::core
