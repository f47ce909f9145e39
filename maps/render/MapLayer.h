#pragma once

#include "MapTransform.h"

#include <QObject>
#include <QRectF>
#include <QString>

#include <atomic>
#include <memory>

class QPainter;

namespace centinela::maps {

/// Draws one layer for one view. Made on the GUI thread by MapLayer::createRenderer, it holds
/// everything it needs (shared immutable data, a copy of the view), then runs on a worker thread.
class LayerRenderer
{
public:
    virtual ~LayerRenderer() = default;
    /// Draws into `painter`, whose device is an image of the view's size. Returns early when
    /// `cancelled` becomes true (the image is then thrown away).
    virtual void render(QPainter& painter, const std::atomic_bool& cancelled) = 0;
};

/// A layer of the map in the display projection: vector data, a raster, a heat map. Base layers
/// are rendered off the UI thread and cached as images; `changed()` invalidates those images.
class MapLayer : public QObject
{
    Q_OBJECT
public:
    MapLayer(QString id, QString name, QObject* parent = nullptr);

    /// Stable key (persisted layer order and visibility use it).
    QString id() const { return m_id; }
    /// Shown in the layer list.
    QString name() const { return m_name; }
    /// Extent in map units; empty when the layer has no data.
    virtual QRectF extent() const = 0;
    /// Credit to show on the map ("© OpenStreetMap contributors"); empty when none is needed.
    virtual QString attribution() const { return {}; }
    /// Features (or 1 for a raster), for the bench's `segments` and the layer list's tooltip.
    virtual qint64 featureCount() const = 0;
    /// Segments (vertex pairs) drawn at full extent; 0 for rasters.
    virtual qint64 segmentCount() const { return 0; }
    /// Called on the GUI thread; the renderer must not touch this object afterwards.
    virtual std::unique_ptr<LayerRenderer> createRenderer(const MapTransform& view, double devicePixelRatio) const = 0;

Q_SIGNALS:
    /// The layer's data or style changed: cached images of it are stale.
    void changed();

private:
    QString m_id;
    QString m_name;
};

} // namespace centinela::maps
