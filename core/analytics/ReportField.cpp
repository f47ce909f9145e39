#include "ReportField.h"

#include <QStringList>

namespace centinela::core {

QString reportFieldKey(ReportField field)
{
    switch (field) {
    case ReportField::Day:
        return QStringLiteral("day");
    case ReportField::Week:
        return QStringLiteral("week");
    case ReportField::Month:
        return QStringLiteral("month");
    case ReportField::Hour:
        return QStringLiteral("hour");
    case ReportField::Weekday:
        return QStringLiteral("weekday");
    case ReportField::Shift:
        return QStringLiteral("shift");
    case ReportField::Sector:
        return QStringLiteral("sector");
    case ReportField::Priority:
        return QStringLiteral("priority");
    case ReportField::Channel:
        return QStringLiteral("channel");
    case ReportField::Type:
        return QStringLiteral("type");
    case ReportField::Unit:
        return QStringLiteral("unit");
    case ReportField::Source:
        return QStringLiteral("source");
    }
    return {};
}

QList<ReportField> allReportFields()
{
    return {ReportField::Day,     ReportField::Week,  ReportField::Month,  ReportField::Hour,
            ReportField::Weekday, ReportField::Shift, ReportField::Sector, ReportField::Priority,
            ReportField::Channel, ReportField::Type,  ReportField::Unit,   ReportField::Source};
}

bool reportFieldFromKey(const QString& key, ReportField* field)
{
    for (ReportField f : allReportFields()) {
        if (reportFieldKey(f) == key) {
            *field = f;
            return true;
        }
    }
    return false;
}

QString reportFieldKeys()
{
    QStringList keys;
    for (ReportField f : allReportFields())
        keys << reportFieldKey(f);
    return keys.join(QStringLiteral(", "));
}

bool isCalendarField(ReportField field)
{
    switch (field) {
    case ReportField::Day:
    case ReportField::Week:
    case ReportField::Month:
    case ReportField::Hour:
    case ReportField::Weekday:
    case ReportField::Shift:
        return true;
    default:
        return false;
    }
}

} // namespace centinela::core
