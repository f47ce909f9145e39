#pragma once

#include "Entities.h"

#include <QHash>
#include <QObject>

namespace centinela::core {

/// The desk's in-memory copy of the station's live state: units, open alerts, open incidents with
/// their live assignments and notes. It changes only by applying a snapshot, events in id order
/// (an event at or below the watermark is ignored, so nothing is applied twice) and position batches,
/// and says exactly what changed through fine-grained signals.
class StationState : public QObject
{
    Q_OBJECT
public:
    explicit StationState(QObject* parent = nullptr);

    void loadSnapshot(const Snapshot& snapshot);
    /// Applies events with ids above the watermark; returns how many were applied.
    int apply(const QList<Event>& events);
    /// Applies last positions with a seq above the position watermark; returns how many.
    int applyPositions(const QList<UnitPosition>& positions);

    qint64 eventWatermark() const { return m_eventWatermark; }
    qint64 positionWatermark() const { return m_positionWatermark; }

    const QHash<qint64, Unit>& units() const { return m_units; }
    const QHash<qint64, Alert>& alerts() const { return m_alerts; }
    const QHash<qint64, Incident>& incidents() const { return m_incidents; }
    const QHash<qint64, Assignment>& assignments() const { return m_assignments; }
    QList<Assignment> assignmentsOf(qint64 incidentId) const;
    QList<Note> notesOf(qint64 incidentId) const;
    const Unit* unit(qint64 id) const;
    const Unit* unitByCallSign(const QString& callSign) const;

Q_SIGNALS:
    void reset();
    void unitChanged(qint64 id);
    void unitsMoved(const QList<qint64>& ids);
    void alertAdded(qint64 id);
    void alertChanged(qint64 id);
    void alertRemoved(qint64 id);
    void incidentAdded(qint64 id);
    void incidentChanged(qint64 id);
    void incidentRemoved(qint64 id);
    void noteAdded(qint64 incidentId, qint64 noteId);
    /// After every batch of events, with the new watermark.
    void eventsApplied(qint64 watermark);

private:
    void applyOne(const Event& event);
    void upsertAlert(const Alert& alert);
    void upsertIncident(const Incident& incident);

    QHash<qint64, Unit> m_units;
    QHash<qint64, Alert> m_alerts;
    QHash<qint64, Incident> m_incidents;
    QHash<qint64, Assignment> m_assignments;
    QHash<qint64, QList<Note>> m_notes;
    qint64 m_eventWatermark = 0;
    qint64 m_positionWatermark = 0;
};

} // namespace centinela::core
