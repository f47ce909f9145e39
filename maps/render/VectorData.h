#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace centinela::maps {

/// Features of one layer in the display projection, packed for drawing: all vertices in one array,
/// parts (rings, line pieces) as ranges of it, features as ranges of parts, sorted by style class so
/// a renderer draws each class in one run. Immutable once built; shared with render workers.
struct VectorData
{
    enum class Geometry : std::uint8_t { Points, Lines, Polygons };

    struct Feature
    {
        std::uint32_t firstPart = 0;
        std::uint32_t partCount = 0;
        std::uint32_t name = 0; ///< index into names; 0 is "no name"
        std::uint16_t style = 0;
        QRectF bounds;
    };

    Geometry geometry = Geometry::Lines;
    std::vector<QPointF> vertices;
    std::vector<std::uint32_t> partStarts; ///< part i is vertices[partStarts[i], partStarts[i + 1])
    std::vector<Feature> features;
    /// For each style class, features [classStart[c], classStart[c + 1]).
    std::vector<std::uint32_t> classStart;
    QStringList names{QString()};
    QRectF extent;

    qint64 segmentCount() const;
};

/// Collects features, then packs them into a VectorData.
class VectorDataBuilder
{
public:
    VectorDataBuilder(VectorData::Geometry geometry, int styleClasses);

    /// Starts a feature of `style` (index into the style's classes) with an optional name.
    void beginFeature(int style, const QString& name);
    /// Adds a part (a line, a ring, or a single point) to the current feature.
    void addPart(const double* x, const double* y, std::size_t count);
    /// Drops the current feature when it got no parts.
    void endFeature();
    qint64 featureCount() const { return qint64(m_features.size()); }

    VectorData build();

private:
    VectorData m_data;
    std::vector<VectorData::Feature> m_features;
    int m_classes;
    bool m_open = false;
};

} // namespace centinela::maps
