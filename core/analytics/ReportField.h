#pragma once

#include <QList>
#include <QString>

namespace centinela::core {

/// What a report may be grouped by. Calendar fields (day, week, month, hour, weekday, shift) use the
/// station's time zone; the stored times stay UTC.
enum class ReportField {
    Day,     ///< local calendar day, "2017-01-01"
    Week,    ///< ISO week, "2016-W52"
    Month,   ///< "2017-01"
    Hour,    ///< local hour of day, "00".."23"
    Weekday, ///< ISO day of week, "1" (Monday) .. "7"
    Shift,   ///< the station's shift schedule
    Sector,
    Priority,
    Channel,
    Type,
    Unit,  ///< per unit response instead of per incident
    Source ///< "live" or the imported history's source
};

/// The report key of a field ("day", "incident type" is "type", …).
QString reportFieldKey(ReportField field);
/// Parses a report key; false when unknown.
bool reportFieldFromKey(const QString& key, ReportField* field);
/// Every field, in documentation order.
QList<ReportField> allReportFields();
/// The keys of every field, for usage messages.
QString reportFieldKeys();
/// True for fields computed from the local received time.
bool isCalendarField(ReportField field);

} // namespace centinela::core
