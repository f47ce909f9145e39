#pragma once

#include "domain/Entities.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace centinela::core {

class PgConnection;

/// One line of an incident's timeline: an event about the incident or its alerts, units,
/// assignments and notes, with who caused it and when.
struct TimelineEntry
{
    QDateTime at;
    QString actor;
    QString kind; ///< "incident.created", "unit.status", "note.added"…
    QString entityType;
    qint64 entityId = 0;
    QJsonObject payload;
};

/// An earlier incident near a place.
struct PremiseEntry
{
    qint64 id = 0;
    QString type;
    int priority = 3;
    QDateTime receivedAt;
    QString address;
    QString disposition;
    double distanceM = 0;
};

/// Reads what the live state does not hold: an incident's full timeline and the premise history of
/// a place (database functions incident_timeline and premise_history). One connection, used from one
/// thread; throws PgError when the database cannot answer.
class IncidentLookup
{
public:
    explicit IncidentLookup(QString conninfo);
    ~IncidentLookup();

    QList<TimelineEntry> timeline(qint64 incidentId);
    /// Incidents within `radiusM` of `place` other than `exclude`, newest first.
    QList<PremiseEntry> premiseHistory(GeoPoint place, double radiusM, qint64 exclude, int limit = 10);

private:
    PgConnection& connection();
    QString m_conninfo;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace centinela::core
