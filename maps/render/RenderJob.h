#pragma once

#include "MapTransform.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QThreadPool;

namespace centinela::maps {

class MapLayer;

/// Renders base layers for one immutable view on a thread pool, each layer into its own image.
/// Renderers are made on the GUI thread when the job starts (they copy what they need); workers
/// never touch the layers. Cancelling (or deleting the job) drops results still to come.
class RenderJob : public QObject
{
    Q_OBJECT
public:
    RenderJob(const MapTransform& view, double devicePixelRatio, const QList<const MapLayer*>& layers,
              QThreadPool* pool, QObject* parent = nullptr);
    ~RenderJob() override;

    const MapTransform& view() const { return m_view; }
    void start();
    void cancel();
    bool isActive() const { return m_pending > 0; }

Q_SIGNALS:
    void layerRendered(const QString& layerId, const QImage& image, const centinela::maps::MapTransform& view);
    void finished();

private:
    struct Shared;
    void onRendered(const QString& layerId, const QImage& image);

    MapTransform m_view;
    double m_dpr;
    QList<const MapLayer*> m_layers;
    QThreadPool* m_pool;
    std::shared_ptr<Shared> m_shared;
    int m_pending = 0;
};

} // namespace centinela::maps
