#pragma once

#include "domain/Entities.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace centinela::core {

class PgConnection;

/// A sector of the station, with its GeoJSON boundary (lon/lat).
struct SectorShape
{
    qint64 id = 0;
    QString name;
    QJsonObject boundary; ///< Polygon or MultiPolygon
};

/// Where an incident happened (no text, no people): for hot-spot maps.
struct IncidentPlace
{
    GeoPoint point;
    int priority = 3;
    QString type;
    QDateTime receivedAt;
};

/// The station's geometry from its database: sectors and incident places. One connection, one
/// thread at a time; throws PgError.
class StationGeometry
{
public:
    explicit StationGeometry(QString conninfo);
    ~StationGeometry();

    QList<SectorShape> sectors();
    /// The zones of a protective order (GeoJSON FeatureCollection: polygons, or points with radius_m).
    QJsonObject protectionZones(qint64 orderId);
    /// The order's offender track over the last `minutes` (GeoJSON LineString Feature).
    QJsonObject braceletTrack(qint64 orderId, int minutes);
    /// Live incidents and imported history received in [since, until).
    QList<IncidentPlace> incidentPlaces(const QDateTime& since, const QDateTime& until);

private:
    PgConnection& connection();
    QString m_conninfo;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace centinela::core
