#pragma once

#include "domain/Entities.h"
#include "roads/GdalSupport.h"

#include <QPointF>
#include <QString>

#include <memory>
#include <optional>

class OGRSpatialReference;

namespace centinela::maps {

/// The display projection, through GDAL's OSR: lon/lat (WGS84) ↔ map coordinates. Web Mercator by
/// default; any definition OSR reads ("EPSG:32616", a WKT, a PROJ string) otherwise. Not thread-safe
/// (OSR transformations are not): each thread makes its own copy with clone().
class Projection
{
public:
    /// EPSG:3857.
    static Projection webMercator();
    /// Any SRS definition OSR understands; isValid() says whether it did.
    explicit Projection(const QString& definition);
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    ~Projection();

    Projection clone() const { return Projection(m_definition); }
    bool isValid() const { return m_toMap != nullptr; }
    QString definition() const { return m_definition; }
    /// The display SRS as WKT (what GDAL's warper takes).
    QByteArray wkt() const;
    const OGRSpatialReference& srs() const;

    /// lon/lat in degrees → map units; nullopt where the projection is undefined.
    std::optional<QPointF> toMap(core::GeoPoint point) const;
    /// In place, for many points; returns false when any failed.
    bool toMap(std::size_t count, double* x, double* y) const;
    std::optional<core::GeoPoint> toLonLat(QPointF map) const;
    /// A transformation from `source` into this projection (for loaders); null when OSR cannot make one.
    CoordinateTransformationPtr transformationFrom(const OGRSpatialReference& source) const;

private:
    QString m_definition;
    std::unique_ptr<OGRSpatialReference> m_srs;
    CoordinateTransformationPtr m_toMap;
    CoordinateTransformationPtr m_toLonLat;
};

} // namespace centinela::maps
