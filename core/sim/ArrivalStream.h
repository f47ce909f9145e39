#pragma once

#include "routing/RoadGraph.h"

#include <QString>

#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace centinela::core {

/// One simulated call for service.
struct Arrival
{
    qint64 index = 0; ///< 0, 1, 2… in arrival order
    double atS = 0;   ///< simulated seconds since the start of the run
    double lon = 0;   ///< a point on a road of the main network
    double lat = 0;
    QString channel;     ///< alerts.channel
    QString type;        ///< incident type the call turns out to be
    int priority = 3;    ///< 1 (highest) … 5
    double serviceS = 0; ///< how long the unit stays on scene
};

/// The alerts of a simulation: a Poisson stream at a rate per simulated hour, or the arrival times of
/// a recorded history (replay). Every draw comes from one std::mt19937_64 seeded with `seed`, in a
/// fixed order, so the same graph, seed and rate (or replay) give the same arrivals whatever the
/// simulation does with them: the dispatch policies are compared on the same calls.
class ArrivalStream
{
public:
    /// Poisson arrivals at `perHour` per simulated hour.
    ArrivalStream(std::shared_ptr<const RoadGraph> graph, double perHour, quint64 seed);
    /// Replay: arrivals at these offsets (simulated seconds from the start, sorted), places drawn from `seed`.
    ArrivalStream(std::shared_ptr<const RoadGraph> graph, std::vector<double> offsetsS, quint64 seed);

    /// The next arrival, or false when a replay is exhausted (a Poisson stream never is).
    bool next(Arrival* out);
    /// A uniformly drawn point on a main-network road (by length), from `rng`.
    static bool randomRoadPoint(const RoadGraph& graph, const std::vector<double>& cumulativeLength,
                                std::mt19937_64& rng, double* lon, double* lat);
    /// Arrival offsets (seconds from the first call) of a history export: the column `receivedColumn`
    /// (default `Received DtTm`, times as `MM/dd/yyyy hh:mm:ss AP`, the San Francisco export), one per
    /// distinct `Incident Number` when the file has that column (its rows are per unit). Sorted.
    static std::optional<std::vector<double>>
    readReplay(const QString& path, QString* error, const QString& receivedColumn = QStringLiteral("Received DtTm"),
               const QString& timeFormat = QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
    /// Cumulative lengths of the graph's main-network edges (0 for the others), for randomRoadPoint.
    static std::vector<double> mainNetworkLengths(const RoadGraph& graph);

private:
    std::shared_ptr<const RoadGraph> m_graph;
    std::vector<double> m_cumulative;
    std::mt19937_64 m_rng;
    double m_perHour = 0;
    std::vector<double> m_replay;
    bool m_isReplay = false;
    qint64 m_count = 0;
    double m_lastS = 0;
};

} // namespace centinela::core
