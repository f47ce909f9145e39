#include "RenderCache.h"

namespace centinela::maps {

void RenderCache::insert(const QString& layerId, const QImage& image, const MapTransform& view)
{
    m_entries.insert(layerId, Entry{image, view});
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
}

qint64 RenderCache::bytes() const
{
    qint64 n = 0;
    for (const Entry& e : m_entries)
        n += e.image.sizeInBytes();
    return n;
}

} // namespace centinela::maps
