#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUuid>

class QTableView;
class QWidget;

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
class IncidentPanel;
class StationMap;
class UnitBoardModel;

/// What the operator does from the queue, the unit board and the map, each turned into commands:
/// acknowledge, triage, incidents from alerts or map points, calls, duplicates, unit status,
/// welfare checks and officer emergencies. The window binds keys to these; dialogs open over it.
class DeskActions : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        AlertQueueModel* alertModel;
        UnitBoardModel* unitModel;
        QTableView* alertView;
        QTableView* unitView;
        IncidentPanel* incidents;
        maps::MapCanvas* map;
        StationMap* stationMap;
    };

    DeskActions(core::DeskSession& session, Views views, QWidget* window);

    QList<qint64> selectedAlerts() const;
    qint64 selectedUnit() const;

    void acknowledgeAlert();
    void createIncidentFromAlerts();
    void createIncidentAt(double lon, double lat);
    void takeCall();
    void triageAlert();
    void linkAlertsToIncident();
    void clearBraceletAlarm();
    /// Writes a stored attachment of the selected alert to a private temporary folder and opens it
    /// with the system's viewer (the operator picks one when there are several).
    void openAttachment();
    void setSelectedUnitStatus(const QString& status);
    void toggleEmergency();
    void welfareCheck();

Q_SIGNALS:
    void statusMessage(const QString& message, int milliseconds);

private:
    void submit(const core::Command& command);
    void onCommandFinished(const core::Command& command, const core::CommandResult& result);

    core::DeskSession& m_session;
    AlertQueueModel* m_alertModel;
    UnitBoardModel* m_unitModel;
    QTableView* m_alertView;
    QTableView* m_unitView;
    IncidentPanel* m_incidents;
    maps::MapCanvas* m_map;
    StationMap* m_stationMap;
    QWidget* m_window;
    QHash<QUuid, QJsonObject> m_callIncidents; ///< calls to turn into incidents once their alert exists
};

} // namespace centinela::ui
