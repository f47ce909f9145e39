#include "DeskRecommender.h"

#include "domain/IncidentTypes.h"
#include "domain/StationState.h"
#include "roads/RoadNetworkLoader.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace centinela::ui {

DeskRecommender::DeskRecommender(const core::StationState& state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
    connect(&state, &core::StationState::reset, this, &DeskRecommender::syncAll);
    connect(&state, &core::StationState::unitChanged, this, [this](qint64 id) { syncUnits({id}); });
    connect(&state, &core::StationState::unitsMoved, this, &DeskRecommender::syncUnits);
    syncAll();
}

void DeskRecommender::loadRoads(const QString& mapPath)
{
    m_ready = false;
    m_status = tr("Loading the road network…");
    const int generation = ++m_generation;
    QPointer<DeskRecommender> self(this);
    QThreadPool::globalInstance()->start([self, mapPath, generation] {
        auto roads =
            std::make_shared<maps::LoadedRoads>(maps::RoadNetworkLoader::load(mapPath, core::RoadProfile::car()));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, roads, generation] {
                if (!self || self->m_generation != generation)
                    return;
                if (!roads->graph) {
                    self->m_status = tr("No road network: %1").arg(roads->error);
                    Q_EMIT self->failed(roads->error);
                    return;
                }
                self->m_routing.setGraph(roads->graph);
                self->m_ready = true;
                self->m_status = tr("%n road nodes", nullptr, int(roads->graph->nodeCount()));
                Q_EMIT self->ready();
            },
            Qt::QueuedConnection);
    });
}

bool DeskRecommender::eligible(qint64 unitId, const QString& incidentType) const
{
    const core::Unit* u = m_state.unit(unitId);
    if (!u || u->status != core::UnitStatus::Available || u->hasEmergency())
        return false;
    for (const QString& need : core::IncidentTypes::find(incidentType).needs)
        if (!u->provides(need))
            return false;
    return true;
}

core::Recommendation DeskRecommender::recommend(const core::Incident& incident, int k) const
{
    if (!m_ready || !incident.location)
        return {};
    core::SearchOptions options;
    options.k = k;
    options.withGeometry = true;
    const QString type = incident.type;
    options.eligible = [this, type](qint64 id) { return eligible(id, type); };
    return m_routing.recommend(incident.location->lon, incident.location->lat, options);
}

core::Recommendation DeskRecommender::routeFor(qint64 unitId, const core::Incident& incident) const
{
    if (!m_ready || !incident.location)
        return {};
    return m_routing.routeFor(unitId, incident.location->lon, incident.location->lat);
}

void DeskRecommender::syncUnits(const QList<qint64>& ids)
{
    std::vector<core::UnitFix> fixes;
    std::vector<qint64> gone;
    for (qint64 id : ids) {
        const core::Unit* u = m_state.unit(id);
        if (!u || !u->position) {
            gone.push_back(id);
            continue;
        }
        fixes.push_back({id, u->position->point.lon, u->position->point.lat,
                         u->status == core::UnitStatus::Available && !u->hasEmergency()});
    }
    if (!gone.empty())
        m_routing.removeUnits(gone);
    if (!fixes.empty())
        m_routing.updateUnits(fixes);
}

void DeskRecommender::syncAll()
{
    syncUnits(m_state.units().keys());
}

} // namespace centinela::ui
