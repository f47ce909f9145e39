#pragma once

#include <QJsonObject>
#include <QMainWindow>

class QLabel;
class QTableView;
class QTimer;

namespace centinela::core {
class DeskSession;
struct Command;
struct CommandResult;
} // namespace centinela::core

namespace centinela::maps {
class MapCanvas;
}

namespace centinela::ui {

class AlertQueueModel;
class DeskActions;
class DeskRecommender;
class MapLayersPanel;
class StationMap;
class IncidentPanel;
class UnitBoardModel;

/// Lays out the docks and wires their signals; the work is done by the panels and the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `stationKey` names the QSettings group that keeps this station's layout.
    MainWindow(core::DeskSession& session, QString stationKey, QWidget* parent = nullptr);
    ~MainWindow() override;

    AlertQueueModel* alertQueue() const { return m_alertModel; }
    UnitBoardModel* unitBoard() const { return m_unitModel; }
    maps::MapCanvas* mapCanvas() const { return m_map; }
    StationMap* stationMap() const { return m_stationMap; }
    DeskRecommender* recommender() const { return m_recommender; }
    IncidentPanel* incidentPanel() const { return m_incidents; }
    /// Loads the station's map in the background; an empty path means the synthetic city.
    void loadMap(const QString& path);
    /// Station-wide settings (stations.settings): `alert_thresholds` {amber_s, red_s} for the queue
    /// and the map (default 60/120 s, NFPA 1225), `welfare` {en_route_s, on_scene_s} (15/30 min),
    /// `stale_fix_s` for the map's stale mark (120 s).
    void applyStationSettings(const QJsonObject& settings);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateConnection();
    void onCommandFinished(const core::Command& command, const core::CommandResult& result);
    void connectSelection();
    void updateBanners();

    core::DeskSession& m_session;
    QString m_stationKey;
    AlertQueueModel* m_alertModel;
    UnitBoardModel* m_unitModel;
    QTableView* m_alertView;
    QTableView* m_unitView;
    DeskRecommender* m_recommender;
    IncidentPanel* m_incidents;
    maps::MapCanvas* m_map;
    StationMap* m_stationMap;
    MapLayersPanel* m_layersPanel;
    QLabel* m_banner;
    QLabel* m_emergencyBanner;
    QLabel* m_welfare;
    DeskActions* m_actions = nullptr;
    QLabel* m_connection;
    QTimer* m_tick;
};

} // namespace centinela::ui
