#pragma once

#include "domain/Command.h"
#include "domain/Entities.h"
#include "routing/RoutingService.h"
#include "store/IncidentLookup.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <vector>

class QListWidget;
class QTextBrowser;
class QPushButton;
class QTreeWidget;

namespace centinela::core {
class DeskSession;
}

namespace centinela::ui {

class DeskRecommender;

/// Open incidents and the selected one's detail: the recommended units (nearest by road, eligible
/// for the type) with ETA and road distance, its timeline (every event and note, who and when) and
/// the premise history; actions to assign (the first recommendation with one key, another unit
/// with a reason), edit type, priority and location, add a note and close.
class IncidentPanel : public QWidget
{
    Q_OBJECT
public:
    IncidentPanel(core::DeskSession& session, DeskRecommender& recommender, QWidget* parent = nullptr);

    qint64 selectedIncident() const;
    void selectIncident(qint64 id);
    /// The current recommendation for the selected incident (best first).
    const std::vector<core::UnitRecommendation>& recommendations() const { return m_recommended; }

public Q_SLOTS:
    /// F4: the first recommended unit; without a recommendation, the unit picker.
    void assignUnit();
    /// Shift+F4: any available unit, with a reason when it is not the first recommendation.
    void assignOtherUnit();
    void addNote();
    void closeIncident();
    /// Ctrl+E: type, priority (and the type's default priority).
    void editIncident();

Q_SIGNALS:
    void selectionChanged(qint64 incidentId);
    /// The route to show on the map (lon/lat, unit → incident); empty clears it.
    void routePreview(const std::vector<centinela::core::GeoPoint>& route);

private:
    void rebuildList();
    void showDetail();
    void refreshRecommendations();
    void previewSelectedRoute();
    void assign(qint64 unitId, bool askReason);
    void fetchRecords(qint64 incidentId);
    void submit(const core::Command& command);

    core::DeskSession& m_session;
    DeskRecommender& m_recommender;
    QListWidget* m_list;
    QTreeWidget* m_units;
    QTextBrowser* m_detail;
    QPushButton* m_assign;
    QPushButton* m_other;
    QPushButton* m_note;
    QPushButton* m_close;
    std::vector<core::UnitRecommendation> m_recommended;
    QTimer m_recommendTimer;
    // What the database told about an incident (timeline, premise history), kept until it changes.
    struct Records
    {
        QList<core::TimelineEntry> timeline;
        QList<core::PremiseEntry> premises;
        QString error;
        bool loading = false;
    };
    QHash<qint64, Records> m_records;
};

} // namespace centinela::ui
