#include "ReportEngine.h"

#include "ZoneOffsets.h"
#include "store/PgConnection.h"
#include "store/PgCopy.h"
#include "util/Clock.h"

#include <QHash>
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

/// One group while rows are streaming in.
struct Partial
{
    QStringList values;
    QStringList sortKeys;
    std::array<IntervalAccumulator, kResponseIntervalCount> intervals;
};

using PartialMap = QHash<QByteArray, Partial>;

/// How one report field turns a fact row into a group key, a label and a sort key.
struct FieldReader
{
    ReportField field;
    int column = -1; ///< text column of the row, or the received time column for calendar fields
};

QString weekLabel(const QDate& monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

class ShardReader
{
public:
    ShardReader(const QList<FieldReader>& fields, const ShiftSchedule& shifts, const ZoneOffsets& zone, int factsColumn)
        : m_fields(fields)
        , m_shifts(shifts)
        , m_zone(zone)
        , m_factsColumn(factsColumn)
    {
    }

    void row(const std::vector<PgBinaryField>& f)
    {
        m_key.resize(0); // keeps its capacity: no allocation per row
        qint64 day = 0, msOfDay = 0;
        bool haveTime = false;
        for (const FieldReader& r : m_fields) {
            const PgBinaryField& v = f[std::size_t(r.column)];
            if (isCalendarField(r.field)) {
                if (!haveTime) {
                    // timestamptz travels as microseconds since 2000-01-01 UTC.
                    const qint64 local = m_zone.toLocal(floorDiv(v.int64(), 1000) + kPostgresEpochMs);
                    day = floorDiv(local, kMsecPerDay);
                    msOfDay = local - day * kMsecPerDay;
                    haveTime = true;
                }
                qint64 code = 0;
                switch (r.field) {
                case ReportField::Day:
                    code = day;
                    break;
                case ReportField::Week:
                    code = day - (QDate::fromJulianDay(kJulian1970 + day).dayOfWeek() - 1);
                    break;
                case ReportField::Month: {
                    const QDate d = QDate::fromJulianDay(kJulian1970 + day);
                    code = d.year() * 12 + d.month() - 1;
                    break;
                }
                case ReportField::Hour:
                    code = msOfDay / 3600000;
                    break;
                case ReportField::Weekday:
                    code = QDate::fromJulianDay(kJulian1970 + day).dayOfWeek();
                    break;
                default: // Shift
                    code = m_shifts.indexAt(msOfDay);
                    break;
                }
                m_key.append(reinterpret_cast<const char*>(&code), sizeof code);
            } else {
                const qint32 len = v.length;
                m_key.append(reinterpret_cast<const char*>(&len), sizeof len);
                if (len > 0)
                    m_key.append(v.data, len);
            }
        }
        auto it = m_groups.find(m_key);
        if (it == m_groups.end())
            it = m_groups.insert(QByteArray(m_key.constData(), m_key.size()), makeGroup(f, day, msOfDay));
        // The six intervals packed by report_pack(): big-endian float8, NaN for a missing one.
        const PgBinaryField& facts = f[std::size_t(m_factsColumn)];
        for (int i = 0; i < kResponseIntervalCount; ++i) {
            double v = std::nan("");
            if (facts.length >= 8 * kResponseIntervalCount) {
                const quint64 bits = qFromBigEndian<quint64>(facts.data + 8 * i);
                std::memcpy(&v, &bits, sizeof v);
            }
            if (std::isnan(v))
                it->intervals[std::size_t(i)].addMissing();
            else
                it->intervals[std::size_t(i)].add(v);
        }
        ++m_rows;
    }

    PartialMap& groups() { return m_groups; }
    qint64 rows() const { return m_rows; }

private:
    Partial makeGroup(const std::vector<PgBinaryField>& f, qint64 day, qint64 msOfDay) const
    {
        Partial p;
        const QDate date = QDate::fromJulianDay(kJulian1970 + day);
        for (const FieldReader& r : m_fields) {
            QString label;
            QString sortKey;
            switch (r.field) {
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
            default: {
                const PgBinaryField& v = f[std::size_t(r.column)];
                if (!v.isNull())
                    label = QString::fromUtf8(v.data, qMax(v.length, 0));
                if (!v.isNull() && label.isNull())
                    label = QLatin1String(""); // an empty value is a value, not a missing one
                break;
            }
            }
            p.values << label;
            p.sortKeys << (sortKey.isNull() ? label : sortKey);
        }
        return p;
    }

    const QList<FieldReader>& m_fields;
    const ShiftSchedule& m_shifts;
    ZoneOffsets m_zone; // a copy: its lookup cursor is per thread
    int m_factsColumn;
    PartialMap m_groups;
    QByteArray m_key;
    qint64 m_rows = 0;
};

QByteArray textColumn(ReportField field)
{
    switch (field) {
    case ReportField::Sector:
        return "sector";
    case ReportField::Priority:
        return "priority";
    case ReportField::Channel:
        return "channel";
    case ReportField::Type:
        return "type";
    case ReportField::Unit:
        return "unit";
    default:
        return "source";
    }
}

} // namespace

ReportEngine::ReportEngine(QString conninfo, int connections)
    : m_conninfo(std::move(conninfo))
    , m_connections(std::max(1, connections))
{
}

std::optional<ReportResult> ReportEngine::compute(const ReportPeriod& period, const QList<ReportField>& groupBy,
                                                  const ReportSettings& settings, QString* error,
                                                  const Histogram& histogram) const
{
    // Columns of the fact rows: [received time] [text fields...] packed intervals. Local days and
    // shifts are computed here from the zone's transitions: AT TIME ZONE per row would cost the
    // server more than the whole stream.
    QList<QByteArray> columns;
    QList<FieldReader> fields;
    int timeColumn = -1;
    for (ReportField f : groupBy) {
        if (isCalendarField(f)) {
            if (timeColumn < 0) {
                timeColumn = int(columns.size());
                columns << "received_at";
            }
            fields.append({f, timeColumn});
        } else {
            fields.append({f, int(columns.size())});
            columns << textColumn(f);
        }
    }
    const int factsColumn = int(columns.size());
    columns << "facts";
    const bool perUnit = groupBy.contains(ReportField::Unit);
    const QTimeZone zone(settings.timeZone.toUtf8());
    if (!zone.isValid()) {
        *error = QStringLiteral("unknown time zone \"%1\"").arg(settings.timeZone);
        return std::nullopt;
    }
    const ZoneOffsets offsets(zone);
    QByteArray where = "TRUE";
    if (!period.from.isNull())
        where +=
            " AND received_at >= '" + period.from.startOfDay(zone).toUTC().toString(Qt::ISODateWithMs).toLatin1() + "'";
    if (!period.to.isNull())
        where += " AND received_at < '" +
                 period.to.addDays(1).startOfDay(zone).toUTC().toString(Qt::ISODateWithMs).toLatin1() + "'";

    std::vector<PartialMap> partials(static_cast<std::size_t>(m_connections));
    std::vector<qint64> rowCounts(static_cast<std::size_t>(m_connections), 0);
    std::vector<QString> errors(static_cast<std::size_t>(m_connections));
    auto shard = [&](int k) {
        try {
            PgConnection c(m_conninfo);
            QByteArray shardWhere = where;
            if (m_connections > 1)
                shardWhere += " AND id % " + QByteArray::number(m_connections) + " = " + QByteArray::number(k);
            const QByteArray sql = "COPY (SELECT " + columns.join(", ") + " FROM " +
                                   (perUnit ? "report_unit_responses" : "report_incidents") + " WHERE " + shardWhere +
                                   ") TO STDOUT (FORMAT binary)";
            ShardReader reader(fields, settings.shifts, offsets, factsColumn);
            PgBinaryCopyParser parser([&reader](const std::vector<PgBinaryField>& f) { reader.row(f); });
            pgCopyOut(c, sql, [&parser](const char* data, int length) { return parser.feed(data, length); });
            partials[std::size_t(k)] = std::move(reader.groups());
            rowCounts[std::size_t(k)] = reader.rows();
        } catch (const PgError& e) {
            errors[std::size_t(k)] = e.message();
        }
    };
    std::vector<std::thread> threads;
    for (int k = 1; k < m_connections; ++k)
        threads.emplace_back(shard, k);
    shard(0);
    for (std::thread& t : threads)
        t.join();
    for (const QString& e : errors) {
        if (!e.isEmpty()) {
            *error = e;
            return std::nullopt;
        }
    }

    // Merge the shards, then finish the groups (selection of the percentiles) in parallel too.
    PartialMap merged = std::move(partials[0]);
    for (std::size_t k = 1; k < partials.size(); ++k) {
        for (auto it = partials[k].begin(); it != partials[k].end(); ++it) {
            auto into = merged.find(it.key());
            if (into == merged.end()) {
                merged.insert(it.key(), std::move(it.value()));
                continue;
            }
            for (int i = 0; i < kResponseIntervalCount; ++i)
                into->intervals[std::size_t(i)].merge(std::move(it->intervals[std::size_t(i)]));
        }
    }
    ReportResult result;
    result.period = period;
    for (qint64 n : rowCounts)
        result.rows += n;
    std::vector<Partial*> groups;
    for (auto it = merged.begin(); it != merged.end(); ++it)
        groups.push_back(&it.value());
    result.groups.resize(qsizetype(groups.size()));
    std::array<QList<double>, kResponseIntervalCount> targets;
    for (ResponseInterval i : allResponseIntervals())
        targets[std::size_t(i)] = settings.targetsFor(i);
    auto finish = [&](std::size_t from, std::size_t step) {
        for (std::size_t g = from; g < groups.size(); g += step) {
            ReportGroup& out = result.groups[qsizetype(g)];
            out.values = groups[g]->values;
            out.sortKeys = groups[g]->sortKeys;
            for (int i = 0; i < kResponseIntervalCount; ++i)
                out.intervals[std::size_t(i)] =
                    groups[g]->intervals[std::size_t(i)].finish(targets[std::size_t(i)], histogram);
        }
    };
    threads.clear();
    for (int k = 1; k < m_connections; ++k)
        threads.emplace_back(finish, std::size_t(k), std::size_t(m_connections));
    finish(0, std::size_t(m_connections));
    for (std::thread& t : threads)
        t.join();
    std::sort(result.groups.begin(), result.groups.end(), [](const ReportGroup& a, const ReportGroup& b) {
        for (int i = 0; i < a.sortKeys.size(); ++i) {
            if (a.sortKeys.at(i).isNull() != b.sortKeys.at(i).isNull())
                return b.sortKeys.at(i).isNull();
            const int c = a.sortKeys.at(i).compare(b.sortKeys.at(i));
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    // A report without grouping has its one group even when the period is empty.
    if (groupBy.isEmpty() && result.groups.isEmpty()) {
        ReportGroup empty;
        for (int i = 0; i < kResponseIntervalCount; ++i)
            empty.intervals[std::size_t(i)] = IntervalAccumulator().finish(targets[std::size_t(i)], histogram);
        result.groups.append(empty);
    }
    return result;
}

bool ReportEngine::run(const ReportQuery& query, const ReportSettings& settings, const Clock& clock, Report* report,
                       QString* error) const
{
    Report r;
    r.query = query;
    r.settings = settings;
    r.generatedAt = clock.now();
    auto current = compute(query.period, query.groupBy, settings, error);
    if (!current)
        return false;
    r.current = std::move(*current);
    if (query.baseline) {
        auto baseline = compute(*query.baseline, query.groupBy, settings, error);
        if (!baseline)
            return false;
        r.baseline = std::move(*baseline);
    }
    *report = std::move(r);
    return true;
}

} // namespace centinela::core
