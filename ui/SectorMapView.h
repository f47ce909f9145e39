#pragma once

#include "analytics/Report.h"
#include "store/StationGeometry.h"

#include <QWidget>

class QComboBox;
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
    /// `timeZone`: the station's, for the time-of-day filter of the heat map.
    void setData(const QList<core::SectorShape>& sectors, const core::ReportResult& bySector,
                 core::ResponseInterval interval, const QList<core::IncidentPlace>& places,
                 const QString& timeZone = QStringLiteral("UTC"));
    /// Incidents the heat map shows after the type and time-of-day filters.
    int heatPoints() const { return m_heatPoints; }
    maps::MapCanvas* canvas() const { return m_canvas; }
    /// Sectors drawn with a figure (tests).
    int sectorsWithFigures() const { return m_withFigures; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyLayers();
    void updateHeat();

    maps::MapCanvas* m_canvas;
    QLabel* m_legend;
    QComboBox* m_type;
    QComboBox* m_window;
    QList<core::IncidentPlace> m_places;
    QByteArray m_zone;
    int m_heatPoints = 0;
    QList<maps::MapLayer*> m_base;
    maps::VectorLayer* m_sectors = nullptr;
    maps::HeatMapLayer* m_heat = nullptr;
    int m_withFigures = 0;
    bool m_fitted = false; ///< the sectors were fitted to a real size once
};

} // namespace centinela::ui
