#pragma once

#include "render/PlaceIndex.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace centinela::core {
class StationState;
}
namespace centinela::maps {
class MapCanvas;
class MapLayer;
struct LoadedMap;
class StationMapFeed;
} // namespace centinela::maps

namespace centinela::ui {

/// The desk's map: loads the station's map source off the UI thread (the synthetic city when none
/// is configured), feeds the canvas's overlay from the station state, and keeps this station's
/// layer order, hidden layers and home view in the seat's settings.
class StationMap : public QObject
{
    Q_OBJECT
public:
    StationMap(const core::StationState& state, maps::MapCanvas& canvas, QString stationKey, QObject* parent = nullptr);
    ~StationMap() override;

    /// Reads `path` in the background; an empty path means the synthetic city (generated once into
    /// the cache folder).
    void load(const QString& path);
    /// The station database: its sectors and a hot-spot layer (incidents of the last 30 days, hidden
    /// until shown in the layer list) join the map once it is loaded.
    void setDatabase(const QString& conninfo) { m_conninfo = conninfo; }
    /// Reads sectors and incident places again (after sectors are edited, or once a shift).
    void reloadStationLayers();
    QString source() const { return m_source; }
    /// The loaded map's own layers (without the station's), for other views of the same map.
    QList<maps::MapLayer*> baseLayers() const { return m_layers; }
    /// Street and place names of the loaded map, for address search.
    const maps::PlaceIndex& places() const { return m_places; }
    /// Address search over the loaded map's names, in the canvas's projection.
    QList<maps::PlaceIndex::Place> searchPlaces(const QString& query) const;
    /// Where the default map is kept.
    static QString syntheticCityPath();

    /// Saves the canvas's layer order, hidden layers and home view for this station.
    void saveLayout() const;

Q_SIGNALS:
    void loaded(const QString& source);
    /// The station's own layers (sectors, hot spots) joined or changed.
    void layersChanged();
    void failed(const QString& message);

private:
    void onLoaded(const QString& source, const maps::LoadedMap& map);
    void restoreLayout();
    void applyLayers();
    /// Zones and recent tracks of the protective orders that have an open bracelet alert.
    void refreshOrders();
    QString group() const;

    maps::MapCanvas& m_canvas;
    maps::StationMapFeed* m_feed;
    QString m_stationKey;
    QString m_source;
    QList<maps::MapLayer*> m_layers;
    QList<maps::MapLayer*> m_stationLayers;
    QList<maps::MapLayer*> m_orderLayers;
    const core::StationState& m_state;
    QTimer* m_ordersTimer;
    maps::PlaceIndex m_places;
    QString m_conninfo;
    int m_generation = 0;
};

} // namespace centinela::ui
