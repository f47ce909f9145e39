#include "Simulator.h"

#include "domain/Command.h"
#include "routing/Geodesic.h"
#include "store/CommandExecutor.h"
#include "store/PgConnection.h"
#include "store/PositionWriter.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace centinela::core {

namespace {

bool isOneOf(const QString& s, std::initializer_list<const char*> values)
{
    for (const char* v : values)
        if (s == QLatin1String(v))
            return true;
    return false;
}

} // namespace

Simulator::Simulator(std::shared_ptr<const RoadGraph> graph, SimulatorOptions options, const Clock& wallClock)
    : m_graph(std::move(graph))
    , m_options(std::move(options))
    , m_clock(wallClock)
{
    m_router.setGraph(m_graph);
    if (m_options.replayOffsetsS)
        m_stream = std::make_unique<ArrivalStream>(m_graph, *m_options.replayOffsetsS, m_options.seed);
    else
        m_stream = std::make_unique<ArrivalStream>(m_graph, m_options.alertsPerHour, m_options.seed);
    if (m_options.tickS <= 0)
        m_options.tickS = 1;
    if (m_options.reportEveryS <= 0)
        m_options.reportEveryS = std::max(5.0, m_options.speedup);
}

Simulator::~Simulator() = default;

QString Simulator::policyName(DispatchPolicy policy)
{
    switch (policy) {
    case DispatchPolicy::Road:
        return QStringLiteral("road");
    case DispatchPolicy::Straight:
        return QStringLiteral("straight");
    case DispatchPolicy::Sector:
        return QStringLiteral("sector");
    case DispatchPolicy::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<DispatchPolicy> Simulator::parsePolicy(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return DispatchPolicy::None;
    if (name == QLatin1String("road"))
        return DispatchPolicy::Road;
    if (name == QLatin1String("straight"))
        return DispatchPolicy::Straight;
    if (name == QLatin1String("sector"))
        return DispatchPolicy::Sector;
    return std::nullopt;
}

bool Simulator::start(QString* error)
{
    if (!m_graph || m_graph->mainNetworkNodes() == 0) {
        *error = QStringLiteral("the road graph has no main network to drive on");
        return false;
    }
    m_runTag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    try {
        m_reader = std::make_unique<PgConnection>(m_options.operatorConninfo);
        m_operator = std::make_unique<CommandExecutor>(m_options.operatorConninfo);
        m_gateway = std::make_unique<CommandExecutor>(m_options.gatewayConninfo);
        m_positions = std::make_unique<PositionWriter>(m_options.gatewayConninfo);

        // Sectors: the station's, else a grid with one home unit per cell.
        const PgRows rows = m_reader->exec("SELECT id, name, boundary::text FROM sectors ORDER BY id");
        std::vector<std::pair<qint64, QJsonObject>> boundaries;
        QStringList names;
        for (int r = 0; r < rows.size(); ++r) {
            boundaries.emplace_back(rows.toLongLong(r, 0), QJsonDocument::fromJson(rows.bytes(r, 2)).object());
            names << rows.text(r, 1);
        }
        if (!boundaries.empty())
            m_sectors = SectorMap::fromGeoJson(*m_graph, boundaries, names);
        if (m_sectors.size() == 0)
            m_sectors = SectorMap::grid(*m_graph, m_options.units);
    } catch (const PgError& e) {
        *error = QStringLiteral("cannot reach the database: %1").arg(e.message());
        return false;
    }

    CommandExecutor admin(m_options.adminConninfo);
    const std::vector<double> lengths = ArrivalStream::mainNetworkLengths(*m_graph);
    m_homeUnit.assign(std::size_t(m_sectors.size()), -1);
    QStringList ids;
    for (int i = 0; i < m_options.units; ++i) {
        const QString callSign = m_options.callSignPrefix + QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const int home = m_sectors.size() > 0 ? i % m_sectors.size() : -1;
        if (home >= 0 && m_homeUnit[std::size_t(home)] < 0)
            m_homeUnit[std::size_t(home)] = i;
        const QJsonObject unit{{QStringLiteral("call_sign"), callSign},
                               {QStringLiteral("kind"), QStringLiteral("car")},
                               {QStringLiteral("status"), QStringLiteral("available")}};
        const CommandResult result = admin.execute(Command::upsertUnit(unit, m_clock.now()));
        if (result.status != CommandResult::Status::Ok) {
            *error = QStringLiteral("cannot create unit %1: %2").arg(callSign, result.message);
            return false;
        }
        const qint64 id = result.data.value(QLatin1String("unit_id")).toInteger();
        // Start somewhere in the home sector (the same place for every policy: the unit's own stream).
        const quint64 unitSeed = m_options.seed * 1000003ULL + quint64(i) * 7919ULL + 17;
        SimUnit u(i, id, callSign, {}, home, unitSeed);
        GeoPoint start;
        const auto& nodes = home >= 0 ? m_sectors.sector(home).nodes : std::vector<std::uint32_t>{};
        if (!nodes.empty()) {
            const FixedPoint p =
                m_graph->node(nodes[std::uniform_int_distribution<std::size_t>(0, nodes.size() - 1)(u.rng())]);
            start = {p.lonDeg(), p.latDeg()};
        } else {
            ArrivalStream::randomRoadPoint(*m_graph, lengths, u.rng(), &start.lon, &start.lat);
        }
        u = SimUnit(i, id, callSign, start, home, unitSeed + 1);
        u.serviceUntilS = std::uniform_real_distribution<double>(0, 120)(u.rng());
        m_units.push_back(std::move(u));
        ids << QString::number(id);
    }
    m_unitIdsParam = (QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}')).toUtf8();

    // Units an earlier run left off duty or out of service go back on patrol; live assignments are
    // picked up by the first reconcile.
    try {
        const PgRows rows =
            m_reader->exec("SELECT id, status FROM units WHERE id = ANY($1::int[]) ORDER BY id", {m_unitIdsParam});
        for (int r = 0; r < rows.size(); ++r) {
            const QString status = rows.text(r, 1);
            if (isOneOf(status, {"off_duty", "out_of_service"}))
                execute(*m_operator,
                        Command::setUnitStatus(rows.toLongLong(r, 0), QStringLiteral("available"), m_clock.now()));
        }
    } catch (const PgError& e) {
        *error = QStringLiteral("cannot read the units: %1").arg(e.message());
        return false;
    }
    if (m_options.replayOffsetsS) {
        Arrival a;
        if (m_stream->next(&a))
            m_nextArrival = a;
    } else {
        Arrival a;
        m_stream->next(&a);
        m_nextArrival = a;
    }
    try {
        reconcile();
        report();
    } catch (const PgError& e) {
        *error = e.message();
        return false;
    }
    return true;
}

bool Simulator::execute(CommandExecutor& executor, const Command& command, QJsonObject* data)
{
    const CommandResult result = executor.execute(command);
    if (result.status == CommandResult::Status::Ok) {
        if (data)
            *data = result.data;
        return true;
    }
    ++m_stats.failures;
    if (m_loggedFailures < 20) {
        ++m_loggedFailures;
        qWarning("simulator: %s failed: %s", qUtf8Printable(command.kind), qUtf8Printable(result.message));
    }
    return false;
}

SimUnit* Simulator::unitById(qint64 id)
{
    for (SimUnit& u : m_units)
        if (u.id() == id)
            return &u;
    return nullptr;
}

double Simulator::serviceFor(qint64 incidentId) const
{
    const auto it = m_incidents.constFind(incidentId);
    if (it != m_incidents.cend() && it->serviceS > 0)
        return it->serviceS;
    std::mt19937_64 rng(m_options.seed ^ (quint64(incidentId) * 0x9E3779B97F4A7C15ULL));
    return std::uniform_real_distribution<double>(600, 2400)(rng);
}

void Simulator::step()
{
    m_nowS += m_options.tickS;
    try {
        emitArrivals();
        if (m_options.policy != DispatchPolicy::None)
            dispatch();
        reconcile();
        move();
        if (m_nowS >= m_nextReportS)
            report();
    } catch (const PgError& e) {
        ++m_stats.failures;
        if (m_loggedFailures < 20) {
            ++m_loggedFailures;
            qWarning("simulator: %s", qUtf8Printable(e.message()));
        }
        // The next step reconnects (executors and writer do on their own; the reader here).
        if (e.isConnectionLost()) {
            try {
                m_reader = std::make_unique<PgConnection>(m_options.operatorConninfo);
            } catch (const PgError&) {
            }
        }
    }
    m_stats.simulatedS = m_nowS;
}

void Simulator::runFor(double simulatedS)
{
    const double end = m_nowS + simulatedS;
    while (m_nowS + m_options.tickS <= end + 1e-9)
        step();
}

void Simulator::run(double wallSeconds, const std::atomic<bool>* stop)
{
    const QDateTime wall0 = m_clock.now();
    const double sim0 = m_nowS;
    // A timed run covers exactly wallSeconds × speedup simulated seconds when it keeps up, so that
    // runs with different policies are compared over the same span; one that falls more than a
    // second behind stops on the wall clock.
    const double endS = wallSeconds > 0 ? sim0 + wallSeconds * m_options.speedup : std::numeric_limits<double>::max();
    const auto stopped = [stop] { return stop && stop->load(); };
    const auto late = [&] {
        return wallSeconds > 0 && double(wall0.msecsTo(m_clock.now())) / 1000.0 >= wallSeconds + 1.0;
    };
    while (!stopped() && m_nowS + m_options.tickS <= endS + 1e-9 && !late()) {
        const double elapsed = double(wall0.msecsTo(m_clock.now())) / 1000.0;
        const double target = std::min(endS, sim0 + elapsed * m_options.speedup);
        bool stepped = false;
        while (m_nowS + m_options.tickS <= target + 1e-9 && !stopped() && !late()) {
            step();
            stepped = true;
        }
        if (!stepped) {
            const double untilNextMs = (m_nowS + m_options.tickS - target) / m_options.speedup * 1000.0;
            QThread::msleep(ulong(std::clamp(untilNextMs, 1.0, 50.0)));
        }
    }
}

void Simulator::emitArrivals()
{
    while (m_nextArrival && m_nextArrival->atS <= m_nowS) {
        const Arrival a = *m_nextArrival;
        m_arrivals.push_back(a);
        Arrival next;
        if (m_stream->next(&next))
            m_nextArrival = next;
        else
            m_nextArrival.reset();

        const QJsonObject alert{{QStringLiteral("channel"), a.channel},
                                {QStringLiteral("external_id"), QStringLiteral("sim-%1-%2").arg(m_runTag).arg(a.index)},
                                {QStringLiteral("body"), QStringLiteral("Simulated call (%1)").arg(a.type)},
                                {QStringLiteral("lon"), a.lon},
                                {QStringLiteral("lat"), a.lat},
                                {QStringLiteral("priority"), a.priority}};
        QJsonObject data;
        if (!execute(*m_gateway, Command::createAlert(alert, m_clock.now()), &data))
            continue;
        ++m_stats.alerts;
        const qint64 alertId = data.value(QLatin1String("alert_id")).toInteger();
        m_alertReceivedS.insert(alertId, a.atS);
        if (m_options.policy == DispatchPolicy::None)
            continue;
        // The automatic dispatcher: acknowledge, and open the incident at the message's location.
        execute(*m_operator, Command::acknowledgeAlert(alertId, m_clock.now()));
        const QJsonObject incident{{QStringLiteral("type"), a.type},
                                   {QStringLiteral("priority"), a.priority},
                                   {QStringLiteral("lon"), a.lon},
                                   {QStringLiteral("lat"), a.lat},
                                   {QStringLiteral("location_source"), QStringLiteral("message")}};
        if (!execute(*m_operator, Command::createIncident(incident, {alertId}, m_clock.now()), &data))
            continue;
        const qint64 incidentId = data.value(QLatin1String("incident_id")).toInteger();
        IncidentInfo info;
        info.receivedS = a.atS;
        info.serviceS = a.serviceS;
        info.priority = a.priority;
        info.lon = a.lon;
        info.lat = a.lat;
        m_incidents.insert(incidentId, info);
        m_queue.push_back(incidentId);
    }
}

bool Simulator::isFree(const SimUnit& u) const
{
    return u.dbStatus == QLatin1String("available") && u.assignmentId == 0 &&
           (u.activity() == SimUnit::Activity::Parked || u.activity() == SimUnit::Activity::Patrolling);
}

std::optional<qint64> Simulator::chooseUnit(const IncidentInfo& incident)
{
    std::vector<const SimUnit*> free;
    for (const SimUnit& u : m_units)
        if (isFree(u))
            free.push_back(&u);
    if (free.empty())
        return std::nullopt;
    const auto byRoad = [&]() -> std::optional<qint64> {
        std::vector<UnitFix> fixes;
        for (const SimUnit& u : m_units)
            fixes.push_back({u.id(), u.position().lon, u.position().lat, isFree(u)});
        m_router.updateUnits(fixes);
        SearchOptions options;
        options.k = 1;
        const Recommendation r = m_router.recommend(incident.lon, incident.lat, options);
        if (r.units.empty())
            return std::nullopt;
        return r.units.front().unitId;
    };
    switch (m_options.policy) {
    case DispatchPolicy::Road:
        return byRoad();
    case DispatchPolicy::Straight: {
        std::stable_sort(free.begin(), free.end(), [&](const SimUnit* a, const SimUnit* b) {
            return geodesic::distance(a->position().lon, a->position().lat, incident.lon, incident.lat) <
                   geodesic::distance(b->position().lon, b->position().lat, incident.lon, incident.lat);
        });
        return free.front()->id();
    }
    case DispatchPolicy::Sector: {
        const int s = m_sectors.sectorAt(incident.lon, incident.lat);
        if (s >= 0 && m_homeUnit[std::size_t(s)] >= 0) {
            const SimUnit& home = m_units[std::size_t(m_homeUnit[std::size_t(s)])];
            if (isFree(home))
                return home.id();
        }
        return byRoad();
    }
    case DispatchPolicy::None:
        break;
    }
    return std::nullopt;
}

void Simulator::dispatch()
{
    // Most urgent first, then oldest: the queue an operator works.
    std::stable_sort(m_queue.begin(), m_queue.end(), [this](qint64 a, qint64 b) {
        const IncidentInfo& x = m_incidents[a];
        const IncidentInfo& y = m_incidents[b];
        return x.priority != y.priority ? x.priority < y.priority : x.receivedS < y.receivedS;
    });
    std::vector<qint64> waiting;
    for (const qint64 incidentId : m_queue) {
        const IncidentInfo info = m_incidents.value(incidentId);
        const std::optional<qint64> unitId = chooseUnit(info);
        SimUnit* u = unitId ? unitById(*unitId) : nullptr;
        if (!u) {
            waiting.push_back(incidentId);
            continue;
        }
        const QString reason = QStringLiteral("simulator: %1 policy").arg(policyName(m_options.policy));
        if (!execute(*m_operator, Command::assignUnit(incidentId, u->id(), reason, m_clock.now()))) {
            u->dbStatus = QStringLiteral("unknown"); // read again at the next reconcile
            waiting.push_back(incidentId);
            continue;
        }
        u->dbStatus = QStringLiteral("dispatched");
    }
    m_queue = waiting;
}

void Simulator::noteDispatched(qint64 incidentId, double nowS)
{
    IncidentInfo& info = m_incidents[incidentId];
    if (info.dispatchedS >= 0)
        return;
    info.dispatchedS = nowS;
    ++m_stats.dispatched;
    m_stats.processingS.push_back(std::max(0.0, nowS - info.receivedS));
}

bool Simulator::routeUnit(SimUnit& u, double lon, double lat, double* etaS)
{
    m_router.updateUnits({{u.id(), u.position().lon, u.position().lat, true}});
    Recommendation r = m_router.routeFor(u.id(), lon, lat, RouteMetric::Time);
    if (r.units.empty())
        return false;
    *etaS = r.units.front().etaS;
    u.drive(std::move(r.units.front().route), r.units.front().etaS, m_nowS);
    return true;
}

void Simulator::startPatrol(SimUnit& u)
{
    const auto& nodes = u.homeSector() >= 0 ? m_sectors.sector(u.homeSector()).nodes : std::vector<std::uint32_t>{};
    double lon = 0, lat = 0;
    if (!nodes.empty()) {
        const FixedPoint p =
            m_graph->node(nodes[std::uniform_int_distribution<std::size_t>(0, nodes.size() - 1)(u.rng())]);
        lon = p.lonDeg();
        lat = p.latDeg();
    } else {
        const FixedPoint p =
            m_graph->node(std::uniform_int_distribution<std::uint32_t>(0, m_graph->nodeCount() - 1)(u.rng()));
        lon = p.lonDeg();
        lat = p.latDeg();
    }
    double eta = 0;
    if (routeUnit(u, lon, lat, &eta)) {
        u.setActivity(SimUnit::Activity::Patrolling);
    } else {
        u.setActivity(SimUnit::Activity::Parked);
        u.serviceUntilS = m_nowS + 60;
    }
}

void Simulator::reconcile()
{
    const PgRows rows =
        m_reader->exec("SELECT u.id, u.status, a.id, a.incident_id, i.lon, i.lat, "
                       "       (SELECT min(al.id) FROM alerts al WHERE al.incident_id = i.id), "
                       "       extract(epoch FROM now() - i.received_at), i.priority "
                       "  FROM units u LEFT JOIN assignments a ON a.unit_id = u.id AND a.cleared_at IS NULL "
                       "  LEFT JOIN incidents i ON i.id = a.incident_id "
                       " WHERE u.id = ANY($1::int[]) ORDER BY u.id",
                       {m_unitIdsParam});
    for (int r = 0; r < rows.size(); ++r) {
        SimUnit* u = unitById(rows.toLongLong(r, 0));
        if (!u)
            continue;
        const QString status = rows.text(r, 1);
        u->dbStatus = status;
        const qint64 assignmentId = rows.isNull(r, 2) ? 0 : rows.toLongLong(r, 2);
        const bool located = assignmentId != 0 && !rows.isNull(r, 4) && !rows.isNull(r, 5);
        if (located && u->assignmentId != assignmentId) {
            const qint64 incidentId = rows.toLongLong(r, 3);
            if (!m_incidents.contains(incidentId)) {
                // An incident an operator opened: received when its first alert arrived, else when
                // the database says (mapped onto simulated time).
                IncidentInfo info;
                const qint64 alertId = rows.isNull(r, 6) ? 0 : rows.toLongLong(r, 6);
                info.receivedS = m_alertReceivedS.contains(alertId)
                                     ? m_alertReceivedS.value(alertId)
                                     : std::max(0.0, m_nowS - rows.text(r, 7).toDouble() * m_options.speedup);
                info.lon = rows.text(r, 4).toDouble();
                info.lat = rows.text(r, 5).toDouble();
                info.priority = rows.text(r, 8).toInt();
                m_incidents.insert(incidentId, info);
            }
            noteDispatched(incidentId, m_nowS);
            u->assignmentId = assignmentId;
            u->incidentId = incidentId;
            u->serviceS = serviceFor(incidentId);
            if (status == QLatin1String("on_scene")) {
                u->clearRoute();
                u->setActivity(SimUnit::Activity::OnScene);
                u->serviceUntilS = m_nowS + u->serviceS;
                continue;
            }
            const IncidentInfo& info = m_incidents[incidentId];
            double eta = 0;
            if (!routeUnit(*u, info.lon, info.lat, &eta)) {
                // No road leads there (an island): go straight at 30 km/h.
                const double d = geodesic::distance(u->position().lon, u->position().lat, info.lon, info.lat);
                u->drive({u->position(), {info.lon, info.lat}}, d / 8.33, m_nowS);
            }
            u->setActivity(SimUnit::Activity::Driving);
            u->enRouteAtS = m_nowS;
            if (status != QLatin1String("en_route") &&
                execute(*m_operator, Command::setUnitStatus(u->id(), QStringLiteral("en_route"), m_clock.now())))
                u->dbStatus = QStringLiteral("en_route");
        } else if (assignmentId == 0 && u->assignmentId != 0) {
            // Cleared by someone else (an operator sent it elsewhere or took it off the call).
            u->assignmentId = 0;
            u->incidentId = 0;
            u->clearRoute();
            u->setActivity(SimUnit::Activity::Parked);
            u->serviceUntilS = m_nowS;
        }
        if (isOneOf(status, {"out_of_service", "off_duty"})) {
            u->clearRoute();
            u->setActivity(SimUnit::Activity::Stopped);
        } else if (u->activity() == SimUnit::Activity::Stopped && status == QLatin1String("available")) {
            u->setActivity(SimUnit::Activity::Parked);
            u->serviceUntilS = m_nowS;
        }
    }
}

void Simulator::move()
{
    for (SimUnit& u : m_units) {
        switch (u.activity()) {
        case SimUnit::Activity::Driving:
            if (u.advance(m_nowS)) {
                ++m_stats.arrived;
                m_stats.travelS.push_back(m_nowS - u.enRouteAtS);
                if (!m_stats.firstTravelS.contains(u.incidentId))
                    m_stats.firstTravelS.insert(u.incidentId, m_nowS - u.enRouteAtS);
                if (execute(*m_operator, Command::setUnitStatus(u.id(), QStringLiteral("on_scene"), m_clock.now())))
                    u.dbStatus = QStringLiteral("on_scene");
                u.setActivity(SimUnit::Activity::OnScene);
                u.serviceUntilS = m_nowS + u.serviceS;
            }
            break;
        case SimUnit::Activity::OnScene:
            if (m_nowS >= u.serviceUntilS) {
                const qint64 incidentId = u.incidentId;
                if (execute(*m_operator, Command::setUnitStatus(u.id(), QStringLiteral("available"), m_clock.now())))
                    u.dbStatus = QStringLiteral("available");
                u.assignmentId = 0;
                u.incidentId = 0;
                u.setActivity(SimUnit::Activity::Parked);
                u.serviceUntilS = m_nowS;
                // The automatic dispatcher closes the call once its last unit has cleared.
                if (m_options.policy != DispatchPolicy::None && incidentId != 0) {
                    const PgRows live =
                        m_reader->exec("SELECT count(*) FROM assignments WHERE incident_id = $1 AND cleared_at IS NULL",
                                       {pgParam(incidentId)});
                    if (live.toLongLong(0, 0) == 0)
                        execute(*m_operator, Command::closeIncident(incidentId, QStringLiteral("simulated: handled"),
                                                                    m_clock.now()));
                }
            }
            break;
        case SimUnit::Activity::Patrolling:
            if (u.advance(m_nowS)) {
                u.setActivity(SimUnit::Activity::Parked);
                u.serviceUntilS = m_nowS + std::uniform_real_distribution<double>(60, 600)(u.rng());
            }
            break;
        case SimUnit::Activity::Parked:
            if (m_nowS >= u.serviceUntilS && u.dbStatus == QLatin1String("available"))
                startPatrol(u);
            break;
        case SimUnit::Activity::Stopped:
            break;
        }
    }
}

void Simulator::report()
{
    QList<UnitPosition> fixes;
    const QDateTime now = m_clock.now();
    for (const SimUnit& u : m_units) {
        UnitPosition p;
        p.unitId = u.id();
        p.point = u.position();
        p.heading = u.headingDeg();
        p.speed = u.speedMps();
        p.fixTime = now;
        fixes << p;
    }
    if (!fixes.isEmpty())
        m_positions->write(fixes);
    m_stats.positions += fixes.size();
    m_nextReportS = m_nowS + m_options.reportEveryS;
}

SimulationStats Simulator::stats()
{
    SimulationStats s = m_stats;
    s.incidents = m_incidents.size();
    s.simulatedS = m_nowS;
    if (!m_incidents.isEmpty() && m_reader) {
        QStringList ids;
        for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it)
            ids << QString::number(it.key());
        try {
            const PgRows rows =
                m_reader->exec("SELECT count(*) FROM incidents WHERE state = 'closed' AND id = ANY($1::bigint[])",
                               {(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}')).toUtf8()});
            s.closed = rows.toLongLong(0, 0);
        } catch (const PgError& e) {
            qWarning("simulator: %s", qUtf8Printable(e.message()));
        }
    }
    return s;
}

} // namespace centinela::core
