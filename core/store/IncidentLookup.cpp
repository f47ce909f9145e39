#include "IncidentLookup.h"

#include "PgConnection.h"

#include <QJsonDocument>

namespace centinela::core {

IncidentLookup::IncidentLookup(QString conninfo)
    : m_conninfo(std::move(conninfo))
{
}

IncidentLookup::~IncidentLookup() = default;

PgConnection& IncidentLookup::connection()
{
    if (!m_connection || !m_connection->isOpen())
        m_connection = std::make_unique<PgConnection>(m_conninfo);
    return *m_connection;
}

QList<TimelineEntry> IncidentLookup::timeline(qint64 incidentId)
{
    const PgRows rows =
        connection().exec("SELECT to_json(at), actor, kind, entity_type, entity_id, payload FROM incident_timeline($1)",
                          {pgParam(incidentId)});
    QList<TimelineEntry> out;
    for (int r = 0; r < rows.size(); ++r) {
        TimelineEntry e;
        e.at = parseDbTime(QJsonDocument::fromJson("[" + rows.bytes(r, 0) + "]").array().at(0));
        e.actor = rows.text(r, 1);
        e.kind = rows.text(r, 2);
        e.entityType = rows.text(r, 3);
        e.entityId = rows.toLongLong(r, 4);
        e.payload = QJsonDocument::fromJson(rows.bytes(r, 5)).object();
        out << e;
    }
    return out;
}

QList<PremiseEntry> IncidentLookup::premiseHistory(GeoPoint place, double radiusM, qint64 exclude, int limit)
{
    const PgRows rows = connection().exec(
        "SELECT id, type, priority, to_json(received_at), coalesce(address, ''), coalesce(disposition, ''), distance_m "
        "FROM premise_history($1, $2, $3, $4, $5)",
        {QByteArray::number(place.lon, 'g', 17), QByteArray::number(place.lat, 'g', 17), QByteArray::number(radiusM),
         pgParam(exclude), pgParam(qint64(limit))});
    QList<PremiseEntry> out;
    for (int r = 0; r < rows.size(); ++r) {
        PremiseEntry e;
        e.id = rows.toLongLong(r, 0);
        e.type = rows.text(r, 1);
        e.priority = int(rows.toLongLong(r, 2));
        e.receivedAt = parseDbTime(QJsonDocument::fromJson("[" + rows.bytes(r, 3) + "]").array().at(0));
        e.address = rows.text(r, 4);
        e.disposition = rows.text(r, 5);
        e.distanceM = rows.text(r, 6).toDouble();
        out << e;
    }
    return out;
}

} // namespace centinela::core
