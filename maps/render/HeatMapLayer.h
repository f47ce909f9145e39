#pragma once

#include "MapLayer.h"

#include <QPointF>

#include <memory>
#include <vector>

namespace centinela::maps {

/// Hot spots: a kernel density of weighted points (incident places) with a ground bandwidth, drawn
/// as a transparent-to-red ramp. A base layer like any other: rendered off the UI thread and cached.
class HeatMapLayer : public MapLayer
{
    Q_OBJECT
public:
    struct Point
    {
        QPointF map;
        float weight = 1;
    };

    HeatMapLayer(QString id, QString name, QObject* parent = nullptr);

    /// Replaces the points (map units); `bandwidthM` is the kernel's radius on the ground.
    void setPoints(std::vector<Point> points, double bandwidthM = 150);
    QRectF extent() const override;
    qint64 featureCount() const override { return qint64(m_points->size()); }
    std::unique_ptr<LayerRenderer> createRenderer(const MapTransform& view, double devicePixelRatio) const override;

private:
    std::shared_ptr<const std::vector<Point>> m_points;
    double m_bandwidth = 150;
    QRectF m_extent;
};

} // namespace centinela::maps
