#pragma once

#include "MapTransform.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

namespace centinela::maps {

/// The last image of each base layer with the view it was rendered for (its extent and scale). A
/// canvas paints an image for another view transformed until the new one arrives; a layer's
/// changed() signal invalidates its entry.
class RenderCache
{
public:
    struct Entry
    {
        QImage image;
        MapTransform view;
    };

    void insert(const QString& layerId, const QImage& image, const MapTransform& view);
    /// The layer's latest image, whatever view it was rendered for; null when none.
    const Entry* find(const QString& layerId) const;
    /// Whether the layer's image is for exactly this view (extent and scale).
    bool isCurrent(const QString& layerId, const MapTransform& view) const;
    void invalidate(const QString& layerId);
    void clear();
    /// The layers flattened onto `background` in one opaque image, when all of them have images for
    /// one view (built once per view, so a frame blits one image instead of one per layer); null otherwise.
    const Entry* composite(const QStringList& layerIds, const QColor& background);
    qint64 bytes() const;

private:
    QHash<QString, Entry> m_entries;
    Entry m_composite;
    QStringList m_compositeIds;
    bool m_compositeValid = false;
};

} // namespace centinela::maps
