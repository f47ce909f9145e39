#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace centinela::core {
class Clock;
class StationState;
} // namespace centinela::core

namespace centinela::ui {

/// Every unit of the station by call sign (units with an officer emergency first), with status, time
/// in status and a welfare-check flag when a unit has been en route or on scene too long without contact.
class UnitBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CallSign, Kind, Status, TimeInStatus, Incident, LastFix, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    UnitBoardModel(const core::StationState& state, const core::Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    qint64 unitIdAt(int row) const;
    int rowOf(qint64 unitId) const;

    /// Seconds en route / on scene without contact before a welfare check is due.
    void setWelfareThresholds(qint64 enRouteS, qint64 onSceneS);
    bool welfareDue(qint64 unitId) const;
    QList<qint64> welfareDueUnits() const;
    QList<qint64> emergencyUnits() const;

public Q_SLOTS:
    void tick();

private:
    void rebuild();
    void onUnitChanged(qint64 id);
    void onUnitsMoved(const QList<qint64>& ids);

    const core::StationState& m_state;
    const core::Clock& m_clock;
    bool sortsBefore(qint64 a, qint64 b) const;

    QList<qint64> m_rows;
    qint64 m_welfareEnRouteS = 15 * 60;
    qint64 m_welfareOnSceneS = 30 * 60;
};

} // namespace centinela::ui
