#include "Command.h"

#include <QJsonArray>

namespace centinela::core {

namespace {
Command make(const QString& kind, const QJsonObject& args, const QDateTime& now)
{
    return Command{QUuid::createUuid(), kind, args, now};
}
} // namespace

QJsonObject Command::toJson() const
{
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("args"), args},
            {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)}};
}

Command Command::fromJson(const QJsonObject& json)
{
    return Command{QUuid::fromString(json.value(QLatin1String("id")).toString()),
                   json.value(QLatin1String("kind")).toString(), json.value(QLatin1String("args")).toObject(),
                   QDateTime::fromString(json.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs)};
}

Command Command::createAlert(const QJsonObject& alert, const QDateTime& now)
{
    return make(QStringLiteral("create_alert"), {{QStringLiteral("alert"), alert}}, now);
}

Command Command::acknowledgeAlert(qint64 alertId, const QDateTime& now)
{
    return make(QStringLiteral("acknowledge_alert"), {{QStringLiteral("alert_id"), alertId}}, now);
}

Command Command::createIncident(const QJsonObject& incident, const QList<qint64>& alertIds, const QDateTime& now)
{
    QJsonArray ids;
    for (qint64 id : alertIds)
        ids.append(id);
    return make(QStringLiteral("create_incident"),
                {{QStringLiteral("incident"), incident}, {QStringLiteral("alert_ids"), ids}}, now);
}

Command Command::assignUnit(qint64 incidentId, qint64 unitId, const QString& reason, const QDateTime& now, int etaS)
{
    QJsonObject args{{QStringLiteral("incident_id"), incidentId},
                     {QStringLiteral("unit_id"), unitId},
                     {QStringLiteral("reason"), reason}};
    if (etaS >= 0)
        args.insert(QStringLiteral("eta_s"), etaS);
    return make(QStringLiteral("assign_unit"), args, now);
}

Command Command::setUnitStatus(qint64 unitId, const QString& status, const QDateTime& now)
{
    return make(QStringLiteral("set_unit_status"),
                {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("status"), status}}, now);
}

Command Command::addNote(qint64 incidentId, const QString& body, const QDateTime& now)
{
    return make(QStringLiteral("add_note"),
                {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("body"), body}}, now);
}

Command Command::closeIncident(qint64 incidentId, const QString& disposition, const QDateTime& now)
{
    return make(QStringLiteral("close_incident"),
                {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("disposition"), disposition}}, now);
}

Command Command::unitEmergency(qint64 unitId, bool on, const QDateTime& now)
{
    return make(QStringLiteral("unit_emergency"), {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("on"), on}},
                now);
}

Command Command::welfareCheck(qint64 unitId, const QString& note, const QDateTime& now)
{
    return make(QStringLiteral("welfare_check"), {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("note"), note}},
                now);
}

Command Command::updateIncident(qint64 incidentId, const QJsonObject& changes, const QDateTime& now)
{
    return make(QStringLiteral("update_incident"),
                {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("changes"), changes}}, now);
}

Command Command::linkAlerts(qint64 incidentId, const QList<qint64>& alertIds, const QDateTime& now)
{
    QJsonArray ids;
    for (qint64 id : alertIds)
        ids.append(id);
    return make(QStringLiteral("link_alerts"),
                {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("alert_ids"), ids}}, now);
}

Command Command::clearBraceletAlert(qint64 alertId, const QString& note, const QDateTime& now)
{
    return make(QStringLiteral("clear_bracelet_alert"),
                {{QStringLiteral("alert_id"), alertId}, {QStringLiteral("note"), note}}, now);
}

Command Command::updateAlert(qint64 alertId, const QJsonObject& changes, const QDateTime& now)
{
    return make(QStringLiteral("update_alert"),
                {{QStringLiteral("alert_id"), alertId}, {QStringLiteral("changes"), changes}}, now);
}

Command Command::createCitizenAlert(const QJsonObject& alert, const QString& number, const QString& channel,
                                    const QString& ack, const QDateTime& now)
{
    return make(QStringLiteral("create_citizen_alert"),
                {{QStringLiteral("alert"), alert},
                 {QStringLiteral("number"), number},
                 {QStringLiteral("channel"), channel},
                 {QStringLiteral("ack"), ack}},
                now);
}

Command Command::createTip(const QJsonObject& alert, const QString& number, const QString& channel,
                           const QDateTime& now)
{
    return make(
        QStringLiteral("create_tip"),
        {{QStringLiteral("alert"), alert}, {QStringLiteral("number"), number}, {QStringLiteral("channel"), channel}},
        now);
}

Command Command::replyTip(const QString& tipId, const QString& body, const QDateTime& now)
{
    return make(QStringLiteral("reply_tip"), {{QStringLiteral("tip_id"), tipId}, {QStringLiteral("body"), body}}, now);
}

Command Command::upsertUnit(const QJsonObject& unit, const QDateTime& now)
{
    return make(QStringLiteral("upsert_unit"), {{QStringLiteral("unit"), unit}}, now);
}

} // namespace centinela::core
