#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace centinela::core {

/// A station's shift schedule: named shifts by local start time, the last one of the day running on
/// past midnight into the first. Stored in the station settings as
/// `"shifts": [{"name": "A", "start": "06:00"}, ...]`.
class ShiftSchedule
{
public:
    struct Shift
    {
        QString name;
        int startMinute = 0; ///< minutes after local midnight
    };

    /// Three eight-hour shifts starting 06:00, 14:00 and 22:00, named by their hours.
    static ShiftSchedule defaultSchedule();
    /// Parses the settings form; false with `error` on an empty list, a bad time or a repeated start.
    static bool fromJson(const QJsonArray& json, ShiftSchedule* schedule, QString* error);
    QJsonArray toJson() const;

    /// Shifts sorted by start time.
    const QList<Shift>& shifts() const { return m_shifts; }
    /// Index into shifts() of the shift running at `msecsOfDay` after local midnight.
    int indexAt(qint64 msecsOfDay) const;
    QString nameAt(qint64 msecsOfDay) const { return m_shifts.at(indexAt(msecsOfDay)).name; }

private:
    QList<Shift> m_shifts;
};

} // namespace centinela::core
