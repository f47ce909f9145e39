#include "Entities.h"

namespace centinela::core {

QDateTime parseDbTime(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

namespace {

std::optional<GeoPoint> point(const QJsonObject& row)
{
    if (row.value(QLatin1String("lon")).isDouble() && row.value(QLatin1String("lat")).isDouble())
        return GeoPoint{row.value(QLatin1String("lon")).toDouble(), row.value(QLatin1String("lat")).toDouble()};
    return std::nullopt;
}

qint64 integer(const QJsonObject& row, const char* key)
{
    return qint64(row.value(QLatin1String(key)).toDouble());
}

QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

} // namespace

Unit Unit::fromJson(const QJsonObject& row)
{
    Unit u;
    u.id = integer(row, "id");
    u.callSign = str(row, "call_sign");
    u.kind = str(row, "kind");
    for (const QJsonValue& c : row.value(QLatin1String("capabilities")).toArray())
        u.capabilities << c.toString();
    u.status = unitStatusFromDb(str(row, "status")).value_or(UnitStatus::OffDuty);
    u.statusSince = parseDbTime(row.value(QLatin1String("status_since")));
    u.incidentId = integer(row, "incident_id");
    u.emergencySince = parseDbTime(row.value(QLatin1String("emergency_since")));
    u.lastContactAt = parseDbTime(row.value(QLatin1String("last_contact_at")));
    return u;
}

Alert Alert::fromJson(const QJsonObject& row)
{
    Alert a;
    a.id = integer(row, "id");
    a.channel = str(row, "channel");
    a.externalId = str(row, "external_id");
    a.reporterRef = str(row, "reporter_ref");
    a.body = str(row, "body");
    a.location = point(row);
    a.locationText = str(row, "location_text");
    a.type = str(row, "type");
    a.details = row.value(QLatin1String("details")).toObject();
    a.attachments = row.value(QLatin1String("attachments")).toArray();
    a.receivedAt = parseDbTime(row.value(QLatin1String("received_at")));
    a.priority = row.value(QLatin1String("priority")).toInt(3);
    a.state = alertStateFromDb(str(row, "state")).value_or(AlertState::New);
    a.acknowledgedAt = parseDbTime(row.value(QLatin1String("acknowledged_at")));
    a.acknowledgedBy = str(row, "acknowledged_by");
    a.incidentId = integer(row, "incident_id");
    return a;
}

Incident Incident::fromJson(const QJsonObject& row)
{
    Incident i;
    i.id = integer(row, "id");
    i.type = str(row, "type");
    i.priority = row.value(QLatin1String("priority")).toInt(3);
    i.state = incidentStateFromDb(str(row, "state")).value_or(IncidentState::Pending);
    i.location = point(row);
    i.address = str(row, "address");
    i.locationSource = str(row, "location_source");
    i.channel = str(row, "channel");
    i.receivedAt = parseDbTime(row.value(QLatin1String("received_at")));
    i.acknowledgedAt = parseDbTime(row.value(QLatin1String("acknowledged_at")));
    i.dispatchedAt = parseDbTime(row.value(QLatin1String("dispatched_at")));
    i.enRouteAt = parseDbTime(row.value(QLatin1String("en_route_at")));
    i.onSceneAt = parseDbTime(row.value(QLatin1String("on_scene_at")));
    i.clearedAt = parseDbTime(row.value(QLatin1String("cleared_at")));
    i.closedAt = parseDbTime(row.value(QLatin1String("closed_at")));
    i.disposition = str(row, "disposition");
    i.createdBy = str(row, "created_by");
    return i;
}

Assignment Assignment::fromJson(const QJsonObject& row)
{
    Assignment a;
    a.id = integer(row, "id");
    a.incidentId = integer(row, "incident_id");
    a.unitId = integer(row, "unit_id");
    a.assignedAt = parseDbTime(row.value(QLatin1String("assigned_at")));
    a.assignedBy = str(row, "assigned_by");
    a.reason = str(row, "reason");
    a.enRouteAt = parseDbTime(row.value(QLatin1String("en_route_at")));
    a.onSceneAt = parseDbTime(row.value(QLatin1String("on_scene_at")));
    a.clearedAt = parseDbTime(row.value(QLatin1String("cleared_at")));
    return a;
}

Note Note::fromJson(const QJsonObject& row)
{
    Note n;
    n.id = integer(row, "id");
    n.incidentId = integer(row, "incident_id");
    n.at = parseDbTime(row.value(QLatin1String("at")));
    n.author = str(row, "author");
    n.body = str(row, "body");
    return n;
}

} // namespace centinela::core
