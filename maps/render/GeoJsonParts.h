#pragma once

#include <QJsonObject>

namespace centinela::maps {

class Projection;
class VectorDataBuilder;

/// Adds a GeoJSON geometry (lon/lat) from the station's database — a sector's boundary, a protected
/// zone, an offender's track — to the builder's current feature, projected for display:
/// LineString and MultiLineString as lines, Polygon and MultiPolygon as rings. Returns the parts added.
int addGeoJsonParts(VectorDataBuilder& builder, const QJsonObject& geometry, const Projection& projection);

} // namespace centinela::maps
