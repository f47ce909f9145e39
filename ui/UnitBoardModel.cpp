#include "UnitBoardModel.h"

#include "Labels.h"
#include "domain/StationState.h"
#include "util/Clock.h"

#include <QBrush>

#include <algorithm>

namespace centinela::ui {

UnitBoardModel::UnitBoardModel(const core::StationState& state, const core::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_clock(clock)
{
    connect(&state, &core::StationState::reset, this, &UnitBoardModel::rebuild);
    connect(&state, &core::StationState::unitChanged, this, &UnitBoardModel::onUnitChanged);
    connect(&state, &core::StationState::unitsMoved, this, &UnitBoardModel::onUnitsMoved);
    rebuild();
}

void UnitBoardModel::rebuild()
{
    beginResetModel();
    m_rows = m_state.units().keys();
    std::sort(m_rows.begin(), m_rows.end(), [this](qint64 a, qint64 b) {
        return m_state.units()[a].callSign.localeAwareCompare(m_state.units()[b].callSign) < 0;
    });
    endResetModel();
}

void UnitBoardModel::onUnitChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const QString sign = m_state.units()[id].callSign;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sign, [this](qint64 a, const QString& s) {
        return m_state.units()[a].callSign.localeAwareCompare(s) < 0;
    });
    const int at = int(it - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, id);
    endInsertRows();
}

void UnitBoardModel::onUnitsMoved(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, LastFix), index(row, LastFix));
    }
}

void UnitBoardModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeInStatus), index(int(m_rows.size()) - 1, LastFix), {Qt::DisplayRole});
}

int UnitBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 UnitBoardModel::unitIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
}

int UnitBoardModel::rowOf(qint64 unitId) const
{
    return int(m_rows.indexOf(unitId));
}

QVariant UnitBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Unit& u = m_state.units()[m_rows.at(index.row())];
    if (role == UnitIdRole)
        return u.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CallSign:
            return u.callSign;
        case Kind:
            return unitKindLabel(u.kind);
        case Status:
            return unitStatusLabel(u.status);
        case TimeInStatus:
            return u.statusSince.isValid() ? formatElapsed(u.statusSince.secsTo(m_clock.now())) : QString();
        case Incident:
            return u.incidentId ? QStringLiteral("#%1").arg(u.incidentId) : QString();
        case LastFix:
            return u.position ? tr("%1 ago").arg(formatElapsed(u.position->fixTime.secsTo(m_clock.now()))) : tr("none");
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Status)
        return QBrush(unitStatusColor(u.status).lighter(160));
    return {};
}

QVariant UnitBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CallSign:
        return tr("Unit");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case TimeInStatus:
        return tr("In status");
    case Incident:
        return tr("Incident");
    case LastFix:
        return tr("Last fix");
    }
    return {};
}

} // namespace centinela::ui
