#include "HeatMapLayer.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace centinela::maps {

namespace {

constexpr int kCell = 4; // density grid cell, screen pixels

/// Three box blurs of radius r approximate a Gaussian (and cost O(cells), whatever r is).
void boxBlur(std::vector<float>& grid, int w, int h, int r)
{
    std::vector<float> tmp(grid.size());
    const float norm = 1.0f / float(2 * r + 1);
    for (int pass = 0; pass < 3; ++pass) {
        for (int y = 0; y < h; ++y) { // horizontal
            float acc = 0;
            const float* row = &grid[std::size_t(y) * std::size_t(w)];
            for (int x = -r; x <= r; ++x)
                acc += row[std::clamp(x, 0, w - 1)] * (x >= 0 && x < w);
            for (int x = 0; x < w; ++x) {
                tmp[std::size_t(y) * std::size_t(w) + std::size_t(x)] = acc * norm;
                const int add = x + r + 1, sub = x - r;
                if (add < w)
                    acc += row[add];
                if (sub >= 0)
                    acc -= row[sub];
            }
        }
        for (int x = 0; x < w; ++x) { // vertical
            float acc = 0;
            for (int y = 0; y <= r && y < h; ++y)
                acc += tmp[std::size_t(y) * std::size_t(w) + std::size_t(x)];
            for (int y = 0; y < h; ++y) {
                grid[std::size_t(y) * std::size_t(w) + std::size_t(x)] = acc * norm;
                const int add = y + r + 1, sub = y - r;
                if (add < h)
                    acc += tmp[std::size_t(add) * std::size_t(w) + std::size_t(x)];
                if (sub >= 0)
                    acc -= tmp[std::size_t(sub) * std::size_t(w) + std::size_t(x)];
            }
        }
    }
}

class HeatRenderer : public LayerRenderer
{
public:
    HeatRenderer(std::shared_ptr<const std::vector<HeatMapLayer::Point>> points, double bandwidth,
                 const MapTransform& view)
        : m_points(std::move(points))
        , m_bandwidth(bandwidth)
        , m_view(view)
    {
    }

    void render(QPainter& painter, const std::atomic_bool& cancelled) override
    {
        const int w = m_view.size().width() / kCell + 1, h = m_view.size().height() / kCell + 1;
        const int radius = std::clamp(int(std::lround(m_bandwidth / m_view.resolution() / kCell / 1.7)), 1, 40);
        // Points just outside the view still warm its edge.
        const int margin = 3 * radius;
        const int gw = w + 2 * margin, gh = h + 2 * margin;
        std::vector<float> grid(std::size_t(gw) * std::size_t(gh), 0.0f);
        for (const HeatMapLayer::Point& p : *m_points) {
            const QPointF s = m_view.toScreen(p.map) / kCell;
            const int x = int(s.x()) + margin, y = int(s.y()) + margin;
            if (x >= 0 && y >= 0 && x < gw && y < gh)
                grid[std::size_t(y) * std::size_t(gw) + std::size_t(x)] += p.weight;
        }
        if (cancelled)
            return;
        boxBlur(grid, gw, gh, radius);
        float peak = 0;
        for (float v : grid)
            peak = std::max(peak, v);
        if (peak <= 0 || cancelled)
            return;
        QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const float t = grid[std::size_t(y + margin) * std::size_t(gw) + std::size_t(x + margin)] / peak;
                line[x] = ramp(t);
            }
        }
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(QRectF(0, 0, w * kCell, h * kCell), image);
        painter.restore();
    }

private:
    /// Transparent below 5 % of the peak, then yellow → orange → red, more opaque as it heats.
    static QRgb ramp(float t)
    {
        if (t < 0.05f)
            return 0;
        const float u = (t - 0.05f) / 0.95f;
        const int r = 255, g = int(std::lround(230 * (1 - u))), b = int(std::lround(60 * (1 - u)));
        const int a = int(std::lround(60 + 150 * u));
        return qRgba(r * a / 255, g * a / 255, b * a / 255, a);
    }

    std::shared_ptr<const std::vector<HeatMapLayer::Point>> m_points;
    double m_bandwidth;
    MapTransform m_view;
};

} // namespace

HeatMapLayer::HeatMapLayer(QString id, QString name, QObject* parent)
    : MapLayer(std::move(id), std::move(name), parent)
    , m_points(std::make_shared<std::vector<Point>>())
{
}

void HeatMapLayer::setPoints(std::vector<Point> points, double bandwidthM)
{
    m_extent = QRectF();
    for (const Point& p : points)
        m_extent =
            m_extent.isNull() ? QRectF(p.map, QSizeF(1e-9, 1e-9)) : m_extent.united(QRectF(p.map, QSizeF(1e-9, 1e-9)));
    m_points = std::make_shared<const std::vector<Point>>(std::move(points));
    m_bandwidth = bandwidthM;
    Q_EMIT changed();
}

QRectF HeatMapLayer::extent() const
{
    return m_extent;
}

std::unique_ptr<LayerRenderer> HeatMapLayer::createRenderer(const MapTransform& view, double) const
{
    return std::make_unique<HeatRenderer>(m_points, m_bandwidth, view);
}

} // namespace centinela::maps
