#include "ReportTableModel.h"

#include "ReportLabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace centinela::ui {

using core::ReportFormatter::formatDuration;

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReport(const core::Report& report)
{
    beginResetModel();
    m_report = report;
    m_rows = report.rows();
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) * core::kResponseIntervalCount;
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_report.baseline ? ColumnCount : ColumnCount - 1);
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Report::Row& row = m_rows.at(index.row() / core::kResponseIntervalCount);
    const auto interval = core::ResponseInterval(index.row() % core::kResponseIntervalCount);
    const core::IntervalStats& s = row.current.stats(interval);
    auto optional = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    if (role == ValueRole) {
        switch (index.column()) {
        case Count:
            return s.count;
        case Missing:
            return s.missing;
        case Mean:
            return optional(s.meanS);
        case Median:
            return optional(s.p50S);
        case P90:
            return optional(s.p90S);
        case Change:
            if (row.baseline && s.p90S && row.baseline->stats(interval).p90S)
                return *s.p90S - *row.baseline->stats(interval).p90S;
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::BackgroundRole && index.row() / core::kResponseIntervalCount % 2 == 1)
        return QBrush(QColor(0xf5, 0xf5, 0xf5));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group: {
        if (interval != core::ResponseInterval::Processing)
            return QString(); // the group heads its six rows
        QStringList parts;
        for (int f = 0; f < m_report.query.groupBy.size(); ++f)
            parts << tr("%1: %2").arg(reportFieldName(m_report.query.groupBy.at(f)),
                                      row.values.at(f).isNull() ? tr("(none)") : row.values.at(f));
        return parts.isEmpty() ? tr("All incidents") : parts.join(QStringLiteral(" · "));
    }
    case Interval:
        return intervalName(interval);
    case Count:
        return QLocale().toString(s.count);
    case Missing:
        return QLocale().toString(s.missing);
    case Mean:
        return formatDuration(s.meanS);
    case Median:
        return formatDuration(s.p50S);
    case P90:
        return formatDuration(s.p90S);
    case Within: {
        QStringList shares;
        for (const core::TargetShare& t : s.targets)
            if (const auto share = t.share(s.count))
                shares << tr("≤%1: %2 %").arg(formatDuration(t.targetS), QLocale().toString(*share * 100, 'f', 1));
        return shares.join(QStringLiteral(", "));
    }
    case Quality:
        return tr("%1 / %2").arg(s.zero).arg(s.negative);
    case Change: {
        if (!row.baseline)
            return {};
        const auto before = row.baseline->stats(interval).p90S;
        if (!s.p90S || !before)
            return QStringLiteral("–");
        const double d = *s.p90S - *before;
        return QString((d > 0 ? QStringLiteral("+") : QString()) + formatDuration(d));
    }
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Interval:
        return tr("Interval");
    case Count:
        return tr("Measured");
    case Missing:
        return tr("Missing");
    case Mean:
        return tr("Mean");
    case Median:
        return tr("Median");
    case P90:
        return tr("90th pct.");
    case Within:
        return tr("Within target");
    case Quality:
        return tr("Zero / negative");
    case Change:
        return tr("Change (90th)");
    default:
        return {};
    }
}

} // namespace centinela::ui
