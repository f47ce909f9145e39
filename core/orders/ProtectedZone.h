#pragma once

#include "domain/Entities.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace centinela::core {

/// A place a protective order protects: a polygon (outer ring, lon/lat) or a point with a radius.
struct ProtectedZone
{
    qint64 id = 0;
    QString name; ///< home, work, school, …
    bool circle = false;
    GeoPoint centre;            ///< the circle's centre, or the polygon's vertex centroid (where units are sent)
    double radiusM = 0;         ///< circles only
    std::vector<GeoPoint> ring; ///< polygons only; closed or not

    /// Reads a GeoJSON Polygon or Point (with `radiusM`). False when the geometry is unusable.
    static bool fromGeoJson(const QJsonObject& area, double radiusM, ProtectedZone* zone);
    /// Metres from `p` to the zone's edge; 0 inside. Planar around the zone (exact to well under a
    /// metre over a city's distances), ellipsoidal scale.
    double distanceM(const GeoPoint& p) const;
};

} // namespace centinela::core
