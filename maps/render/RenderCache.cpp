#include "RenderCache.h"

#include <QPainter>

namespace centinela::maps {

void RenderCache::insert(const QString& layerId, const QImage& image, const MapTransform& view)
{
    m_entries.insert(layerId, Entry{image, view});
    m_compositeValid = false;
}

void RenderCache::clear()
{
    m_entries.clear();
    m_composite = Entry{};
    m_compositeValid = false;
}

const RenderCache::Entry* RenderCache::composite(const QStringList& layerIds, const QColor& background)
{
    const Entry* first = nullptr;
    for (const QString& id : layerIds) {
        const Entry* e = find(id);
        if (!e)
            return nullptr;
        if (!first)
            first = e;
        else if (!(e->view == first->view) || e->image.size() != first->image.size())
            return nullptr;
    }
    if (!first)
        return nullptr;
    if (m_compositeValid && m_compositeIds == layerIds && m_composite.view == first->view)
        return &m_composite;
    QImage image(first->image.size(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(first->image.devicePixelRatio());
    image.fill(background);
    {
        QPainter painter(&image);
        for (const QString& id : layerIds)
            painter.drawImage(QPointF(0, 0), find(id)->image);
    }
    m_composite = Entry{image, first->view};
    m_compositeIds = layerIds;
    m_compositeValid = true;
    return &m_composite;
}

const RenderCache::Entry* RenderCache::find(const QString& layerId) const
{
    const auto it = m_entries.constFind(layerId);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

bool RenderCache::isCurrent(const QString& layerId, const MapTransform& view) const
{
    const Entry* e = find(layerId);
    return e && e->view == view;
}

void RenderCache::invalidate(const QString& layerId)
{
    // Keep the pixels to show transformed meanwhile, but mark them as for no view.
    const auto it = m_entries.find(layerId);
    if (it != m_entries.end())
        it->view = MapTransform(it->view.centre(), it->view.resolution() * (1 + 1e-12), it->view.size());
    m_compositeValid = false;
}

qint64 RenderCache::bytes() const
{
    qint64 n = 0;
    for (const Entry& e : m_entries)
        n += e.image.sizeInBytes();
    return n + m_composite.image.sizeInBytes();
}

} // namespace centinela::maps
