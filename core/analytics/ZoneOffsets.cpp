#include "ZoneOffsets.h"

#include <algorithm>
#include <limits>

namespace centinela::core {

ZoneOffsets::ZoneOffsets(const QTimeZone& zone)
{
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
    m_starts.push_back(std::numeric_limits<qint64>::min());
    m_offsets.push_back(zone.isValid() ? zone.offsetFromUtc(from) : 0);
    if (!zone.isValid())
        return;
    for (const QTimeZone::OffsetData& t : zone.transitions(from, to)) {
        if (t.offsetFromUtc == m_offsets.back())
            continue; // a change of abbreviation or of DST flag only
        m_starts.push_back(t.atUtc.toMSecsSinceEpoch());
        m_offsets.push_back(t.offsetFromUtc);
    }
}

int ZoneOffsets::offsetAt(qint64 utcMsecs) const
{
    // Rows mostly arrive in time order: try the last segment and the next before searching.
    const std::size_t n = m_starts.size();
    std::size_t i = m_cursor;
    if (!(m_starts[i] <= utcMsecs && (i + 1 == n || utcMsecs < m_starts[i + 1]))) {
        if (i + 1 < n && m_starts[i + 1] <= utcMsecs && (i + 2 == n || utcMsecs < m_starts[i + 2]))
            ++i;
        else
            i = std::size_t(std::upper_bound(m_starts.begin(), m_starts.end(), utcMsecs) - m_starts.begin()) - 1;
        m_cursor = i;
    }
    return m_offsets[i];
}

int ZoneOffsets::toUtc(qint64 localMsecs, qint64 candidates[2]) const
{
    // Every offset in force within a day of this wall time is a possible reading; keep those that
    // read back as the same wall time.
    const int a = offsetAt(localMsecs - 86400000);
    const int b = offsetAt(localMsecs + 86400000);
    int count = 0;
    for (int offset : {std::max(a, b), std::min(a, b)}) { // larger offset = earlier instant
        const qint64 utc = localMsecs - qint64(offset) * 1000;
        if (offsetAt(utc) == offset && (count == 0 || candidates[0] != utc))
            candidates[count++] = utc;
    }
    return count;
}

qint64 ZoneOffsets::toUtcLikePostgres(qint64 localMsecs) const
{
    qint64 c[2];
    const int n = toUtc(localMsecs, c);
    if (n == 1)
        return c[0];
    if (n == 2)
        return c[1]; // repeated hour: the later instant, standard time
    // Skipped hour: read with the offset before the jump (the standard offset, for DST).
    return localMsecs - qint64(offsetAt(localMsecs - 86400000)) * 1000;
}

} // namespace centinela::core
