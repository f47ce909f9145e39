#include "VectorData.h"

#include <algorithm>
#include <cmath>

namespace centinela::maps {

qint64 VectorData::segmentCount() const
{
    if (geometry == Geometry::Points)
        return 0;
    qint64 n = 0;
    for (std::size_t i = 0; i + 1 < partStarts.size(); ++i)
        n += std::max<qint64>(0, qint64(partStarts[i + 1]) - qint64(partStarts[i]) - 1);
    return n;
}

VectorDataBuilder::VectorDataBuilder(VectorData::Geometry geometry, int styleClasses)
    : m_classes(std::max(1, styleClasses))
{
    m_data.geometry = geometry;
    m_data.partStarts.push_back(0);
}

void VectorDataBuilder::beginFeature(int style, const QString& name)
{
    endFeature();
    VectorData::Feature f;
    f.style = std::uint16_t(std::clamp(style, 0, m_classes - 1));
    f.firstPart = std::uint32_t(m_data.partStarts.size() - 1);
    if (!name.isEmpty()) {
        f.name = std::uint32_t(m_data.names.size());
        m_data.names << name;
    }
    m_features.push_back(f);
    m_open = true;
}

void VectorDataBuilder::addPart(const double* x, const double* y, std::size_t count)
{
    if (!m_open)
        return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        const QPointF p(x[i], y[i]);
        if (kept > 0 && m_data.vertices.back() == p)
            continue;
        m_data.vertices.push_back(p);
        ++kept;
    }
    const std::size_t minimum = m_data.geometry == VectorData::Geometry::Points     ? 1
                                : m_data.geometry == VectorData::Geometry::Polygons ? 3
                                                                                    : 2;
    if (kept < minimum) {
        m_data.vertices.resize(m_data.vertices.size() - kept);
        return;
    }
    m_data.partStarts.push_back(std::uint32_t(m_data.vertices.size()));
    ++m_features.back().partCount;
}

void VectorDataBuilder::endFeature()
{
    if (m_open && m_features.back().partCount == 0) {
        if (m_features.back().name == std::uint32_t(m_data.names.size() - 1) && m_features.back().name != 0)
            m_data.names.removeLast();
        m_features.pop_back();
    }
    m_open = false;
}

VectorData VectorDataBuilder::build()
{
    endFeature();
    // Bounds from the vertices (QRectF::united ignores the empty rectangle of a single point).
    for (VectorData::Feature& f : m_features) {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
            for (std::uint32_t v = m_data.partStarts[p]; v < m_data.partStarts[p + 1]; ++v) {
                const QPointF& q = m_data.vertices[v];
                x0 = std::min(x0, q.x());
                y0 = std::min(y0, q.y());
                x1 = std::max(x1, q.x());
                y1 = std::max(y1, q.y());
            }
        f.bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
    std::stable_sort(m_features.begin(), m_features.end(),
                     [](const VectorData::Feature& a, const VectorData::Feature& b) { return a.style < b.style; });
    m_data.classStart.assign(std::size_t(m_classes) + 1, 0);
    for (const VectorData::Feature& f : m_features)
        ++m_data.classStart[f.style + 1u];
    for (std::size_t c = 1; c < m_data.classStart.size(); ++c)
        m_data.classStart[c] += m_data.classStart[c - 1];
    bool first = true;
    for (const VectorData::Feature& f : m_features) {
        const QRectF b = f.bounds.normalized();
        if (first)
            m_data.extent = QRectF(b.topLeft(), QSizeF(std::max(b.width(), 1e-9), std::max(b.height(), 1e-9)));
        else
            m_data.extent = m_data.extent.united(
                QRectF(b.topLeft(), QSizeF(std::max(b.width(), 1e-9), std::max(b.height(), 1e-9))));
        first = false;
    }
    m_data.features = std::move(m_features);
    m_features.clear();
    return std::move(m_data);
}

} // namespace centinela::maps
