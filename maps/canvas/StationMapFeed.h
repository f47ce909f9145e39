#pragma once

#include "domain/Status.h"
#include "render/LiveOverlay.h"

#include <QObject>

namespace centinela::core {
class StationState;
}

namespace centinela::maps {

class MapCanvas;

/// Keeps a canvas's live overlay in step with the desk's StationState: units (description on
/// change, position on every fix), open alerts and incidents with a location.
class StationMapFeed : public QObject
{
    Q_OBJECT
public:
    StationMapFeed(const core::StationState& state, MapCanvas& canvas, QObject* parent = nullptr);

    void rebuild();
    /// How a duty status is drawn (the unit board uses the same colours).
    static LiveOverlay::Status overlayStatus(core::UnitStatus status);

private:
    void updateUnit(qint64 id);
    void moveUnits(const QList<qint64>& ids);
    void updateMarkers();

    const core::StationState& m_state;
    MapCanvas& m_canvas;
};

} // namespace centinela::maps
