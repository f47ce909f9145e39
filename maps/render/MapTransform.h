#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace centinela::maps {

/// The view of a map as a value: the map point at the centre of the viewport, the map units per
/// pixel, and the viewport's size in pixels. North is up. Widgets hold one; render jobs get a copy.
class MapTransform
{
public:
    MapTransform() = default;
    MapTransform(QPointF centre, double resolution, QSize size);

    /// The view that shows all of `extent` in `size`, with `margin` (a fraction of the size) around it.
    static MapTransform fitting(const QRectF& extent, QSize size, double margin = 0.03);

    QPointF centre() const { return m_centre; }
    /// Map units per pixel (metres per pixel in Web Mercator at the equator).
    double resolution() const { return m_resolution; }
    QSize size() const { return m_size; }
    bool isValid() const { return m_resolution > 0 && !m_size.isEmpty(); }

    QPointF toScreen(QPointF map) const
    {
        return {(map.x() - m_centre.x()) / m_resolution + m_size.width() * 0.5,
                (m_centre.y() - map.y()) / m_resolution + m_size.height() * 0.5};
    }
    QPointF toMap(QPointF screen) const
    {
        return {m_centre.x() + (screen.x() - m_size.width() * 0.5) * m_resolution,
                m_centre.y() - (screen.y() - m_size.height() * 0.5) * m_resolution};
    }
    /// The map area the viewport shows.
    QRectF extent() const;
    /// Map → screen as a QTransform (for painters and whole-polygon transforms).
    QTransform mapToScreen() const;
    /// How an image rendered for `other` must be transformed to sit right in this view.
    QTransform fromScreenOf(const MapTransform& other) const;

    /// Zoomed by `factor` (> 1 zooms in) keeping the map point under `screen` where it is.
    MapTransform zoomedAround(QPointF screen, double factor) const;
    /// Moved so that the map follows the pointer by `screenDelta` pixels.
    MapTransform panned(QPointF screenDelta) const;
    MapTransform withCentre(QPointF centre) const;
    MapTransform withSize(QSize size) const;
    /// Resolution clamped to [minResolution, maxResolution].
    MapTransform clamped(double minResolution, double maxResolution) const;

    bool operator==(const MapTransform& other) const = default;

private:
    QPointF m_centre;
    double m_resolution = 0;
    QSize m_size;
};

} // namespace centinela::maps
