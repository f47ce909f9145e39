#pragma once

#include <QTimeZone>

#include <vector>

namespace centinela::core {

/// A time zone's UTC offsets as a table of transitions, for converting millions of timestamps
/// between UTC and local wall time without a QTimeZone lookup each (reports group by local day and
/// shift; imports read local times). Copy it per thread: lookups keep a cursor.
class ZoneOffsets
{
public:
    /// Invalid zones behave as UTC.
    explicit ZoneOffsets(const QTimeZone& zone);

    /// Seconds east of UTC at `utcMsecs` (milliseconds since 1970).
    int offsetAt(qint64 utcMsecs) const;
    /// Local wall time (milliseconds since 1970 as if it were UTC) of an instant.
    qint64 toLocal(qint64 utcMsecs) const { return utcMsecs + qint64(offsetAt(utcMsecs)) * 1000; }

    /// The instants a local wall time stands for: one normally, two in the hour repeated when clocks
    /// go back (earlier first), none in the hour skipped when they go forward. Returns the count.
    int toUtc(qint64 localMsecs, qint64 candidates[2]) const;
    /// PostgreSQL's reading of a local time: a repeated or skipped wall time is taken as standard
    /// time, i.e. with the offset in force after a fall-back and before a spring-forward.
    qint64 toUtcLikePostgres(qint64 localMsecs) const;

private:
    std::vector<qint64> m_starts; ///< UTC ms where each offset starts, ascending; the first is the minimum
    std::vector<int> m_offsets;
    mutable std::size_t m_cursor = 0;
};

} // namespace centinela::core
