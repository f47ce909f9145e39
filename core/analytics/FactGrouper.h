#pragma once

#include "IntervalStatistics.h"
#include "Report.h"
#include "ZoneOffsets.h"

#include <QByteArrayView>
#include <QHash>

#include <limits>
#include <vector>

namespace centinela::core {

/// Sorts a stream of incident facts into report groups: one per combination of the grouping
/// fields' values, each collecting the six intervals. Local days, weeks, hours and shifts come from
/// the received time through the station zone's transitions. One per thread; merge() joins them.
class FactGrouper
{
public:
    FactGrouper(QList<ReportField> fields, const ShiftSchedule& shifts, const ZoneOffsets& zone);

    /// One incident (or unit response): received time in microseconds since 2000-01-01 UTC (as
    /// PostgreSQL sends a timestamptz), one value per grouping field (a default view for calendar
    /// fields; a null view for a missing value), and the intervals packed by report_pack() (48 bytes,
    /// NaN for a missing one; null for all missing).
    void add(qint64 receivedUs, const QByteArrayView* values, const char* facts);

    /// Takes over another grouper's groups.
    void merge(FactGrouper&& other);
    qint64 rows() const { return m_rows; }

    /// The finished groups in natural order (selection of the percentiles runs on `threads`).
    QList<ReportGroup> finish(const ReportSettings& settings, const Histogram& histogram, int threads);

private:
    struct Partial
    {
        QStringList values;
        QStringList sortKeys;
        std::array<IntervalAccumulator, kResponseIntervalCount> intervals;
    };
    Partial makeGroup(const QByteArrayView* values, qint64 day, qint64 msOfDay) const;

    QList<ReportField> m_fields;
    const ShiftSchedule& m_shifts;
    ZoneOffsets m_zone; // a copy: its lookup cursor is per thread
    QHash<QByteArray, Partial> m_groups;
    std::vector<char> m_key;
    qint64 m_rows = 0;
    // Rows come in time order: the calendar codes of the last local day are kept.
    qint64 m_cachedDay = std::numeric_limits<qint64>::min();
    qint64 m_weekCode = 0, m_monthCode = 0, m_weekdayCode = 0;
};

} // namespace centinela::core
