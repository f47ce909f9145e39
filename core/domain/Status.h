#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace centinela::core {

/// A unit's duty status. The allowed transitions are the same here and in the database
/// (`unit_status_transitions`); a test keeps them equal.
enum class UnitStatus { Available, Dispatched, EnRoute, OnScene, OutOfService, OffDuty };
enum class IncidentState { Pending, Dispatched, OnScene, Closed };
enum class AlertState { New, Acknowledged, Linked, Dismissed };

QString toDbName(UnitStatus status);
QString toDbName(IncidentState state);
QString toDbName(AlertState state);
std::optional<UnitStatus> unitStatusFromDb(const QString& name);
std::optional<IncidentState> incidentStateFromDb(const QString& name);
std::optional<AlertState> alertStateFromDb(const QString& name);

QList<UnitStatus> allUnitStatuses();
QList<IncidentState> allIncidentStates();

/// Whether a unit may go directly from `from` to `to`.
bool canTransition(UnitStatus from, UnitStatus to);
/// Whether an incident may go directly from `from` to `to`.
bool canTransition(IncidentState from, IncidentState to);

} // namespace centinela::core
