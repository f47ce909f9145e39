#pragma once

#include "TimestampFormat.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace centinela::core {

/// How the columns of a legacy CAD export map onto incident history: an INI file
///
///     [source]   name (the history's identity: importing it again updates, never doubles),
///                delimiter, header = true
///     [time]     format (see TimestampFormat), zone (IANA name, e.g. America/Los_Angeles)
///     [columns]  incident (required), received (required), row, unit, acknowledged, dispatched,
///                en_route, on_scene, cleared, type, priority, channel, sector, location ("(lat, lon)"
///                or "POINT (lon lat)"), latitude, longitude — each the export's column header
///     [values]   constants for fields the export lacks: type, priority, channel, sector
///     [priority] export value = Centinela priority (1 is the most urgent)
///
/// One row per unit per incident or one per incident: per incident, the received, acknowledged,
/// dispatched, en route and on scene times are the earliest over its rows and cleared the latest;
/// each row's own times are kept for per-unit figures.
class ImportMapping
{
public:
    enum class Field {
        Incident,
        Row,
        Unit,
        Received,
        Acknowledged,
        Dispatched,
        EnRoute,
        OnScene,
        Cleared,
        Type,
        Priority,
        Channel,
        Sector,
        Location,
        Latitude,
        Longitude
    };
    static constexpr int kFieldCount = 16;

    /// Parses mapping text. False with `error` naming the line or the missing setting.
    static bool parse(const QByteArray& ini, ImportMapping* mapping, QString* error);
    /// Reads a mapping file. False with `error`.
    static bool load(const QString& path, ImportMapping* mapping, QString* error);
    /// A mapping shipped with Centinela ("sf-fire-calls"). False with `error` listing the known ones.
    static bool builtIn(const QString& name, ImportMapping* mapping, QString* error);
    static QStringList builtInNames();

    /// The mapping key of a field ("en_route").
    static QString fieldKey(Field field);

    QString sourceName() const { return m_source; }
    char delimiter() const { return m_delimiter; }
    const TimestampFormat& timeFormat() const { return m_format; }
    QString timeZone() const { return m_zone; }
    /// The export's column for a field, or an empty string.
    QString column(Field field) const { return m_columns.value(int(field)); }
    /// A constant value for a field, or a null string.
    QString constant(Field field) const { return m_constants.value(int(field)); }
    /// The Centinela priority for an export priority (unchanged when not mapped).
    QString mapPriority(const QString& value) const { return m_priorities.value(value, value); }

private:
    QString m_source;
    char m_delimiter = ',';
    TimestampFormat m_format;
    QString m_zone;
    QHash<int, QString> m_columns;
    QHash<int, QString> m_constants;
    QHash<QString, QString> m_priorities;
};

} // namespace centinela::core
