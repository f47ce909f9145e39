#pragma once

#include "IntervalStatistics.h"
#include "ReportField.h"
#include "ReportSettings.h"
#include "ResponseInterval.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace centinela::core {

/// A period of whole local days, both ends included; a null end is open.
struct ReportPeriod
{
    QDate from;
    QDate to;
    bool isOpen() const { return from.isNull() && to.isNull(); }
    /// "2017-01-01 – 2017-01-31", "all history", "from 2017-01-01".
    QString describe() const;
};

/// What a report asks for.
struct ReportQuery
{
    ReportPeriod period;
    /// The period to compare with ("before"), side by side with the change.
    std::optional<ReportPeriod> baseline;
    QList<ReportField> groupBy;
    /// Per unit response rather than per incident (implied by grouping by unit).
    bool perUnit() const { return groupBy.contains(ReportField::Unit); }
};

/// One group of a report: its values in the order of ReportQuery::groupBy (a null QString is a
/// missing value, e.g. an incident without a sector) and the statistics of every interval.
struct ReportGroup
{
    QStringList values;
    QStringList sortKeys; ///< the values' natural order (shifts by schedule, not by name)
    std::array<IntervalStats, kResponseIntervalCount> intervals;

    const IntervalStats& stats(ResponseInterval i) const { return intervals[std::size_t(i)]; }
    /// Incidents (or unit responses) in the group.
    qint64 rows() const { return intervals[0].count + intervals[0].missing; }
};

/// The figures of one period.
struct ReportResult
{
    ReportPeriod period;
    QList<ReportGroup> groups;
    qint64 rows = 0; ///< incidents (or unit responses) in the period
};

/// A whole report as handed upward: the query, the station settings it used, the figures of the
/// period and, when asked, of the baseline period.
struct Report
{
    ReportQuery query;
    ReportSettings settings;
    QDateTime generatedAt; ///< UTC
    ReportResult current;
    std::optional<ReportResult> baseline;

    /// Groups of the period and the baseline paired by their values, in natural order; a group
    /// present in only one period is paired with an empty one.
    struct Row
    {
        QStringList values;
        ReportGroup current;
        std::optional<ReportGroup> baseline;
    };
    QList<Row> rows() const;
};

} // namespace centinela::core
