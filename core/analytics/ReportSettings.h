#pragma once

#include "ResponseInterval.h"
#include "ShiftSchedule.h"

#include <QList>
#include <QMap>
#include <QString>

namespace centinela::core {

class PgConnection;

/// What a station configures for its response-time review: the time zone its days and shifts are
/// counted in, the shift schedule, and response targets. Stored in `stations` (time_zone, and the
/// settings keys "shifts" and "response_targets": {"response": [480, 600], ...} in seconds).
struct ReportSettings
{
    /// NFPA 1225-style: alarms processed within 60 s. Always reported.
    static constexpr double kNfpaProcessingTargetS = 60;

    QString stationName;
    QString timeZone = QStringLiteral("UTC");
    ShiftSchedule shifts = ShiftSchedule::defaultSchedule();
    QMap<ResponseInterval, QList<double>> targets;

    /// The station's settings (the first station of the database). False with `error` when they
    /// cannot be read or are malformed. Throws nothing.
    static bool load(PgConnection& connection, ReportSettings* settings, QString* error);

    /// Adds a target (CLI --target, commander view); ignores one already present.
    void addTarget(ResponseInterval interval, double seconds);
    /// The targets of one interval, ascending, the NFPA processing target included.
    QList<double> targetsFor(ResponseInterval interval) const;
};

} // namespace centinela::core
