#include "OsmAndParser.h"

#include "FormData.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace centinela::core {

namespace {

constexpr double kKnotsToMps = 0.514444;

bool parseTime(const QString& text, const QDateTime& fallback, QDateTime* out)
{
    if (text.isEmpty()) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok) {
        // Traccar: values below 2^31 are seconds, larger ones milliseconds.
        *out = n < (qint64(1) << 31) ? QDateTime::fromSecsSinceEpoch(n, Qt::UTC)
                                     : QDateTime::fromMSecsSinceEpoch(n, Qt::UTC);
        return n > 0;
    }
    if (text.contains(QLatin1Char('T'))) {
        *out = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        return out->isValid();
    }
    QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    local.setTimeSpec(Qt::UTC); // the station server runs on UTC; phones sending this form are rare
    *out = local;
    return local.isValid();
}

} // namespace

OsmAndParser::Error OsmAndParser::parseQuery(const QByteArray& query, const QDateTime& receivedAt, PositionFix* fix,
                                             QString* error)
{
    const FormFields f = parseForm(query.startsWith('?') ? query.mid(1) : query);
    fix->deviceId = formValue(f, QStringLiteral("id"), formValue(f, QStringLiteral("deviceid"))).trimmed();
    if (fix->deviceId.isEmpty()) {
        *error = QStringLiteral("no device id (id or deviceid)");
        return Error::MissingId;
    }
    QString lat = formValue(f, QStringLiteral("lat")), lon = formValue(f, QStringLiteral("lon"));
    const QString location = formValue(f, QStringLiteral("location"));
    if ((lat.isEmpty() || lon.isEmpty()) && location.contains(QLatin1Char(','))) {
        lat = location.section(QLatin1Char(','), 0, 0);
        lon = location.section(QLatin1Char(','), 1, 1);
    }
    if (lat.isEmpty() && lon.isEmpty()) {
        *error = QStringLiteral("no coordinates (cell/Wi-Fi positioning is not supported)");
        return Error::NoPosition;
    }
    bool okLat = false, okLon = false;
    fix->point = {lon.toDouble(&okLon), lat.toDouble(&okLat)};
    if (!okLat || !okLon || !isPlausibleCoordinate(fix->point.lat, fix->point.lon)) {
        *error = QStringLiteral("impossible coordinate lat=%1 lon=%2").arg(lat, lon);
        return Error::BadCoordinate;
    }
    if (!parseTime(formValue(f, QStringLiteral("timestamp")), receivedAt, &fix->time)) {
        *error = QStringLiteral("unreadable timestamp");
        return Error::BadTime;
    }
    fix->speedMps = formValue(f, QStringLiteral("speed")).toDouble() * kKnotsToMps;
    fix->heading = formValue(f, QStringLiteral("bearing"), formValue(f, QStringLiteral("heading"))).toDouble();
    fix->accuracyM = formValue(f, QStringLiteral("accuracy"), QStringLiteral("-1")).toDouble();
    const QString tamper = formValue(f, QStringLiteral("tamper"), formValue(f, QStringLiteral("alarm")));
    fix->tamper =
        tamper == QLatin1String("true") || tamper == QLatin1String("1") || tamper == QLatin1String("tampering");
    if (!std::isfinite(fix->speedMps) || fix->speedMps < 0)
        fix->speedMps = 0;
    return Error::None;
}

OsmAndParser::Error OsmAndParser::parseJson(const QByteArray& body, const QDateTime& receivedAt, PositionFix* fix,
                                            QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not JSON: %1").arg(parseError.errorString());
        return Error::Malformed;
    }
    const QJsonObject root = doc.object();
    const QJsonValue id = root.value(QLatin1String("device_id"));
    fix->deviceId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString().trimmed();
    if (fix->deviceId.isEmpty()) {
        *error = QStringLiteral("no device_id");
        return Error::MissingId;
    }
    const QJsonObject location = root.value(QLatin1String("location")).toObject();
    const QJsonObject coords = location.value(QLatin1String("coords")).toObject();
    const QJsonValue lat = coords.value(QLatin1String("latitude")), lon = coords.value(QLatin1String("longitude"));
    if (!lat.isDouble() || !lon.isDouble()) {
        *error = QStringLiteral("no coordinates");
        return Error::NoPosition;
    }
    fix->point = {lon.toDouble(), lat.toDouble()};
    if (!isPlausibleCoordinate(fix->point.lat, fix->point.lon)) {
        *error = QStringLiteral("impossible coordinate");
        return Error::BadCoordinate;
    }
    if (!parseTime(location.value(QLatin1String("timestamp")).toString(), receivedAt, &fix->time)) {
        *error = QStringLiteral("unreadable timestamp");
        return Error::BadTime;
    }
    fix->speedMps = std::max(0.0, coords.value(QLatin1String("speed")).toDouble(0)); // m/s, -1 = unknown
    fix->heading = std::max(0.0, coords.value(QLatin1String("heading")).toDouble(0));
    fix->accuracyM = coords.value(QLatin1String("accuracy")).toDouble(-1);
    fix->tamper = location.value(QLatin1String("alarm")).toString() == QLatin1String("tampering");
    return Error::None;
}

} // namespace centinela::core
