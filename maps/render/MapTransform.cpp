#include "MapTransform.h"

#include <algorithm>

namespace centinela::maps {

MapTransform::MapTransform(QPointF centre, double resolution, QSize size)
    : m_centre(centre)
    , m_resolution(resolution)
    , m_size(size)
{
}

MapTransform MapTransform::fitting(const QRectF& extent, QSize size, double margin)
{
    if (size.isEmpty() || !extent.isValid())
        return MapTransform(extent.center(), 1, size);
    const double w = std::max(1.0, size.width() * (1 - 2 * margin));
    const double h = std::max(1.0, size.height() * (1 - 2 * margin));
    const double resolution = std::max({extent.width() / w, extent.height() / h, 1e-9});
    return MapTransform(extent.center(), resolution, size);
}

QRectF MapTransform::extent() const
{
    const double w = m_size.width() * m_resolution;
    const double h = m_size.height() * m_resolution;
    return QRectF(m_centre.x() - w / 2, m_centre.y() - h / 2, w, h);
}

QTransform MapTransform::mapToScreen() const
{
    const double s = 1 / m_resolution;
    return QTransform(s, 0, 0, -s, m_size.width() * 0.5 - m_centre.x() * s, m_size.height() * 0.5 + m_centre.y() * s);
}

QTransform MapTransform::fromScreenOf(const MapTransform& other) const
{
    // other's screen → map → this screen; both are scale + translate, no rotation.
    return other.mapToScreen().inverted() * mapToScreen();
}

MapTransform MapTransform::zoomedAround(QPointF screen, double factor) const
{
    if (factor <= 0)
        return *this;
    const QPointF anchor = toMap(screen);
    MapTransform out = *this;
    out.m_resolution = m_resolution / factor;
    // Keep `anchor` under `screen`: solve toMap(screen) == anchor for the centre.
    out.m_centre = QPointF(anchor.x() - (screen.x() - m_size.width() * 0.5) * out.m_resolution,
                           anchor.y() + (screen.y() - m_size.height() * 0.5) * out.m_resolution);
    return out;
}

MapTransform MapTransform::panned(QPointF screenDelta) const
{
    MapTransform out = *this;
    out.m_centre =
        QPointF(m_centre.x() - screenDelta.x() * m_resolution, m_centre.y() + screenDelta.y() * m_resolution);
    return out;
}

MapTransform MapTransform::withCentre(QPointF centre) const
{
    MapTransform out = *this;
    out.m_centre = centre;
    return out;
}

MapTransform MapTransform::withSize(QSize size) const
{
    MapTransform out = *this;
    out.m_size = size;
    return out;
}

MapTransform MapTransform::clamped(double minResolution, double maxResolution) const
{
    MapTransform out = *this;
    out.m_resolution = std::clamp(m_resolution, minResolution, maxResolution);
    return out;
}

} // namespace centinela::maps
