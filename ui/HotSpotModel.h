#pragma once

#include "analytics/Report.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace centinela::ui {

/// Incidents by type (rows) and hour of the day (columns), shaded by how many: where and when the
/// load falls, for planning shifts.
class HotSpotModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { CountRole = Qt::UserRole + 1 };

    explicit HotSpotModel(QObject* parent = nullptr);
    /// From a report grouped by type and hour, in that order.
    void setResult(const core::ReportResult& result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_types;
    QList<std::array<qint64, 24>> m_counts;
    qint64 m_max = 0;
};

} // namespace centinela::ui
