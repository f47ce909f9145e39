#pragma once

#include "MapLayer.h"
#include "VectorData.h"
#include "VectorStyle.h"

#include <memory>

namespace centinela::maps {

/// A vector layer held in memory in the display projection (loaded once through GDAL), drawn with
/// a VectorStyle. Renderers share the data; they never copy vertices.
class VectorLayer : public MapLayer
{
    Q_OBJECT
public:
    VectorLayer(QString id, QString name, std::shared_ptr<const VectorData> data, VectorStyle style,
                QString attribution = {}, QObject* parent = nullptr);

    QRectF extent() const override { return m_data->extent; }
    QString attribution() const override { return m_attribution; }
    qint64 featureCount() const override { return qint64(m_data->features.size()); }
    qint64 segmentCount() const override { return m_data->segmentCount(); }
    std::unique_ptr<LayerRenderer> createRenderer(const MapTransform& view, double devicePixelRatio) const override;

    const VectorData& data() const { return *m_data; }
    std::shared_ptr<const VectorData> sharedData() const { return m_data; }
    const VectorStyle& style() const { return m_style; }
    void setStyle(const VectorStyle& style);

private:
    std::shared_ptr<const VectorData> m_data;
    VectorStyle m_style;
    QString m_attribution;
};

} // namespace centinela::maps
