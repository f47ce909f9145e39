#include "ReportSettings.h"

#include "store/PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace centinela::core {

bool ReportSettings::load(PgConnection& c, ReportSettings* settings, QString* error)
{
    try {
        const PgRows rows = c.exec("SELECT name, time_zone, settings::text FROM stations ORDER BY id LIMIT 1");
        ReportSettings s;
        if (rows.size() == 0) {
            *settings = s;
            return true;
        }
        s.stationName = rows.text(0, 0);
        s.timeZone = rows.text(0, 1);
        const QJsonObject json = QJsonDocument::fromJson(rows.bytes(0, 2)).object();
        if (json.contains(QLatin1String("shifts"))) {
            QString why;
            if (!ShiftSchedule::fromJson(json.value(QLatin1String("shifts")).toArray(), &s.shifts, &why)) {
                *error = QStringLiteral("the station's shift schedule is not valid: %1").arg(why);
                return false;
            }
        }
        const QJsonObject targets = json.value(QLatin1String("response_targets")).toObject();
        for (auto it = targets.begin(); it != targets.end(); ++it) {
            ResponseInterval interval;
            if (!responseIntervalFromKey(it.key(), &interval)) {
                *error = QStringLiteral("the station's response targets name an unknown interval \"%1\"").arg(it.key());
                return false;
            }
            const QJsonArray list = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue& v : list) {
                if (!v.isDouble() || v.toDouble() < 0) {
                    *error = QStringLiteral("the station's %1 targets must be seconds").arg(it.key());
                    return false;
                }
                s.addTarget(interval, v.toDouble());
            }
        }
        // Fail early on a zone PostgreSQL does not know rather than on the first report.
        c.exec("SELECT now() AT TIME ZONE $1", {s.timeZone.toUtf8()});
        *settings = s;
        return true;
    } catch (const PgError& e) {
        *error = e.message();
        return false;
    }
}

void ReportSettings::addTarget(ResponseInterval interval, double seconds)
{
    QList<double>& list = targets[interval];
    if (!list.contains(seconds))
        list.append(seconds);
}

QList<double> ReportSettings::targetsFor(ResponseInterval interval) const
{
    QList<double> list = targets.value(interval);
    if (interval == ResponseInterval::Processing && !list.contains(kNfpaProcessingTargetS))
        list.append(kNfpaProcessingTargetS);
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace centinela::core
