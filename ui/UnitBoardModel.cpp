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
    std::sort(m_rows.begin(), m_rows.end(), [this](qint64 a, qint64 b) { return sortsBefore(a, b); });
    endResetModel();
}

bool UnitBoardModel::sortsBefore(qint64 a, qint64 b) const
{
    const core::Unit& x = m_state.units()[a];
    const core::Unit& y = m_state.units()[b];
    if (x.hasEmergency() != y.hasEmergency())
        return x.hasEmergency();
    return x.callSign.localeAwareCompare(y.callSign) < 0;
}

void UnitBoardModel::setWelfareThresholds(qint64 enRouteS, qint64 onSceneS)
{
    m_welfareEnRouteS = enRouteS;
    m_welfareOnSceneS = onSceneS;
}

bool UnitBoardModel::welfareDue(qint64 unitId) const
{
    const core::Unit* u = m_state.unit(unitId);
    if (!u || (u->status != core::UnitStatus::EnRoute && u->status != core::UnitStatus::OnScene))
        return false;
    QDateTime contact = u->statusSince;
    if (u->lastContactAt.isValid() && (!contact.isValid() || u->lastContactAt > contact))
        contact = u->lastContactAt;
    const qint64 limit = u->status == core::UnitStatus::EnRoute ? m_welfareEnRouteS : m_welfareOnSceneS;
    return contact.isValid() && contact.secsTo(m_clock.now()) >= limit;
}

QList<qint64> UnitBoardModel::welfareDueUnits() const
{
    QList<qint64> out;
    for (qint64 id : m_rows)
        if (welfareDue(id))
            out << id;
    return out;
}

QList<qint64> UnitBoardModel::emergencyUnits() const
{
    QList<qint64> out;
    for (qint64 id : m_rows)
        if (m_state.units()[id].hasEmergency())
            out << id;
    return out;
}

void UnitBoardModel::onUnitChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        // An emergency moves the unit to the top (and back when it is cleared).
        const bool inPlace = (row == 0 || !sortsBefore(id, m_rows.at(row - 1))) &&
                             (row + 1 >= m_rows.size() || !sortsBefore(m_rows.at(row + 1), id));
        if (!inPlace) {
            rebuild();
            return;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto it =
        std::lower_bound(m_rows.begin(), m_rows.end(), id, [this](qint64 a, qint64 b) { return sortsBefore(a, b); });
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
        Q_EMIT dataChanged(index(0, Status), index(int(m_rows.size()) - 1, LastFix),
                           {Qt::DisplayRole, Qt::BackgroundRole});
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
            if (u.hasEmergency())
                return tr("EMERGENCY · %1").arg(unitStatusLabel(u.status));
            if (welfareDue(u.id))
                return tr("%1 · welfare check due").arg(unitStatusLabel(u.status));
            return unitStatusLabel(u.status);
        case TimeInStatus:
            return u.statusSince.isValid() ? formatElapsed(u.statusSince.secsTo(m_clock.now())) : QString();
        case Incident:
            return u.incidentId ? QStringLiteral("#%1").arg(u.incidentId) : QString();
        case LastFix:
            return u.position ? tr("%1 ago").arg(formatElapsed(u.position->fixTime.secsTo(m_clock.now()))) : tr("none");
        }
    }
    if (role == Qt::BackgroundRole && u.hasEmergency())
        return QBrush(QColor(0xea, 0x80, 0xfc));
    if (role == Qt::BackgroundRole && index.column() == Status && welfareDue(u.id))
        return QBrush(QColor(0xff, 0xb7, 0x4d));
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
