#include "Projection.h"

#include <ogr_spatialref.h>

namespace centinela::maps {

namespace {

OGRSpatialReference wgs84()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace

Projection Projection::webMercator()
{
    return Projection(QStringLiteral("EPSG:3857"));
}

Projection::Projection(const QString& definition)
    : m_definition(definition)
    , m_srs(std::make_unique<OGRSpatialReference>())
{
    ensureGdalRegistered();
    GdalErrorCollector quiet;
    if (m_srs->SetFromUserInput(definition.toUtf8().constData()) != OGRERR_NONE)
        return;
    m_srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference geographic = wgs84();
    m_toMap.reset(OGRCreateCoordinateTransformation(&geographic, m_srs.get()));
    m_toLonLat.reset(OGRCreateCoordinateTransformation(m_srs.get(), &geographic));
    if (!m_toLonLat)
        m_toMap.reset();
}

Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;
Projection::~Projection() = default;

QByteArray Projection::wkt() const
{
    char* text = nullptr;
    m_srs->exportToWkt(&text);
    QByteArray out(text ? text : "");
    CPLFree(text);
    return out;
}

const OGRSpatialReference& Projection::srs() const
{
    return *m_srs;
}

std::optional<QPointF> Projection::toMap(core::GeoPoint point) const
{
    double x = point.lon, y = point.lat;
    if (!toMap(1, &x, &y))
        return std::nullopt;
    return QPointF(x, y);
}

bool Projection::toMap(std::size_t count, double* x, double* y) const
{
    if (!m_toMap)
        return false;
    if (count == 0)
        return true;
    GdalErrorCollector quiet;
    return m_toMap->Transform(count, x, y) == TRUE;
}

std::optional<core::GeoPoint> Projection::toLonLat(QPointF map) const
{
    if (!m_toLonLat)
        return std::nullopt;
    double x = map.x(), y = map.y();
    GdalErrorCollector quiet;
    if (!m_toLonLat->Transform(1, &x, &y))
        return std::nullopt;
    return core::GeoPoint{x, y};
}

CoordinateTransformationPtr Projection::transformationFrom(const OGRSpatialReference& source) const
{
    GdalErrorCollector quiet;
    OGRSpatialReference copy(source);
    copy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return CoordinateTransformationPtr(OGRCreateCoordinateTransformation(&copy, m_srs.get()));
}

} // namespace centinela::maps
