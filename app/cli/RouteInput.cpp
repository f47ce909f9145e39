#include "RouteInput.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <cstdio>

namespace centinela::cli {

namespace {

/// Splits one CSV line (RFC 4180 quoting, without embedded line breaks).
QStringList splitCsv(const QString& line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    out << field.trimmed();
    return out;
}

bool coordinate(const QString& text, double limit, double* out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok && std::isfinite(*out) && std::abs(*out) <= limit;
}

QByteArray number(double v)
{
    return std::isfinite(v) ? QByteArray::number(v, 'f', 3) : QByteArray("null"); // JSON has no nan or inf
}

} // namespace

bool readPointsCsv(const QString& path, QList<CsvPoint>* points, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    int idCol = -1, lonCol = -1, latCol = -1;
    int lineNo = 0;
    QSet<QString> seen;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        ++lineNo;
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = splitCsv(line);
        if (idCol < 0) {
            for (int i = 0; i < fields.size(); ++i) {
                const QString name = fields.at(i).toLower();
                if (name == QLatin1String("id"))
                    idCol = i;
                else if (name == QLatin1String("lon"))
                    lonCol = i;
                else if (name == QLatin1String("lat"))
                    latCol = i;
            }
            if (idCol < 0 || lonCol < 0 || latCol < 0) {
                *error = QStringLiteral("%1 line %2: the header must name the columns id, lon and lat (found: %3)")
                             .arg(path)
                             .arg(lineNo)
                             .arg(line);
                return false;
            }
            continue;
        }
        const int needed = std::max({idCol, lonCol, latCol}) + 1;
        if (fields.size() < needed) {
            *error = QStringLiteral("%1 line %2: expected %3 columns, found %4")
                         .arg(path)
                         .arg(lineNo)
                         .arg(needed)
                         .arg(fields.size());
            return false;
        }
        CsvPoint p;
        p.id = fields.at(idCol);
        if (p.id.isEmpty()) {
            *error = QStringLiteral("%1 line %2: empty id").arg(path).arg(lineNo);
            return false;
        }
        if (!coordinate(fields.at(lonCol), 180, &p.lon) || !coordinate(fields.at(latCol), 90, &p.lat)) {
            *error = QStringLiteral("%1 line %2: bad coordinates lon=%3 lat=%4 (need numbers, lon from -180 to 180, "
                                    "lat from -90 to 90)")
                         .arg(path)
                         .arg(lineNo)
                         .arg(fields.at(lonCol), fields.at(latCol));
            return false;
        }
        if (seen.contains(p.id)) {
            *error = QStringLiteral("%1 line %2: id %3 appears twice").arg(path).arg(lineNo).arg(p.id);
            return false;
        }
        seen.insert(p.id);
        points->append(p);
    }
    if (idCol < 0) {
        *error = QStringLiteral("%1 is empty (expected a header id,lon,lat)").arg(path);
        return false;
    }
    return true;
}

bool parseLonLat(const QString& text, double* lon, double* lat, QString* error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2 || !coordinate(parts.at(0).trimmed(), 180, lon) ||
        !coordinate(parts.at(1).trimmed(), 90, lat)) {
        *error = QStringLiteral("--at must be LON,LAT in degrees (lon from -180 to 180, lat from -90 to 90), not %1")
                     .arg(text);
        return false;
    }
    return true;
}

QByteArray jsonId(const QString& id)
{
    static const QRegularExpression integer(QStringLiteral("^-?(0|[1-9][0-9]{0,17})$"));
    if (integer.match(id).hasMatch())
        return id.toLatin1();
    QByteArray out = "\"";
    for (const QChar c : id) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\' + QByteArray(1, char(c.unicode()));
        else if (c.unicode() < 0x20)
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QByteArray recommendationJson(const core::Recommendation& r, const QList<CsvPoint>& units)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < r.units.size(); ++i) {
        const core::UnitRecommendation& u = r.units[i];
        if (i > 0)
            out += ", ";
        out += "{\"unit\": " + jsonId(units.at(int(u.unitId)).id) + ", \"cost\": " + number(u.cost) +
               ", \"eta_s\": " + number(u.etaS) + ", \"distance_m\": " + number(u.distanceM);
        if (!u.route.empty()) {
            out += ", \"route\": [";
            for (std::size_t p = 0; p < u.route.size(); ++p)
                out += (p ? ", [" : "[") + QByteArray::number(u.route[p].lon, 'f', 7) + ", " +
                       QByteArray::number(u.route[p].lat, 'f', 7) + ']';
            out += ']';
        }
        out += '}';
    }
    return out + ']';
}

bool routingOptions(const Args& args, core::RouteMetric* metric, std::optional<core::RoadProfile>* profile,
                    QString* error)
{
    const QString name = args.value(QStringLiteral("metric"), QStringLiteral("time"));
    if (name != QLatin1String("time") && name != QLatin1String("distance")) {
        *error = QStringLiteral("--metric must be time or distance");
        return false;
    }
    *metric = name == QLatin1String("time") ? core::RouteMetric::Time : core::RouteMetric::Distance;
    *profile = core::RoadProfile::fromName(args.value(QStringLiteral("profile"), QStringLiteral("car")), error);
    return profile->has_value();
}

void warn(const QString& message)
{
    std::fprintf(stderr, "centinela-cli: warning: %s\n", qUtf8Printable(message));
}

} // namespace centinela::cli
