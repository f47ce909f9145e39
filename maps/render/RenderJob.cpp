#include "RenderJob.h"

#include "MapLayer.h"

#include <QPainter>
#include <QThreadPool>

#include <mutex>

namespace centinela::maps {

/// What workers share with the job: the cancel flag, and the job to report to while it lives.
struct RenderJob::Shared
{
    std::atomic_bool cancelled{false};
    std::mutex mutex;
    RenderJob* receiver = nullptr;
};

RenderJob::RenderJob(const MapTransform& view, double devicePixelRatio, const QList<const MapLayer*>& layers,
                     QThreadPool* pool, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_dpr(devicePixelRatio)
    , m_layers(layers)
    , m_pool(pool)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = this;
}

RenderJob::~RenderJob()
{
    cancel();
}

void RenderJob::cancel()
{
    m_shared->cancelled = true;
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->receiver = nullptr;
    m_pending = 0;
}

void RenderJob::start()
{
    if (m_layers.isEmpty()) {
        QMetaObject::invokeMethod(this, &RenderJob::finished, Qt::QueuedConnection);
        return;
    }
    m_pending = int(m_layers.size());
    const QSize pixels = m_view.size() * m_dpr;
    for (const MapLayer* layer : std::as_const(m_layers)) {
        std::shared_ptr<LayerRenderer> renderer = layer->createRenderer(m_view, m_dpr);
        const QString id = layer->id();
        const double dpr = m_dpr;
        std::shared_ptr<Shared> shared = m_shared;
        m_pool->start([renderer, id, pixels, dpr, shared] {
            if (shared->cancelled)
                return;
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                renderer->render(painter, shared->cancelled);
            }
            const std::lock_guard<std::mutex> lock(shared->mutex);
            if (shared->cancelled || !shared->receiver)
                return;
            RenderJob* job = shared->receiver;
            QMetaObject::invokeMethod(
                job, [job, id, image] { job->onRendered(id, image); }, Qt::QueuedConnection);
        });
    }
}

void RenderJob::onRendered(const QString& layerId, const QImage& image)
{
    if (m_shared->cancelled)
        return;
    Q_EMIT layerRendered(layerId, image, m_view);
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace centinela::maps
