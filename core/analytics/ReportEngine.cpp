#include "ReportEngine.h"

#include "FactGrouper.h"
#include "store/PgConnection.h"
#include "store/PgCopy.h"
#include "util/Clock.h"

#include <QtEndian>

#include <limits>
#include <thread>

namespace centinela::core {

namespace {

constexpr qint64 kPostgresEpochMs = Q_INT64_C(946684800000); // 2000-01-01 in Unix time

/// The column of the per-row views (and of history_packs) holding a text field.
QByteArray rowColumn(ReportField field)
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

QByteArray packColumn(ReportField field)
{
    switch (field) {
    case ReportField::Sector:
        return "sectors";
    case ReportField::Priority:
        return "priorities";
    case ReportField::Channel:
        return "channels";
    case ReportField::Type:
        return "types";
    default:
        return "source"; // one value for the whole pack
    }
}

/// Splits a pack's text column into its n values; false when the count does not match.
bool splitPacked(const PgBinaryField& f, int n, std::vector<QByteArrayView>* out)
{
    out->clear();
    const char* p = f.data;
    const char* end = f.data + std::max(f.length, 0);
    for (const char* start = p;; ++p) {
        if (p == end || *p == '\x1f') {
            const QByteArrayView token(start, p - start);
            out->push_back(token.size() == 1 && token[0] == '\x1e' ? QByteArrayView() : token);
            if (p == end)
                break;
            start = p + 1;
        }
    }
    return int(out->size()) == n;
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
    const QTimeZone zone(settings.timeZone.toUtf8());
    if (!zone.isValid()) {
        *error = QStringLiteral("unknown time zone \"%1\"").arg(settings.timeZone);
        return std::nullopt;
    }
    const ZoneOffsets offsets(zone);
    // The period as UTC bounds, both as SQL literals and as microseconds since 2000 for the packs.
    const qint64 fromUs = period.from.isNull()
                              ? std::numeric_limits<qint64>::min()
                              : (period.from.startOfDay(zone).toMSecsSinceEpoch() - kPostgresEpochMs) * 1000;
    const qint64 toUs = period.to.isNull()
                            ? std::numeric_limits<qint64>::max()
                            : (period.to.addDays(1).startOfDay(zone).toMSecsSinceEpoch() - kPostgresEpochMs) * 1000;
    QByteArray where = "TRUE", packWhere = "TRUE";
    if (!period.from.isNull()) {
        const QByteArray at = period.from.startOfDay(zone).toUTC().toString(Qt::ISODateWithMs).toLatin1();
        where += " AND received_at >= '" + at + "'";
        packWhere += " AND last_at >= '" + at + "'";
    }
    if (!period.to.isNull()) {
        const QByteArray at = period.to.addDays(1).startOfDay(zone).toUTC().toString(Qt::ISODateWithMs).toLatin1();
        where += " AND received_at < '" + at + "'";
        packWhere += " AND first_at < '" + at + "'";
    }

    // Per unit, every response is a row of report_unit_responses. Per incident, live incidents are
    // rows of report_live_incidents and imported history comes in day packs (history_packs).
    const bool perUnit = groupBy.contains(ReportField::Unit);
    QByteArray rowColumns = "received_at";
    QByteArray packColumns = "received, facts, n";
    QList<int> textRowColumn; // per grouping field, its column in the row stream (-1: calendar)
    for (ReportField f : groupBy) {
        if (isCalendarField(f)) {
            textRowColumn << -1;
            continue;
        }
        textRowColumn << int(rowColumns.count(',') + 1);
        rowColumns += ", " + rowColumn(f);
        packColumns += ", " + packColumn(f);
    }
    const int factsColumn = int(rowColumns.count(',') + 1);
    rowColumns += ", facts";
    const QByteArray rowSource = perUnit ? "report_unit_responses" : "report_live_incidents";

    std::vector<FactGrouper> grouper;
    for (int k = 0; k < m_connections; ++k)
        grouper.emplace_back(groupBy, settings.shifts, offsets);
    std::vector<QString> errors(static_cast<std::size_t>(m_connections));
    auto shard = [&](int k) {
        FactGrouper& g = grouper[std::size_t(k)];
        std::vector<QByteArrayView> values(std::size_t(groupBy.size()));
        try {
            PgConnection c(m_conninfo);
            const QByteArray n = QByteArray::number(m_connections), kk = QByteArray::number(k);
            const QByteArray shardRows = m_connections > 1 ? " AND id % " + n + " = " + kk : QByteArray();
            PgBinaryCopyParser rows([&](const std::vector<PgBinaryField>& f) {
                for (int i = 0; i < groupBy.size(); ++i) {
                    const int col = textRowColumn.at(i);
                    values[std::size_t(i)] = col < 0 || f[std::size_t(col)].isNull()
                                                 ? QByteArrayView()
                                                 : QByteArrayView(f[std::size_t(col)].data, f[std::size_t(col)].length);
                }
                const PgBinaryField& facts = f[std::size_t(factsColumn)];
                g.add(f[0].int64(), values.data(), facts.length >= 48 ? facts.data : nullptr);
            });
            pgCopyOut(c,
                      "COPY (SELECT " + rowColumns + " FROM " + rowSource + " WHERE " + where + shardRows +
                          ") TO STDOUT (FORMAT binary)",
                      [&rows](const char* data, int length) { return rows.feed(data, length); });
            if (perUnit)
                return;
            const QByteArray shardPacks =
                m_connections > 1 ? " AND (day - date '2000-01-01') % " + n + " = " + kk : QByteArray();
            std::vector<std::vector<QByteArrayView>> tokens(std::size_t(groupBy.size()));
            bool malformed = false;
            PgBinaryCopyParser packs([&](const std::vector<PgBinaryField>& f) {
                const int count = f[2].int32();
                if (f[0].length != 8 * count || f[1].length != 48 * count) {
                    malformed = true;
                    return;
                }
                int column = 3;
                for (int i = 0; i < groupBy.size(); ++i) {
                    if (textRowColumn.at(i) < 0)
                        continue;
                    const PgBinaryField& text = f[std::size_t(column++)];
                    if (groupBy.at(i) == ReportField::Source)
                        tokens[std::size_t(i)].assign(std::size_t(count), QByteArrayView(text.data, text.length));
                    else if (!splitPacked(text, count, &tokens[std::size_t(i)]))
                        malformed = true;
                }
                if (malformed)
                    return;
                for (int e = 0; e < count; ++e) {
                    const qint64 us = qFromBigEndian<qint64>(f[0].data + 8 * e);
                    if (us < fromUs || us >= toUs)
                        continue; // a pack at an end of the period
                    for (int i = 0; i < groupBy.size(); ++i)
                        if (textRowColumn.at(i) >= 0)
                            values[std::size_t(i)] = tokens[std::size_t(i)][std::size_t(e)];
                    g.add(us, values.data(), f[1].data + 48 * e);
                }
            });
            pgCopyOut(c,
                      "COPY (SELECT " + packColumns + " FROM history_packs WHERE " + packWhere + shardPacks +
                          ") TO STDOUT (FORMAT binary)",
                      [&packs](const char* data, int length) { return packs.feed(data, length); });
            if (malformed)
                errors[std::size_t(k)] = QStringLiteral("a history pack does not match its incidents");
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
    for (std::size_t k = 1; k < grouper.size(); ++k)
        grouper[0].merge(std::move(grouper[k]));
    ReportResult result;
    result.period = period;
    result.rows = grouper[0].rows();
    result.groups = grouper[0].finish(settings, histogram, m_connections);
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
