#include "ImportMapping.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

// The shipped mappings live in a static library: reference the resource so the linker keeps it.
static void initMappingResources()
{
    Q_INIT_RESOURCE(mappings);
}

namespace centinela::core {

namespace {

const char* const kFieldKeys[ImportMapping::kFieldCount] = {
    "incident", "row",  "unit",     "received", "acknowledged", "dispatched", "en_route", "on_scene",
    "cleared",  "type", "priority", "channel",  "sector",       "location",   "latitude", "longitude"};

bool fieldFromKey(const QString& key, ImportMapping::Field* field)
{
    for (int i = 0; i < ImportMapping::kFieldCount; ++i) {
        if (key == QLatin1String(kFieldKeys[i])) {
            *field = ImportMapping::Field(i);
            return true;
        }
    }
    return false;
}

QString stripComment(const QString& line)
{
    // ';' or '#' starts a comment at the start of a line or after white space, so a value may hold
    // either character elsewhere.
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if ((c == QLatin1Char(';') || c == QLatin1Char('#')) && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    }
    return line;
}

} // namespace

QString ImportMapping::fieldKey(Field field)
{
    return QLatin1String(kFieldKeys[int(field)]);
}

QStringList ImportMapping::builtInNames()
{
    initMappingResources();
    QStringList names;
    for (const QString& f : QDir(QStringLiteral(":/centinela/mappings")).entryList({QStringLiteral("*.ini")}))
        names << f.chopped(4);
    return names;
}

bool ImportMapping::builtIn(const QString& name, ImportMapping* mapping, QString* error)
{
    initMappingResources();
    const QString path = QStringLiteral(":/centinela/mappings/") + name + QStringLiteral(".ini");
    if (!QFile::exists(path)) {
        *error =
            QStringLiteral("unknown format \"%1\" (known: %2)").arg(name, builtInNames().join(QStringLiteral(", ")));
        return false;
    }
    return load(path, mapping, error);
}

bool ImportMapping::load(const QString& path, ImportMapping* mapping, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the mapping %1: %2").arg(path, f.errorString());
        return false;
    }
    QString why;
    if (!parse(f.readAll(), mapping, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool ImportMapping::parse(const QByteArray& ini, ImportMapping* mapping, QString* error)
{
    ImportMapping m;
    QString section;
    QString timeFormat;
    int lineNo = 0;
    for (const QByteArray& raw : ini.split('\n')) {
        ++lineNo;
        const QString line = stripComment(QString::fromUtf8(raw)).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("line %1: expected key = value").arg(lineNo);
            return false;
        }
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        Field field;
        if (section == QLatin1String("source")) {
            if (key == QLatin1String("name")) {
                m.m_source = value;
            } else if (key == QLatin1String("delimiter")) {
                const QString d = value == QLatin1String("tab") ? QStringLiteral("\t") : value;
                if (d.size() != 1 || d.at(0).unicode() > 127) {
                    *error =
                        QStringLiteral("line %1: the delimiter must be one ASCII character or \"tab\"").arg(lineNo);
                    return false;
                }
                m.m_delimiter = char(d.at(0).unicode());
            } else if (key != QLatin1String("header") && key != QLatin1String("description")) {
                *error = QStringLiteral("line %1: unknown setting \"%2\" in [source]").arg(lineNo).arg(key);
                return false;
            }
        } else if (section == QLatin1String("time")) {
            if (key == QLatin1String("format"))
                timeFormat = value;
            else if (key == QLatin1String("zone"))
                m.m_zone = value;
            else {
                *error = QStringLiteral("line %1: unknown setting \"%2\" in [time]").arg(lineNo).arg(key);
                return false;
            }
        } else if (section == QLatin1String("columns") || section == QLatin1String("values")) {
            if (!fieldFromKey(key, &field)) {
                *error = QStringLiteral("line %1: unknown field \"%2\"").arg(lineNo).arg(key);
                return false;
            }
            if (section == QLatin1String("columns"))
                m.m_columns.insert(int(field), value);
            else
                m.m_constants.insert(int(field), value);
        } else if (section == QLatin1String("priority")) {
            m.m_priorities.insert(key, value);
        } else {
            *error = QStringLiteral("line %1: unknown section [%2]").arg(lineNo).arg(section);
            return false;
        }
    }
    if (m.m_source.isEmpty()) {
        *error = QStringLiteral("[source] name is missing: it identifies the history for later imports");
        return false;
    }
    if (m.column(Field::Incident).isEmpty() || m.column(Field::Received).isEmpty()) {
        *error = QStringLiteral("[columns] needs at least incident and received");
        return false;
    }
    if (timeFormat.isEmpty()) {
        *error = QStringLiteral("[time] format is missing");
        return false;
    }
    if (!TimestampFormat::compile(timeFormat, &m.m_format, error))
        return false;
    if (m.m_zone.isEmpty() || !QTimeZone(m.m_zone.toUtf8()).isValid()) {
        *error = m.m_zone.isEmpty() ? QStringLiteral("[time] zone is missing: export times are local to a zone")
                                    : QStringLiteral("[time] zone \"%1\" is not a known time zone").arg(m.m_zone);
        return false;
    }
    *mapping = m;
    return true;
}

} // namespace centinela::core
