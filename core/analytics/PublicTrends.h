#pragma once

#include "Report.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace centinela::core {

class PgConnection;

/// The anonymised trends a station may hand to a civil-society platform: per sector and week,
/// the number of incidents and the response time's median and 90th percentile. Nothing else leaves:
/// no free text, no names, no addresses, no incident or phone numbers, no single incident's times.
/// A group of fewer than kMinimumGroup incidents is suppressed (its figures are left empty), and so
/// are percentiles over fewer than kMinimumGroup measured responses.
class PublicTrends
{
public:
    static constexpr qint64 kMinimumGroup = 5;

    struct Row
    {
        QString week;
        QString sector; ///< null when incidents had no sector
        bool suppressed = false;
        std::optional<qint64> incidents;
        std::optional<double> responseP50S; ///< whole seconds
        std::optional<double> responseP90S;
    };

    /// From a report grouped by week and sector (in that order).
    static QList<Row> fromReport(const Report& report);

    /// Where each sector lies: its boundary when the station drew one, else the mean position of its
    /// incidents (rounded to about 100 m, and only over at least kMinimumGroup of them). Throws PgError.
    static QHash<QString, QJsonObject> sectorGeometry(PgConnection& connection, const ReportPeriod& period,
                                                      const QString& timeZone);

    static QByteArray toCsv(const QList<Row>& rows);
    static QByteArray toGeoJson(const QList<Row>& rows, const QHash<QString, QJsonObject>& geometry);
};

} // namespace centinela::core
