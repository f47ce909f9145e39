#pragma once

#include "analytics/Report.h"

#include <QAbstractTableModel>

namespace centinela::ui {

/// A report as the commander reads it: one row per group and interval, in the order of the printed
/// report, with the baseline's change when two periods are compared.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Interval, Count, Missing, Mean, Median, P90, Within, Quality, Change, ColumnCount };
    /// The unformatted figure (seconds, counts) behind a cell; invalid when there is none.
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setReport(const core::Report& report);
    const core::Report& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::Report m_report;
    QList<core::Report::Row> m_rows;
};

} // namespace centinela::ui
