#include "StationMapFeed.h"

#include "MapCanvas.h"
#include "domain/StationState.h"

namespace centinela::maps {

LiveOverlay::Status StationMapFeed::overlayStatus(core::UnitStatus status)
{
    switch (status) {
    case core::UnitStatus::Available:
        return LiveOverlay::Status::Available;
    case core::UnitStatus::Dispatched:
        return LiveOverlay::Status::Dispatched;
    case core::UnitStatus::EnRoute:
        return LiveOverlay::Status::EnRoute;
    case core::UnitStatus::OnScene:
        return LiveOverlay::Status::OnScene;
    case core::UnitStatus::OutOfService:
        return LiveOverlay::Status::OutOfService;
    case core::UnitStatus::OffDuty:
        return LiveOverlay::Status::OffDuty;
    }
    return LiveOverlay::Status::OffDuty;
}

StationMapFeed::StationMapFeed(const core::StationState& state, MapCanvas& canvas, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_canvas(canvas)
{
    connect(&state, &core::StationState::reset, this, &StationMapFeed::rebuild);
    connect(&state, &core::StationState::unitChanged, this, &StationMapFeed::updateUnit);
    connect(&state, &core::StationState::unitsMoved, this, &StationMapFeed::moveUnits);
    for (auto signal : {&core::StationState::alertAdded, &core::StationState::alertChanged,
                        &core::StationState::alertRemoved, &core::StationState::incidentAdded,
                        &core::StationState::incidentChanged, &core::StationState::incidentRemoved})
        connect(&state, signal, this, &StationMapFeed::updateMarkers);
    rebuild();
}

void StationMapFeed::rebuild()
{
    m_canvas.overlay().clearUnits();
    for (auto it = m_state.units().cbegin(); it != m_state.units().cend(); ++it)
        updateUnit(it.key());
    updateMarkers();
}

void StationMapFeed::updateUnit(qint64 id)
{
    LiveOverlay& overlay = m_canvas.overlay();
    const core::Unit* unit = m_state.unit(id);
    if (!unit) {
        overlay.removeUnit(id);
        m_canvas.update();
        return;
    }
    overlay.setUnit(id, unit->callSign, LiveOverlay::kindFromName(unit->kind),
                    unit->hasEmergency() ? LiveOverlay::Status::Emergency : overlayStatus(unit->status));
    moveUnits({id});
}

void StationMapFeed::moveUnits(const QList<qint64>& ids)
{
    LiveOverlay& overlay = m_canvas.overlay();
    const qint64 now = m_canvas.nowMs();
    for (qint64 id : ids) {
        const core::Unit* unit = m_state.unit(id);
        if (!unit || !unit->position)
            continue;
        if (const auto map = m_canvas.projection().toMap(unit->position->point))
            overlay.moveUnit(id, *map, unit->position->heading, unit->position->fixTime.toMSecsSinceEpoch(), now);
    }
    m_canvas.overlayChanged();
}

void StationMapFeed::updateMarkers()
{
    QList<LiveOverlay::Marker> alerts, incidents;
    const Projection& projection = m_canvas.projection();
    for (const core::Alert& a : m_state.alerts()) {
        if (!a.isOpen() || !a.location)
            continue;
        if (const auto map = projection.toMap(*a.location))
            alerts << LiveOverlay::Marker{a.id, *map, a.priority, a.receivedAt.toMSecsSinceEpoch(), a.channel};
    }
    for (const core::Incident& i : m_state.incidents()) {
        if (i.state == core::IncidentState::Closed || !i.location)
            continue;
        if (const auto map = projection.toMap(*i.location))
            incidents << LiveOverlay::Marker{i.id, *map, i.priority, i.receivedAt.toMSecsSinceEpoch(), i.type};
    }
    m_canvas.overlay().setAlerts(alerts);
    m_canvas.overlay().setIncidents(incidents);
    m_canvas.update();
}

} // namespace centinela::maps
