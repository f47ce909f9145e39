#include "HistoryImporter.h"

#include "CsvReader.h"
#include "analytics/ZoneOffsets.h"
#include "store/PgConnection.h"
#include "store/PgCopy.h"

#include <QFile>

#include <array>

namespace centinela::core {

namespace {

using Field = ImportMapping::Field;

constexpr qsizetype kChunkBytes = 1 << 20;

/// The lifecycle fields in the order the staging table has them.
constexpr std::array<Field, 6> kTimes = {Field::Received, Field::Acknowledged, Field::Dispatched,
                                         Field::EnRoute,  Field::OnScene,      Field::Cleared};

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

/// "(37.74, -122.45)" (latitude first, as SF and many portals write it) or "POINT (-122.45 37.74)".
bool parseLocation(QByteArrayView text, double* lon, double* lat)
{
    QByteArray s = QByteArray(text.data(), text.size()).trimmed();
    bool wkt = false;
    if (s.toUpper().startsWith("POINT")) {
        s = s.mid(5).trimmed();
        wkt = true;
    }
    if (!s.startsWith('(') || !s.endsWith(')'))
        return false;
    s = s.mid(1, s.size() - 2).trimmed();
    const QList<QByteArray> parts = wkt ? s.simplified().split(' ') : s.split(',');
    if (parts.size() != 2)
        return false;
    bool ok1 = false, ok2 = false;
    const double a = parts.at(0).trimmed().toDouble(&ok1);
    const double b = parts.at(1).trimmed().toDouble(&ok2);
    *lat = wkt ? b : a;
    *lon = wkt ? a : b;
    return ok1 && ok2 && *lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 180;
}

} // namespace

HistoryImporter::HistoryImporter(QString conninfo, ImportMapping mapping)
    : m_conninfo(std::move(conninfo))
    , m_mapping(std::move(mapping))
{
}

bool HistoryImporter::importFile(const QString& path, Summary* summary, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    return importDevice(&f, summary, error);
}

bool HistoryImporter::importDevice(QIODevice* device, Summary* summary, QString* error)
{
    Summary sum;
    CsvReader csv(device, m_mapping.delimiter());
    if (!csv.next()) {
        *error = csv.error().isEmpty() ? QStringLiteral("the file is empty") : csv.error();
        return false;
    }
    // Header: the mapping names columns, the file orders them.
    QHash<QByteArray, int> header;
    for (int i = 0; i < int(csv.fields().size()); ++i) {
        QByteArray name = trimmed(csv.fields()[std::size_t(i)]).toByteArray();
        if (i == 0 && name.startsWith("\xEF\xBB\xBF"))
            name.remove(0, 3); // a UTF-8 byte order mark
        header.insert(name, i);
    }
    const int headerSize = int(csv.fields().size());
    std::array<int, ImportMapping::kFieldCount> column;
    column.fill(-1);
    QStringList missing;
    for (int f = 0; f < ImportMapping::kFieldCount; ++f) {
        const QString name = m_mapping.column(Field(f));
        if (name.isEmpty())
            continue;
        const auto it = header.constFind(name.toUtf8());
        if (it == header.cend())
            missing << QStringLiteral("\"%1\" (%2)").arg(name, ImportMapping::fieldKey(Field(f)));
        else
            column[std::size_t(f)] = *it;
    }
    if (!missing.isEmpty()) {
        *error =
            QStringLiteral("the file has no column %1 named by the mapping").arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    const ZoneOffsets zone(QTimeZone(m_mapping.timeZone().toUtf8()));
    const TimestampFormat& format = m_mapping.timeFormat();
    std::array<QByteArray, ImportMapping::kFieldCount> constants;
    for (int f = 0; f < ImportMapping::kFieldCount; ++f)
        constants[std::size_t(f)] = m_mapping.constant(Field(f)).toUtf8();
    QHash<QByteArray, QByteArray> priorityCache;

    auto problem = [&](qint64 line, const QString& reason, bool rejected) {
        if (rejected)
            ++sum.rowsRejected;
        else
            ++sum.warnings;
        if (m_onProblem)
            m_onProblem({line, reason, rejected});
    };
    auto value = [&](Field f) -> QByteArrayView {
        const int c = column[std::size_t(f)];
        if (c >= 0)
            return trimmed(csv.fields()[std::size_t(c)]);
        return QByteArrayView(constants[std::size_t(f)]);
    };
    auto columnName = [&](Field f) { return m_mapping.column(f); };

    PgBinaryCopyWriter writer;
    bool readError = false;
    // Reads rows until a chunk is full; false once the file is done.
    auto produce = [&](QByteArray* chunk) -> bool {
        while (writer.size() < kChunkBytes) {
            if (!csv.next()) {
                readError = !csv.error().isEmpty();
                writer.finish();
                *chunk = writer.take();
                return false; // the last chunk
            }
            const auto& fields = csv.fields();
            if (fields.size() == 1 && fields[0].isEmpty())
                continue; // a blank line is no row
            ++sum.rowsRead;
            const qint64 line = csv.line();
            if (csv.unterminatedQuote()) {
                problem(line, QStringLiteral("a quoted field is never closed"), true);
                continue;
            }
            if (int(fields.size()) != headerSize) {
                problem(line, QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(headerSize),
                        true);
                continue;
            }
            const QByteArrayView incident = value(Field::Incident);
            if (incident.isEmpty()) {
                problem(line, QStringLiteral("no incident number in \"%1\"").arg(columnName(Field::Incident)), true);
                continue;
            }
            std::array<std::optional<qint64>, 6> times;
            QString bad;
            bool ambiguous = false;
            for (std::size_t t = 0; t < kTimes.size() && bad.isEmpty(); ++t) {
                const QByteArrayView text = value(kTimes[t]);
                if (text.isEmpty())
                    continue;
                const auto parsed = format.parse(text);
                if (!parsed) {
                    bad =
                        QStringLiteral("\"%1\" is not a time as %2: \"%3\"")
                            .arg(columnName(kTimes[t]), format.pattern(), QString::fromUtf8(text.data(), text.size()));
                    break;
                }
                if (parsed->hasOffset) {
                    times[t] = parsed->msecs;
                    continue;
                }
                // A wall time in the hour that repeats when clocks go back: the received time takes
                // the first reading, later stages the first reading not before it, so the record
                // keeps its order; a skipped wall time reads as PostgreSQL reads it.
                qint64 candidates[2];
                const int n = zone.toUtc(parsed->msecs, candidates);
                if (n == 1) {
                    times[t] = candidates[0];
                } else {
                    ambiguous = true;
                    if (n == 0)
                        times[t] = zone.toUtcLikePostgres(parsed->msecs);
                    else if (t == 0 || !times[0] || candidates[0] >= *times[0])
                        times[t] = candidates[0];
                    else
                        times[t] = candidates[1];
                }
            }
            if (!bad.isEmpty()) {
                problem(line, bad, true);
                continue;
            }
            if (!times[0]) {
                problem(line, QStringLiteral("no received time in \"%1\"").arg(columnName(Field::Received)), true);
                continue;
            }
            sum.ambiguousTimes += ambiguous;
            double lon = 0, lat = 0;
            bool located = false;
            if (column[std::size_t(Field::Location)] >= 0 && !value(Field::Location).isEmpty()) {
                located = parseLocation(value(Field::Location), &lon, &lat);
                if (!located)
                    problem(
                        line,
                        QStringLiteral("\"%1\" is not a location: \"%2\"; the row is kept without one")
                            .arg(columnName(Field::Location), QString::fromUtf8(value(Field::Location).toByteArray())),
                        false);
            } else if (!value(Field::Latitude).isEmpty() && !value(Field::Longitude).isEmpty()) {
                bool ok1 = false, ok2 = false;
                lat = value(Field::Latitude).toByteArray().toDouble(&ok1);
                lon = value(Field::Longitude).toByteArray().toDouble(&ok2);
                located = ok1 && ok2 && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
                if (!located)
                    problem(
                        line,
                        QStringLiteral("the latitude and longitude are not a location; the row is kept without one"),
                        false);
            }
            const QByteArrayView unit = value(Field::Unit);
            QByteArray rowKey = value(Field::Row).toByteArray();
            if (rowKey.isEmpty()) {
                // Without a row id a row is what it says: its unit and its times.
                rowKey = unit.toByteArray();
                for (Field f : kTimes)
                    rowKey += '|' + value(f).toByteArray();
            }
            QByteArrayView priority = value(Field::Priority);
            QByteArray mappedPriority;
            if (!priority.isEmpty()) {
                const QByteArray key = priority.toByteArray();
                auto it = priorityCache.find(key);
                if (it == priorityCache.end())
                    it = priorityCache.insert(key, m_mapping.mapPriority(QString::fromUtf8(key)).toUtf8());
                mappedPriority = *it;
                priority = mappedPriority;
            }

            writer.beginTuple(16);
            writer.addInt64(line);
            writer.addText(incident);
            writer.addText(rowKey);
            unit.isEmpty() ? writer.addNull() : writer.addText(unit);
            for (const auto& t : times)
                t ? writer.addTimestamp(*t) : writer.addNull();
            for (Field f : {Field::Type, Field::Priority, Field::Channel, Field::Sector}) {
                const QByteArrayView v = f == Field::Priority ? priority : value(f);
                v.isEmpty() ? writer.addNull() : writer.addText(v);
            }
            if (located) {
                writer.addFloat8(lon);
                writer.addFloat8(lat);
            } else {
                writer.addNull();
                writer.addNull();
            }
            ++sum.rowsImported;
        }
        *chunk = writer.take();
        return true;
    };

    try {
        PgConnection c(m_conninfo);
        c.execScript("BEGIN");
        c.exec("SELECT history_import_prepare()");
        pgCopyIn(c,
                 "COPY import_rows (line, incident_ref, row_key, unit, received_at, acknowledged_at, dispatched_at, "
                 "en_route_at, on_scene_at, cleared_at, type, priority, channel, sector, lon, lat) "
                 "FROM STDIN (FORMAT binary)",
                 produce);
        if (readError) {
            c.execScript("ROLLBACK");
            *error = QStringLiteral("reading the file failed: %1").arg(csv.error());
            return false;
        }
        if (sum.rowsImported > 0) {
            const PgRows r = c.exec("SELECT * FROM history_import_merge($1)", {m_mapping.sourceName().toUtf8()});
            sum.incidents = r.toLongLong(0, 0);
            sum.newIncidents = r.toLongLong(0, 1);
            sum.updatedIncidents = r.toLongLong(0, 2);
            sum.duplicateRows = r.toLongLong(0, 4);
        }
        c.execScript("COMMIT");
    } catch (const PgError& e) {
        *error = QStringLiteral("the database refused the import: %1").arg(e.message());
        return false;
    }
    *summary = sum;
    return true;
}

} // namespace centinela::core
