#include "ProtectedZone.h"

#include "routing/Geodesic.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace centinela::core {

bool ProtectedZone::fromGeoJson(const QJsonObject& area, double radius, ProtectedZone* zone)
{
    const QString type = area.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = area.value(QLatin1String("coordinates")).toArray();
    auto point = [](const QJsonValue& v, GeoPoint* p) {
        const QJsonArray a = v.toArray();
        if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
            return false;
        *p = {a[0].toDouble(), a[1].toDouble()};
        return std::abs(p->lon) <= 180 && std::abs(p->lat) <= 90;
    };
    if (type == QLatin1String("Point")) {
        zone->circle = true;
        zone->radiusM = radius;
        return radius > 0 && point(area.value(QLatin1String("coordinates")), &zone->centre);
    }
    if (type != QLatin1String("Polygon") || coordinates.isEmpty())
        return false;
    zone->circle = false;
    zone->ring.clear();
    double lon = 0, lat = 0;
    for (const QJsonValue& v : coordinates.at(0).toArray()) {
        GeoPoint p;
        if (!point(v, &p))
            return false;
        zone->ring.push_back(p);
        lon += p.lon;
        lat += p.lat;
    }
    if (zone->ring.size() < 3)
        return false;
    zone->centre = {lon / double(zone->ring.size()), lat / double(zone->ring.size())};
    return true;
}

double ProtectedZone::distanceM(const GeoPoint& p) const
{
    double perLon = 0, perLat = 0;
    geodesic::metresPerDegree(centre.lat, &perLon, &perLat);
    if (circle) {
        const double dx = (p.lon - centre.lon) * perLon, dy = (p.lat - centre.lat) * perLat;
        return std::max(0.0, std::hypot(dx, dy) - radiusM);
    }
    // Local plane with p at the origin: inside by ray casting, else the nearest edge.
    bool inside = false;
    double best = std::numeric_limits<double>::infinity();
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = (ring[i].lon - p.lon) * perLon, yi = (ring[i].lat - p.lat) * perLat;
        const double xj = (ring[j].lon - p.lon) * perLon, yj = (ring[j].lat - p.lat) * perLat;
        if ((yi > 0) != (yj > 0) && 0 < (xj - xi) * (0 - yi) / (yj - yi) + xi)
            inside = !inside;
        const double ex = xj - xi, ey = yj - yi;
        const double len2 = ex * ex + ey * ey;
        const double t = len2 > 0 ? std::clamp(-(xi * ex + yi * ey) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, std::hypot(xi + t * ex, yi + t * ey));
    }
    return inside ? 0.0 : best;
}

} // namespace centinela::core
