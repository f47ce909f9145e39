#include "ShiftSchedule.h"

#include <QJsonObject>
#include <QTime>

#include <algorithm>

namespace centinela::core {

ShiftSchedule ShiftSchedule::defaultSchedule()
{
    ShiftSchedule s;
    s.m_shifts = {
        {QStringLiteral("06-14"), 6 * 60}, {QStringLiteral("14-22"), 14 * 60}, {QStringLiteral("22-06"), 22 * 60}};
    return s;
}

bool ShiftSchedule::fromJson(const QJsonArray& json, ShiftSchedule* schedule, QString* error)
{
    ShiftSchedule s;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        const QTime start = QTime::fromString(o.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
        if (name.isEmpty() || !start.isValid()) {
            *error = QStringLiteral("each shift needs a name and a start time HH:MM");
            return false;
        }
        const int minute = start.hour() * 60 + start.minute();
        for (const Shift& other : s.m_shifts) {
            if (other.startMinute == minute) {
                *error = QStringLiteral("two shifts start at %1").arg(start.toString(QStringLiteral("HH:mm")));
                return false;
            }
        }
        s.m_shifts.append({name, minute});
    }
    if (s.m_shifts.isEmpty()) {
        *error = QStringLiteral("the shift schedule is empty");
        return false;
    }
    std::sort(s.m_shifts.begin(), s.m_shifts.end(),
              [](const Shift& a, const Shift& b) { return a.startMinute < b.startMinute; });
    *schedule = s;
    return true;
}

QJsonArray ShiftSchedule::toJson() const
{
    QJsonArray out;
    for (const Shift& s : m_shifts)
        out.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QStringLiteral("start"),
                                QTime(s.startMinute / 60, s.startMinute % 60).toString(QStringLiteral("HH:mm"))}});
    return out;
}

int ShiftSchedule::indexAt(qint64 msecsOfDay) const
{
    const qint64 minute = msecsOfDay / 60000;
    // Before the first start of the day, the last shift of the previous day is still running.
    int found = int(m_shifts.size()) - 1;
    for (int i = 0; i < m_shifts.size(); ++i) {
        if (m_shifts.at(i).startMinute <= minute)
            found = i;
        else
            break;
    }
    return found;
}

} // namespace centinela::core
