#pragma once

#include "MapTransform.h"

#include <QColor>
#include <QStringList>

class QPainter;

namespace centinela::maps {

class RenderCache;

/// Paints the cached base layer images for a view, each one moved and scaled to where it belongs
/// when it was rendered for another view (panning, zooming) — the canvas and the render bench
/// share this, so the bench measures what the desk does.
class FrameComposer
{
public:
    static constexpr QColor kBackground = QColor(0xf2, 0xef, 0xe9);
    /// `layerIds` bottom to top; layers without an image are skipped.
    static void compose(QPainter& painter, const MapTransform& view, RenderCache& cache, const QStringList& layerIds);
};

} // namespace centinela::maps
