#pragma once

#include "domain/Status.h"

#include <QStringList>

#include <QColor>
#include <QString>

namespace centinela::core {
struct TimelineEntry;
class StationState;
} // namespace centinela::core

namespace centinela::ui {

/// Operator-facing names and colours for core values (translated here, never in core).
QString unitStatusLabel(core::UnitStatus status);
QString incidentStateLabel(core::IncidentState state);
QString channelLabel(const QString& channel);
QString unitKindLabel(const QString& kind);
/// The incident type's name, or "Unclassified" before an operator has set one.
QString incidentTypeLabel(const QString& type);
/// What the call-taker asks for this type of call.
QStringList incidentTypeQuestions(const QString& type);
/// A unit capability or kind an incident type can need ("female_officer", "k9").
QString capabilityLabel(const QString& capability);
QColor unitStatusColor(core::UnitStatus status);
QColor priorityColor(int priority);
/// "0:42", "12:05", "1:02:07": elapsed time as a radio operator reads it.
QString formatElapsed(qint64 seconds);
/// One timeline event in words ("P-101: en route", "Note: …"); empty for events not worth a line.
QString timelineText(const core::TimelineEntry& entry, const core::StationState& state);

} // namespace centinela::ui
