#include "FrameComposer.h"

#include "RenderCache.h"

#include <QPainter>

namespace centinela::maps {

void FrameComposer::compose(QPainter& painter, const MapTransform& view, RenderCache& cache,
                            const QStringList& layerIds)
{
    auto place = [&painter, &view](const RenderCache::Entry& entry) {
        if (entry.view == view) {
            painter.drawImage(QPointF(0, 0), entry.image);
            return;
        }
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, entry.view.resolution() != view.resolution());
        painter.setTransform(view.fromScreenOf(entry.view), true);
        painter.drawImage(QPointF(0, 0), entry.image);
        painter.restore();
    };
    const RenderCache::Entry* flat = cache.composite(layerIds, kBackground);
    if (flat && flat->view == view) {
        // The common case: one opaque blit.
        const QPainter::CompositionMode mode = painter.compositionMode();
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(QPointF(0, 0), flat->image);
        painter.setCompositionMode(mode);
        return;
    }
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size())), kBackground);
    if (flat) {
        place(*flat);
        return;
    }
    for (const QString& id : layerIds) {
        const RenderCache::Entry* entry = cache.find(id);
        if (entry)
            place(*entry);
    }
}

} // namespace centinela::maps
