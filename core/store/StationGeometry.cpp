#include "StationGeometry.h"

#include "PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace centinela::core {

StationGeometry::StationGeometry(QString conninfo)
    : m_conninfo(std::move(conninfo))
{
}

StationGeometry::~StationGeometry() = default;

PgConnection& StationGeometry::connection()
{
    if (!m_connection || !m_connection->isOpen())
        m_connection = std::make_unique<PgConnection>(m_conninfo);
    return *m_connection;
}

QList<SectorShape> StationGeometry::sectors()
{
    const PgRows rows = connection().exec("SELECT id, name, boundary FROM sectors ORDER BY name");
    QList<SectorShape> out;
    for (int r = 0; r < rows.size(); ++r)
        out << SectorShape{rows.toLongLong(r, 0), rows.text(r, 1), QJsonDocument::fromJson(rows.bytes(r, 2)).object()};
    return out;
}

QJsonObject StationGeometry::protectionZones(qint64 orderId)
{
    const PgRows rows = connection().exec("SELECT protection_zones_geojson($1::int)", {pgParam(orderId)});
    return QJsonDocument::fromJson(rows.bytes(0, 0)).object();
}

QJsonObject StationGeometry::braceletTrack(qint64 orderId, int minutes)
{
    const PgRows rows = connection().exec("SELECT bracelet_track_geojson($1::int, make_interval(mins => $2::int))",
                                          {pgParam(orderId), pgParam(qint64(minutes))});
    return QJsonDocument::fromJson(rows.bytes(0, 0)).object();
}

QList<IncidentPlace> StationGeometry::incidentPlaces(const QDateTime& since, const QDateTime& until)
{
    const PgRows rows = connection().exec(
        "SELECT lon, lat, priority, coalesce(type, ''), to_json(received_at) "
        "FROM incident_places($1::timestamptz, $2::timestamptz)",
        {since.toUTC().toString(Qt::ISODateWithMs).toUtf8(), until.toUTC().toString(Qt::ISODateWithMs).toUtf8()});
    QList<IncidentPlace> out;
    out.reserve(rows.size());
    for (int r = 0; r < rows.size(); ++r)
        out << IncidentPlace{{rows.text(r, 0).toDouble(), rows.text(r, 1).toDouble()},
                             int(rows.toLongLong(r, 2)),
                             rows.text(r, 3),
                             parseDbTime(QJsonDocument::fromJson("[" + rows.bytes(r, 4) + "]").array().at(0))};
    return out;
}

} // namespace centinela::core
