#pragma once

#include "NearestUnitLabels.h"
#include "UnitSearch.h"

#include <QMutex>

#include <atomic>
#include <memory>
#include <vector>

namespace centinela::core {

/// A unit's position as the recommender needs it.
struct UnitFix
{
    qint64 id = 0;
    double lon = 0, lat = 0;
    bool available = true;
};

/// One recommended unit, as the desk shows it.
struct UnitRecommendation
{
    qint64 unitId = 0;
    double cost = 0; ///< seconds or metres, per the metric asked for
    double etaS = 0;
    double distanceM = 0;
    Snap unitSnap;
    std::vector<GeoPoint> route; ///< unit → incident, when asked for
};

struct Recommendation
{
    Snap incident;
    std::vector<UnitRecommendation> units; ///< best first; unreachable units are left out
    int routableUnits = 0;                 ///< available units with a usable snap that the search considered
    std::uint32_t settledNodes = 0;        ///< graph nodes the search settled (a measure of its work)
    bool fromLabels = false;               ///< answered from the nearest-unit labels, without a search
};

/// The routing engine of a desk: the current road graph and the units' snapped positions, published
/// together as one immutable snapshot. Queries (any thread, any number at once) take the snapshot
/// with one atomic load and never wait for a writer; position updates and graph swaps serialise only
/// among themselves, build a new snapshot and swap it in. A query in flight finishes on the snapshot
/// it started with. Each querying thread keeps its own search workspace.
///
/// A snapshot that serves many recommendations the labels could answer (a batch of incidents against
/// the same units, a gateway answering requests) earns nearest-unit labels: once those searches
/// have done about as much work as building the labels costs, the labels are built on a pool thread
/// (queries keep searching meanwhile, nobody waits) and later recommendations read two labels
/// instead of searching. A desk (whose searches ask for route geometry, and whose units move every
/// few seconds) never gets there and simply searches.
class RoutingService
{
public:
    struct Snapshot
    {
        std::shared_ptr<const RoadGraph> graph;
        std::shared_ptr<const UnitTable> units;
        mutable std::atomic<std::shared_ptr<const NearestUnitLabels>> labels;
        mutable std::atomic<bool> labelsClaimed{false};   ///< a thread is building them, or has
        mutable std::atomic<std::uint64_t> searchWork{0}; ///< nodes settled by searches on this snapshot
    };

    /// Graphs above this many nodes never get labels (memory: 120 bytes per node).
    static constexpr std::uint32_t kMaxLabelNodes = 250000;

    explicit RoutingService(SnapOptions snapOptions = {});

    /// Installs a new road graph; every unit is snapped again onto it before the swap.
    void setGraph(std::shared_ptr<const RoadGraph> graph);
    std::shared_ptr<const RoadGraph> graph() const { return snapshot()->graph; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_current.load(std::memory_order_acquire); }

    /// Adds or moves units (one batch, one new snapshot).
    void updateUnits(const std::vector<UnitFix>& fixes);
    void removeUnits(const std::vector<qint64>& ids);

    /// The top `options.k` available units by travel from the unit to (lon, lat).
    Recommendation recommend(double lon, double lat, const SearchOptions& options) const;
    /// The route and costs of one unit, chosen by id, to (lon, lat) — whatever its rank. Empty `units`
    /// in the answer when the unit is unknown, unavailable, off the map or cannot reach the place.
    Recommendation routeFor(qint64 unitId, double lon, double lat, RouteMetric metric = RouteMetric::Time) const;
    /// Builds the nearest-unit labels of the current snapshot now, if its graph is small enough;
    /// returns the milliseconds it took, or -1 (no graph, too large, or built already).
    double prepareLabels();
    /// Off: never build labels (every recommendation searches).
    void setLabelsEnabled(bool enabled) { m_labelsEnabled.store(enabled); }

    /// Snaps a point with this service's options on the current graph.
    Snap snap(double lon, double lat) const;
    const SnapOptions& snapOptions() const { return m_snapOptions; }

private:
    Recommendation run(const std::shared_ptr<const Snapshot>& s, double lon, double lat,
                       const SearchOptions& options) const;
    void publish(std::shared_ptr<const RoadGraph> graph, std::vector<UnitTable::Unit> units);
    /// Counts a search's work against the snapshot and builds its labels when they have paid off.
    void noteSearch(const std::shared_ptr<const Snapshot>& s, std::uint32_t settled) const;
    /// Builds the snapshot's labels and publishes them (the caller has claimed them).
    static void storeLabels(const Snapshot& s);

    const SnapOptions m_snapOptions;
    QMutex m_writers; ///< serialises writers only; readers never take it
    std::atomic<std::shared_ptr<const Snapshot>> m_current;
    std::atomic<bool> m_labelsEnabled{true};
};

} // namespace centinela::core
