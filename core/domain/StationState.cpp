#include "StationState.h"

namespace centinela::core {

StationState::StationState(QObject* parent)
    : QObject(parent)
{
}

void StationState::loadSnapshot(const Snapshot& snapshot)
{
    m_units.clear();
    m_alerts.clear();
    m_incidents.clear();
    m_assignments.clear();
    m_notes.clear();
    for (const Unit& u : snapshot.units)
        m_units.insert(u.id, u);
    for (const Alert& a : snapshot.alerts)
        m_alerts.insert(a.id, a);
    for (const Incident& i : snapshot.incidents)
        m_incidents.insert(i.id, i);
    for (const Assignment& a : snapshot.assignments)
        m_assignments.insert(a.id, a);
    for (const Note& n : snapshot.notes)
        m_notes[n.incidentId].push_back(n);
    m_eventWatermark = snapshot.eventWatermark;
    m_positionWatermark = snapshot.positionWatermark;
    Q_EMIT reset();
}

int StationState::apply(const QList<Event>& events)
{
    int applied = 0;
    for (const Event& e : events) {
        if (e.id <= m_eventWatermark)
            continue;
        applyOne(e);
        m_eventWatermark = e.id;
        ++applied;
    }
    if (applied > 0)
        Q_EMIT eventsApplied(m_eventWatermark);
    return applied;
}

void StationState::applyOne(const Event& event)
{
    const QString& type = event.entityType;
    if (type == QLatin1String("unit")) {
        Unit u = Unit::fromJson(event.payload);
        if (const auto it = m_units.constFind(u.id); it != m_units.constEnd())
            u.position = it->position; // positions travel separately
        m_units.insert(u.id, u);
        Q_EMIT unitChanged(u.id);
    } else if (type == QLatin1String("alert")) {
        upsertAlert(Alert::fromJson(event.payload));
    } else if (type == QLatin1String("incident")) {
        upsertIncident(Incident::fromJson(event.payload));
    } else if (type == QLatin1String("assignment")) {
        const Assignment a = Assignment::fromJson(event.payload);
        if (a.isLive())
            m_assignments.insert(a.id, a);
        else
            m_assignments.remove(a.id);
        Q_EMIT incidentChanged(a.incidentId);
    } else if (type == QLatin1String("note")) {
        const Note n = Note::fromJson(event.payload);
        if (m_incidents.contains(n.incidentId)) {
            m_notes[n.incidentId].push_back(n);
            Q_EMIT noteAdded(n.incidentId, n.id);
        }
    }
    // Unknown entity types come from a newer schema's events: ignoring them keeps an old desk
    // usable while the watermark still advances.
}

void StationState::upsertAlert(const Alert& alert)
{
    const bool known = m_alerts.contains(alert.id);
    if (!alert.isOpen()) {
        if (known) {
            m_alerts.remove(alert.id);
            Q_EMIT alertRemoved(alert.id);
        }
        return;
    }
    m_alerts.insert(alert.id, alert);
    if (known)
        Q_EMIT alertChanged(alert.id);
    else
        Q_EMIT alertAdded(alert.id);
}

void StationState::upsertIncident(const Incident& incident)
{
    const bool known = m_incidents.contains(incident.id);
    if (incident.state == IncidentState::Closed) {
        if (known) {
            m_incidents.remove(incident.id);
            m_notes.remove(incident.id);
            Q_EMIT incidentRemoved(incident.id);
        }
        return;
    }
    m_incidents.insert(incident.id, incident);
    if (known)
        Q_EMIT incidentChanged(incident.id);
    else
        Q_EMIT incidentAdded(incident.id);
}

int StationState::applyPositions(const QList<UnitPosition>& positions)
{
    QList<qint64> moved;
    for (const UnitPosition& p : positions) {
        if (p.seq <= m_positionWatermark)
            continue;
        m_positionWatermark = p.seq;
        auto it = m_units.find(p.unitId);
        if (it == m_units.end())
            continue;
        it->position = p;
        moved.push_back(p.unitId);
    }
    if (!moved.isEmpty())
        Q_EMIT unitsMoved(moved);
    return int(moved.size());
}

QList<Assignment> StationState::assignmentsOf(qint64 incidentId) const
{
    QList<Assignment> out;
    for (const Assignment& a : m_assignments)
        if (a.incidentId == incidentId)
            out.push_back(a);
    return out;
}

QList<Note> StationState::notesOf(qint64 incidentId) const
{
    return m_notes.value(incidentId);
}

const Unit* StationState::unit(qint64 id) const
{
    const auto it = m_units.constFind(id);
    return it == m_units.constEnd() ? nullptr : &*it;
}

const Unit* StationState::unitByCallSign(const QString& callSign) const
{
    for (const Unit& u : m_units)
        if (u.callSign == callSign)
            return &u;
    return nullptr;
}

} // namespace centinela::core
