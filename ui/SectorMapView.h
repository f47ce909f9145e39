#pragma once

#include "analytics/Report.h"
#include "store/StationGeometry.h"

#include <QWidget>

class QLabel;

namespace centinela::maps {
class MapCanvas;
class MapLayer;
class HeatMapLayer;
class VectorLayer;
} // namespace centinela::maps

namespace centinela::ui {

/// The commander's map: each sector coloured by the chosen interval's 90th percentile (green under
/// the best sector's, red at the worst's, labelled with its median and p90), and the period's
/// incidents as a hot-spot layer, over the station's map.
class SectorMapView : public QWidget
{
    Q_OBJECT
public:
    explicit SectorMapView(QWidget* parent = nullptr);

    /// The station map's layers, drawn beneath (shared with the desk's map, not owned).
    void setBaseLayers(const QList<maps::MapLayer*>& layers);
    void setData(const QList<core::SectorShape>& sectors, const core::ReportResult& bySector,
                 core::ResponseInterval interval, const QList<core::IncidentPlace>& places);
    maps::MapCanvas* canvas() const { return m_canvas; }
    /// Sectors drawn with a figure (tests).
    int sectorsWithFigures() const { return m_withFigures; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyLayers();

    maps::MapCanvas* m_canvas;
    QLabel* m_legend;
    QList<maps::MapLayer*> m_base;
    maps::VectorLayer* m_sectors = nullptr;
    maps::HeatMapLayer* m_heat = nullptr;
    int m_withFigures = 0;
    bool m_fitted = false; ///< the sectors were fitted to a real size once
};

} // namespace centinela::ui
