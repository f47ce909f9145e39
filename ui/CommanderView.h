#pragma once

#include "analytics/Report.h"

#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace centinela::core {
class Clock;
}
namespace centinela::maps {
class MapLayer;
}

namespace centinela::ui {

class HotSpotModel;
class ReportTableModel;
class SectorMapView;

/// The shift commander's response-time review: a period (and one to compare it with), a grouping,
/// the figures as a table, their trend, distribution and split by sector as charts, the load by
/// incident type and hour, and the same PDF and CSV as `centinela-cli report`. The figures come
/// from the same core ReportEngine as the CLI, computed off the UI thread on its own connections.
class CommanderView : public QWidget
{
    Q_OBJECT
public:
    /// `conninfo`: the desk's login (a commander's, to see anything).
    CommanderView(QString conninfo, const core::Clock& clock, QWidget* parent = nullptr);
    ~CommanderView() override;

    /// Sets the controls: an open period is all history; `compare` sets the period before beside it
    /// (the months before for whole calendar months, else as many days before).
    void setPeriod(const core::ReportPeriod& period, bool compare);
    /// Up to two grouping fields.
    void setGroupBy(const QList<core::ReportField>& fields);
    /// The query the controls describe.
    core::ReportQuery query() const;

    const core::Report& report() const;
    ReportTableModel* tableModel() const { return m_table; }
    HotSpotModel* hotSpotModel() const { return m_hotSpots; }
    SectorMapView* sectorMap() const { return m_sectorMap; }
    /// The station map's layers, beneath the sectors and hot spots of the Map tab.
    void setBaseMap(const QList<maps::MapLayer*>& layers);

    /// The report as `centinela-cli report --format csv` writes it. False with `error`.
    bool exportCsv(const QString& path, QString* error) const;
    /// The printed report, in the desk's language. False with `error`.
    bool exportPdf(const QString& path, QString* error) const;

public Q_SLOTS:
    /// Computes the report for the controls' query; reportReady or reportFailed follows.
    void refresh();

Q_SIGNALS:
    void reportReady();
    void reportFailed(const QString& message);

private:
    struct Results;
    void apply(const Results& results);
    void updateCharts();
    void updateBaselineDates();
    void exportWithDialog(bool pdf);

    QString m_conninfo;
    const core::Clock& m_clock;
    QThreadPool m_pool;
    int m_generation = 0;
    std::shared_ptr<Results> m_results;

    SectorMapView* m_sectorMap;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_allHistory;
    QCheckBox* m_compare;
    QLabel* m_baselineLabel;
    QComboBox* m_groupBy;
    QComboBox* m_thenBy;
    QComboBox* m_interval;
    QPushButton* m_refresh;
    QPushButton* m_pdf;
    QPushButton* m_csv;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QTableView* m_tableView;
    ReportTableModel* m_table;
    QChartView* m_trend;
    QChartView* m_distribution;
    QChartView* m_sectors;
    HotSpotModel* m_hotSpots;
};

} // namespace centinela::ui
