#pragma once

#include "RoadSnapper.h"
#include "SearchWorkspace.h"
#include "UnitTable.h"
#include "domain/Entities.h"

#include <functional>
#include <vector>

namespace centinela::core {

enum class RouteMetric { Time, Distance };

struct SearchOptions
{
    int k = 5;
    RouteMetric metric = RouteMetric::Time;
    /// Also return each recommended unit's route (unit → incident) as lon/lat points.
    bool withGeometry = false;
    /// When set (an index into UnitTable::units()), only this unit is searched for, whatever its rank:
    /// the route of a unit the dispatcher picked by hand. `k` is then ignored.
    int onlyUnit = -1;
    /// When set, units for which it returns false (by unit id) are passed over as if busy: the
    /// incident type needs something they do not have. The k answers are still the k nearest of
    /// the eligible units, exactly.
    std::function<bool(qint64 unitId)> eligible;
    /// RoutingService may answer from its nearest-unit labels (NearestUnitLabels) when it has them for
    /// the current units; the answer is the same. Off: always search (benchmarks compare the two).
    bool useLabels = true;
};

/// One recommended unit. Costs run from the unit's snapped position to the incident's, both partial
/// edges included; the snap distances themselves (off-road legs) are reported, not added.
struct UnitCandidate
{
    int unit = -1;   ///< index into UnitTable::units()
    double cost = 0; ///< seconds (Time) or metres (Distance)
    double etaS = 0;
    double distanceM = 0;
    std::vector<GeoPoint> route; ///< when asked for: from the unit to the incident
};

/// The k units that reach an incident first: one Dijkstra search on the backward graph from the
/// incident's snap, in which every unit is an extra item queued as soon as a node it can leave
/// through is settled; the search stops when k units are settled (and any others tied with the k-th
/// at exactly the same cost, so that ties are ordered by unit id, not by heap order). Exact: a unit
/// is only settled when no cheaper one can remain.
class UnitSearch
{
public:
    /// `settledNodes`, when given, receives how many graph nodes the search settled (for benchmarks).
    static std::vector<UnitCandidate> run(const RoadGraph& graph, const UnitTable& units, const Snap& incident,
                                          const SearchOptions& options, SearchWorkspace& workspace,
                                          std::uint32_t* settledNodes = nullptr);
};

} // namespace centinela::core
