#include "FactGrouper.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

namespace centinela::core {

namespace {

constexpr qint64 kMsecPerDay = Q_INT64_C(86400000);
constexpr qint64 kPostgresEpochMs = Q_INT64_C(946684800000); // 2000-01-01 in Unix time
const qint64 kJulian1970 = QDate(1970, 1, 1).toJulianDay();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QString weekLabel(const QDate& monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace

FactGrouper::FactGrouper(QList<ReportField> fields, const ShiftSchedule& shifts, const ZoneOffsets& zone)
    : m_fields(std::move(fields))
    , m_shifts(shifts)
    , m_zone(zone)
{
}

void FactGrouper::add(qint64 receivedUs, const QByteArrayView* values, const char* facts)
{
    // The group key: a code per calendar field, length and bytes per text field, built in a
    // reused buffer and looked up without allocating.
    m_key.clear();
    auto append = [this](const void* data, std::size_t size) {
        const char* p = static_cast<const char*>(data);
        m_key.insert(m_key.end(), p, p + size);
    };
    qint64 day = 0, msOfDay = 0;
    bool haveTime = false;
    for (int i = 0; i < m_fields.size(); ++i) {
        const ReportField field = m_fields.at(i);
        if (isCalendarField(field)) {
            if (!haveTime) {
                const qint64 local = m_zone.toLocal(floorDiv(receivedUs, 1000) + kPostgresEpochMs);
                day = floorDiv(local, kMsecPerDay);
                msOfDay = local - day * kMsecPerDay;
                haveTime = true;
                if (day != m_cachedDay) {
                    const QDate d = QDate::fromJulianDay(kJulian1970 + day);
                    m_cachedDay = day;
                    m_weekdayCode = d.dayOfWeek();
                    m_weekCode = day - (m_weekdayCode - 1);
                    m_monthCode = d.year() * 12 + d.month() - 1;
                }
            }
            qint64 code = 0;
            switch (field) {
            case ReportField::Day:
                code = day;
                break;
            case ReportField::Week:
                code = m_weekCode;
                break;
            case ReportField::Month:
                code = m_monthCode;
                break;
            case ReportField::Hour:
                code = msOfDay / 3600000;
                break;
            case ReportField::Weekday:
                code = m_weekdayCode;
                break;
            default: // Shift
                code = m_shifts.indexAt(msOfDay);
                break;
            }
            append(&code, sizeof code);
        } else {
            const QByteArrayView& v = values[i];
            const qint32 len = v.data() ? qint32(v.size()) : -1;
            append(&len, sizeof len);
            if (len > 0)
                append(v.data(), std::size_t(len));
        }
    }
    const QByteArray key = QByteArray::fromRawData(m_key.data(), qsizetype(m_key.size()));
    auto it = m_groups.find(key);
    if (it == m_groups.end())
        it = m_groups.insert(QByteArray(key.constData(), key.size()), makeGroup(values, day, msOfDay));
    for (int i = 0; i < kResponseIntervalCount; ++i) {
        double v = std::nan("");
        if (facts) {
            const quint64 bits = qFromBigEndian<quint64>(facts + 8 * i);
            std::memcpy(&v, &bits, sizeof v);
        }
        if (std::isnan(v))
            it->intervals[std::size_t(i)].addMissing();
        else
            it->intervals[std::size_t(i)].add(v);
    }
    ++m_rows;
}

FactGrouper::Partial FactGrouper::makeGroup(const QByteArrayView* values, qint64 day, qint64 msOfDay) const
{
    Partial p;
    const QDate date = QDate::fromJulianDay(kJulian1970 + day);
    for (int i = 0; i < m_fields.size(); ++i) {
        QString label;
        QString sortKey;
        switch (m_fields.at(i)) {
        case ReportField::Day:
            label = date.toString(Qt::ISODate);
            break;
        case ReportField::Week:
            label = weekLabel(date.addDays(1 - date.dayOfWeek()));
            break;
        case ReportField::Month:
            label = date.toString(QStringLiteral("yyyy-MM"));
            break;
        case ReportField::Hour:
            label = QStringLiteral("%1").arg(msOfDay / 3600000, 2, 10, QLatin1Char('0'));
            break;
        case ReportField::Weekday:
            label = QString::number(date.dayOfWeek());
            break;
        case ReportField::Shift: {
            const int index = m_shifts.indexAt(msOfDay);
            label = m_shifts.shifts().at(index).name;
            sortKey = QStringLiteral("%1").arg(index, 4, 10, QLatin1Char('0'));
            break;
        }
        default:
            if (values[i].data()) {
                label = QString::fromUtf8(values[i].data(), values[i].size());
                if (label.isNull())
                    label = QLatin1String(""); // an empty value is a value, not a missing one
            }
            break;
        }
        p.values << label;
        p.sortKeys << (sortKey.isNull() ? label : sortKey);
    }
    return p;
}

void FactGrouper::merge(FactGrouper&& other)
{
    for (auto it = other.m_groups.begin(); it != other.m_groups.end(); ++it) {
        auto into = m_groups.find(it.key());
        if (into == m_groups.end()) {
            m_groups.insert(it.key(), std::move(it.value()));
            continue;
        }
        for (int i = 0; i < kResponseIntervalCount; ++i)
            into->intervals[std::size_t(i)].merge(std::move(it->intervals[std::size_t(i)]));
    }
    m_rows += other.m_rows;
    other.m_groups.clear();
    other.m_rows = 0;
}

QList<ReportGroup> FactGrouper::finish(const ReportSettings& settings, const Histogram& histogram, int threads)
{
    std::array<QList<double>, kResponseIntervalCount> targets;
    for (ResponseInterval i : allResponseIntervals())
        targets[std::size_t(i)] = settings.targetsFor(i);
    std::vector<Partial*> groups;
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it)
        groups.push_back(&it.value());
    QList<ReportGroup> out(qsizetype(groups.size()));
    auto work = [&](std::size_t from, std::size_t step) {
        for (std::size_t g = from; g < groups.size(); g += step) {
            ReportGroup& o = out[qsizetype(g)];
            o.values = groups[g]->values;
            o.sortKeys = groups[g]->sortKeys;
            for (int i = 0; i < kResponseIntervalCount; ++i)
                o.intervals[std::size_t(i)] =
                    groups[g]->intervals[std::size_t(i)].finish(targets[std::size_t(i)], histogram);
        }
    };
    std::vector<std::thread> pool;
    for (int k = 1; k < threads; ++k)
        pool.emplace_back(work, std::size_t(k), std::size_t(threads));
    work(0, std::size_t(std::max(1, threads)));
    for (std::thread& t : pool)
        t.join();
    m_groups.clear();
    std::sort(out.begin(), out.end(), [](const ReportGroup& a, const ReportGroup& b) {
        for (int i = 0; i < a.sortKeys.size(); ++i) {
            // Missing values sort last, as NULLS LAST.
            if (a.sortKeys.at(i).isNull() != b.sortKeys.at(i).isNull())
                return b.sortKeys.at(i).isNull();
            const int c = a.sortKeys.at(i).compare(b.sortKeys.at(i));
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    // A report without grouping has its one group even when the period is empty.
    if (m_fields.isEmpty() && out.isEmpty()) {
        ReportGroup empty;
        for (int i = 0; i < kResponseIntervalCount; ++i)
            empty.intervals[std::size_t(i)] = IntervalAccumulator().finish(targets[std::size_t(i)], histogram);
        out.append(empty);
    }
    return out;
}

} // namespace centinela::core
