#pragma once

#include "domain/Status.h"

#include <QColor>
#include <QString>

namespace centinela::ui {

/// Operator-facing names and colours for core values (translated here, never in core).
QString unitStatusLabel(core::UnitStatus status);
QString incidentStateLabel(core::IncidentState state);
QString channelLabel(const QString& channel);
QString unitKindLabel(const QString& kind);
/// The incident type as entered, or "Unclassified" before an operator has set one.
QString incidentTypeLabel(const QString& type);
QColor unitStatusColor(core::UnitStatus status);
QColor priorityColor(int priority);
/// "0:42", "12:05", "1:02:07": elapsed time as a radio operator reads it.
QString formatElapsed(qint64 seconds);

} // namespace centinela::ui
