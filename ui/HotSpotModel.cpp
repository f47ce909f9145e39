#include "HotSpotModel.h"

#include "Labels.h"

#include <QColor>

namespace centinela::ui {

HotSpotModel::HotSpotModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HotSpotModel::setResult(const core::ReportResult& result)
{
    beginResetModel();
    m_types.clear();
    m_counts.clear();
    m_max = 0;
    for (const core::ReportGroup& g : result.groups) {
        const QString type = g.values.value(0);
        int row = int(m_types.indexOf(type));
        if (row < 0) {
            row = int(m_types.size());
            m_types << type;
            std::array<qint64, 24> zeros;
            zeros.fill(0);
            m_counts.append(zeros);
        }
        const int hour = g.values.value(1).toInt();
        if (hour >= 0 && hour < 24) {
            m_counts[row][std::size_t(hour)] += g.rows();
            m_max = std::max(m_max, m_counts[row][std::size_t(hour)]);
        }
    }
    endResetModel();
}

int HotSpotModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int HotSpotModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 24;
}

QVariant HotSpotModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= 24)
        return {};
    const qint64 n = m_counts.at(index.row())[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return n > 0 ? QVariant(n) : QVariant();
    case CountRole:
        return n;
    case Qt::BackgroundRole: {
        // White through amber to red as the cell approaches the busiest one.
        const double t = m_max > 0 ? double(n) / double(m_max) : 0;
        return QColor::fromHsvF(0.11 * (1 - t), t, 1.0);
    }
    case Qt::ToolTipRole:
        return tr("%1 at %2:00: %n incident(s)", nullptr, int(n))
            .arg(incidentTypeLabel(m_types.at(index.row())))
            .arg(index.column(), 2, 10, QLatin1Char('0'));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant HotSpotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0'));
    return section < m_types.size() ? incidentTypeLabel(m_types.at(section)) : QVariant();
}

} // namespace centinela::ui
