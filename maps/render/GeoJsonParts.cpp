#include "GeoJsonParts.h"

#include "Projection.h"
#include "VectorData.h"

#include <QJsonArray>

#include <vector>

namespace centinela::maps {

namespace {

int addLine(VectorDataBuilder& builder, const QJsonArray& coordinates, const Projection& projection)
{
    std::vector<double> x, y;
    for (const QJsonValue& c : coordinates) {
        x.push_back(c.toArray().at(0).toDouble());
        y.push_back(c.toArray().at(1).toDouble());
    }
    if (!projection.toMap(x.size(), x.data(), y.data()))
        return 0;
    builder.addPart(x.data(), y.data(), x.size());
    return 1;
}

} // namespace

int addGeoJsonParts(VectorDataBuilder& builder, const QJsonObject& geometry, const Projection& projection)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    int parts = 0;
    if (type == QLatin1String("LineString"))
        return addLine(builder, coordinates, projection);
    if (type == QLatin1String("MultiLineString") || type == QLatin1String("Polygon")) {
        for (const QJsonValue& line : coordinates)
            parts += addLine(builder, line.toArray(), projection);
        return parts;
    }
    if (type == QLatin1String("MultiPolygon"))
        for (const QJsonValue& polygon : coordinates)
            for (const QJsonValue& ring : polygon.toArray())
                parts += addLine(builder, ring.toArray(), projection);
    return parts;
}

} // namespace centinela::maps
