#pragma once

#include "ArrivalStream.h"
#include "SectorMap.h"
#include "SimUnit.h"
#include "routing/RoutingService.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace centinela::core {

class Clock;
class CommandExecutor;
class PgConnection;
class PositionWriter;
struct Command;

/// How the simulator dispatches on its own (None: alerts wait for human operators).
enum class DispatchPolicy {
    None,
    Road,     ///< the available unit with the shortest road ETA (RoutingService::recommend)
    Straight, ///< the available unit nearest in straight-line (geodesic) distance
    Sector,   ///< the home unit of the incident's sector; when busy, the nearest available by road
};

struct SimulatorOptions
{
    QString operatorConninfo; ///< acknowledges, creates incidents, assigns, sets unit status
    QString gatewayConninfo;  ///< creates alerts (every channel) and writes positions
    QString adminConninfo;    ///< creates the simulated units
    int units = 20;
    double alertsPerHour = 6; ///< per simulated hour (Poisson)
    /// Replay instead of Poisson: arrival offsets in simulated seconds from the start.
    std::optional<std::vector<double>> replayOffsetsS;
    double speedup = 1; ///< simulated seconds per wall-clock second (pacing only: run())
    quint64 seed = 1;
    DispatchPolicy policy = DispatchPolicy::None;
    double tickS = 1;        ///< simulated seconds per step
    double reportEveryS = 0; ///< simulated seconds between position reports; 0: max(5, speedup)
    QString callSignPrefix = QStringLiteral("SIM-");
};

/// What a run measured, in simulated seconds.
struct SimulationStats
{
    qint64 alerts = 0;                  ///< alerts created
    qint64 incidents = 0;               ///< incidents created by the simulator or answered by its units
    qint64 dispatched = 0;              ///< of those, with a unit assigned
    qint64 closed = 0;                  ///< of those, closed in the database at the end
    qint64 arrived = 0;                 ///< assignments that reached the scene
    std::vector<double> travelS;        ///< en route → on scene, per assignment that arrived
    std::vector<double> processingS;    ///< received → first unit dispatched, per dispatched incident
    QHash<qint64, double> firstTravelS; ///< incident id → travel of its first unit on scene
    qint64 positions = 0;               ///< fixes written
    qint64 failures = 0;                ///< commands or statements that failed
    double simulatedS = 0;
};

/// A simulated station: units that patrol their sectors and answer assignments by driving real
/// routes on the road graph at road speeds, alerts arriving as a Poisson stream (or a replay), and,
/// with a policy, an automatic dispatcher. It works on the database like everyone else: alerts
/// through the gateway role's create_alert, positions through the gateway's PositionWriter,
/// assignments learnt by reading the database each step, status changes through the operator's
/// commands. Lifecycle times in the database are wall-clock (the server's now()); the statistics
/// kept here are in simulated time.
///
/// A discrete-time engine: step() advances simulated time by one tick and does everything due in
/// it, in a fixed order, so that a run with the same graph, options and seed on a fresh database
/// does the same things whatever the wall clock or the database's speed. run() paces steps against
/// the wall clock at `speedup` (catching up as fast as it can when behind). Use from one thread.
class Simulator
{
public:
    Simulator(std::shared_ptr<const RoadGraph> graph, SimulatorOptions options, const Clock& wallClock);
    ~Simulator();

    /// Connects, creates (or takes over) the units, lays the sectors and reports first positions.
    /// Returns false with `error` set.
    bool start(QString* error);
    /// One tick.
    void step();
    /// Steps until `simulatedS` more simulated seconds have passed (no pacing).
    void runFor(double simulatedS);
    /// Steps paced by the wall clock for `wallSeconds` (≤ 0: until `stop`), or until `stop` is set.
    void run(double wallSeconds, const std::atomic<bool>* stop = nullptr);

    double nowS() const { return m_nowS; }
    const std::vector<SimUnit>& units() const { return m_units; }
    const SectorMap& sectors() const { return m_sectors; }
    const std::vector<Arrival>& arrivals() const { return m_arrivals; }
    /// The statistics so far (reads the closed count from the database).
    SimulationStats stats();

    static QString policyName(DispatchPolicy policy);
    /// "road", "straight", "sector", or "" / "none"; nullopt otherwise.
    static std::optional<DispatchPolicy> parsePolicy(const QString& name);

private:
    struct IncidentInfo
    {
        double receivedS = 0;
        double dispatchedS = -1;
        double serviceS = 0;
        int priority = 3;
        double lon = 0, lat = 0;
    };

    bool execute(CommandExecutor& executor, const Command& command, QJsonObject* data = nullptr);
    void emitArrivals();
    void dispatch();
    void reconcile();
    void move();
    void report();
    std::optional<qint64> chooseUnit(const IncidentInfo& incident);
    bool isFree(const SimUnit& u) const;
    bool routeUnit(SimUnit& u, double lon, double lat, double* etaS);
    void startPatrol(SimUnit& u);
    double serviceFor(qint64 incidentId) const;
    void noteDispatched(qint64 incidentId, double nowS);
    SimUnit* unitById(qint64 id);

    std::shared_ptr<const RoadGraph> m_graph;
    SimulatorOptions m_options;
    const Clock& m_clock;
    RoutingService m_router;
    std::unique_ptr<ArrivalStream> m_stream;
    std::optional<Arrival> m_nextArrival;
    std::unique_ptr<CommandExecutor> m_operator;
    std::unique_ptr<CommandExecutor> m_gateway;
    std::unique_ptr<PositionWriter> m_positions;
    std::unique_ptr<PgConnection> m_reader;
    SectorMap m_sectors;
    std::vector<int> m_homeUnit; ///< per sector: the index of its home unit
    std::vector<SimUnit> m_units;
    std::vector<Arrival> m_arrivals;
    QHash<qint64, double> m_alertReceivedS; ///< alert id → simulated arrival time
    QHash<qint64, IncidentInfo> m_incidents;
    std::vector<qint64> m_queue; ///< policy: incidents waiting for a unit
    SimulationStats m_stats;
    QString m_runTag;
    QByteArray m_unitIdsParam;
    double m_nowS = 0;
    double m_nextReportS = 0;
    int m_loggedFailures = 0;
};

} // namespace centinela::core
