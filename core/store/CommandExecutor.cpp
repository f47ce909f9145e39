#include "CommandExecutor.h"

#include "PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace centinela::core {

namespace {

QByteArray json(const QJsonValue& v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return "{}";
}

QByteArray integer(const QJsonObject& args, const char* key)
{
    return QByteArray::number(qint64(args.value(QLatin1String(key)).toDouble()));
}

QByteArray text(const QJsonObject& args, const char* key)
{
    return args.value(QLatin1String(key)).toString().toUtf8();
}

QByteArray bigintArray(const QJsonArray& ids)
{
    QByteArray out = "{";
    for (int i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(qint64(ids.at(i).toDouble()));
    }
    return out + '}';
}

} // namespace

CommandExecutor::CommandExecutor(QString conninfo)
    : m_conninfo(std::move(conninfo))
{
}

CommandExecutor::~CommandExecutor() = default;

void CommandExecutor::disconnect()
{
    m_connection.reset();
}

CommandResult CommandExecutor::execute(const Command& command)
{
    const QByteArray id = command.id.toString(QUuid::WithoutBraces).toUtf8();
    const QJsonObject& a = command.args;
    QByteArray sql;
    std::vector<std::optional<QByteArray>> params{id};
    const QString& k = command.kind;
    if (k == QLatin1String("create_alert")) {
        sql = "SELECT cmd_create_alert($1, $2::jsonb)";
        params.push_back(json(a.value(QLatin1String("alert"))));
    } else if (k == QLatin1String("acknowledge_alert")) {
        sql = "SELECT cmd_acknowledge_alert($1, $2)";
        params.push_back(integer(a, "alert_id"));
    } else if (k == QLatin1String("create_incident")) {
        sql = "SELECT cmd_create_incident($1, $2::jsonb, $3::bigint[])";
        params.push_back(json(a.value(QLatin1String("incident"))));
        params.push_back(bigintArray(a.value(QLatin1String("alert_ids")).toArray()));
    } else if (k == QLatin1String("assign_unit")) {
        // Commands queued before the ETA existed still take the four-argument form.
        const bool eta = a.contains(QLatin1String("eta_s"));
        sql = eta ? "SELECT cmd_assign_unit($1, $2, $3, $4, $5)" : "SELECT cmd_assign_unit($1, $2, $3, $4)";
        params.push_back(integer(a, "incident_id"));
        params.push_back(integer(a, "unit_id"));
        params.push_back(a.value(QLatin1String("reason")).toString().isEmpty()
                             ? std::nullopt
                             : std::optional<QByteArray>(text(a, "reason")));
        if (eta)
            params.push_back(integer(a, "eta_s"));
    } else if (k == QLatin1String("set_unit_status")) {
        sql = "SELECT cmd_set_unit_status($1, $2, $3)";
        params.push_back(integer(a, "unit_id"));
        params.push_back(text(a, "status"));
    } else if (k == QLatin1String("add_note")) {
        sql = "SELECT cmd_add_note($1, $2, $3)";
        params.push_back(integer(a, "incident_id"));
        params.push_back(text(a, "body"));
    } else if (k == QLatin1String("close_incident")) {
        sql = "SELECT cmd_close_incident($1, $2, $3)";
        params.push_back(integer(a, "incident_id"));
        params.push_back(text(a, "disposition"));
    } else if (k == QLatin1String("create_tip")) {
        sql = "SELECT cmd_create_tip($1, $2::jsonb, $3, $4)";
        params.push_back(json(a.value(QLatin1String("alert"))));
        params.push_back(text(a, "number"));
        params.push_back(text(a, "channel"));
    } else if (k == QLatin1String("create_citizen_alert")) {
        sql = "SELECT cmd_create_citizen_alert($1, $2::jsonb, $3, $4, $5)";
        params.push_back(json(a.value(QLatin1String("alert"))));
        params.push_back(text(a, "number"));
        params.push_back(text(a, "channel"));
        params.push_back(text(a, "ack"));
    } else if (k == QLatin1String("reply_tip")) {
        sql = "SELECT cmd_reply_tip($1, $2, $3)";
        params.push_back(text(a, "tip_id"));
        params.push_back(text(a, "body"));
    } else if (k == QLatin1String("upsert_unit")) {
        sql = "SELECT cmd_upsert_unit($1, $2::jsonb)";
        params.push_back(json(a.value(QLatin1String("unit"))));
    } else if (k == QLatin1String("unit_emergency")) {
        sql = "SELECT cmd_unit_emergency($1, $2, $3)";
        params.push_back(integer(a, "unit_id"));
        params.push_back(a.value(QLatin1String("on")).toBool() ? QByteArray("true") : QByteArray("false"));
    } else if (k == QLatin1String("welfare_check")) {
        sql = "SELECT cmd_welfare_check($1, $2, $3)";
        params.push_back(integer(a, "unit_id"));
        params.push_back(text(a, "note"));
    } else if (k == QLatin1String("update_incident")) {
        sql = "SELECT cmd_update_incident($1, $2, $3::jsonb)";
        params.push_back(integer(a, "incident_id"));
        params.push_back(json(a.value(QLatin1String("changes"))));
    } else if (k == QLatin1String("link_alerts")) {
        sql = "SELECT cmd_link_alerts($1, $2, $3::bigint[])";
        params.push_back(integer(a, "incident_id"));
        params.push_back(bigintArray(a.value(QLatin1String("alert_ids")).toArray()));
    } else if (k == QLatin1String("clear_bracelet_alert")) {
        sql = "SELECT cmd_clear_bracelet_alert($1, $2, $3)";
        params.push_back(integer(a, "alert_id"));
        params.push_back(text(a, "note"));
    } else if (k == QLatin1String("update_alert")) {
        sql = "SELECT cmd_update_alert($1, $2, $3::jsonb)";
        params.push_back(integer(a, "alert_id"));
        params.push_back(json(a.value(QLatin1String("changes"))));
    } else {
        return {CommandResult::Status::Rejected, QStringLiteral("unknown command kind '%1'").arg(k), {}, false};
    }

    try {
        if (!m_connection || !m_connection->isOpen())
            m_connection = std::make_unique<PgConnection>(m_conninfo);
        const PgRows rows = m_connection->exec(sql, params);
        const QJsonObject result = QJsonDocument::fromJson(rows.bytes(0, 0)).object();
        CommandResult out;
        out.data = result;
        out.replayed = result.value(QLatin1String("replayed")).toBool();
        out.message = result.value(QLatin1String("message")).toString();
        out.status =
            result.value(QLatin1String("ok")).toBool() ? CommandResult::Status::Ok : CommandResult::Status::Conflict;
        return out;
    } catch (const PgError& e) {
        if (e.isTransient()) {
            // Kept and sent again: a failover or a deadlock must not turn the outbox into conflicts.
            if (e.isConnectionLost() || e.sqlState() == "25006")
                m_connection.reset();
            return {CommandResult::Status::Unreachable, e.message(), {}, false};
        }
        // A transition refused by the database's own check is a conflict, like the function's.
        const auto status = e.sqlState() == "CN001" ? CommandResult::Status::Conflict : CommandResult::Status::Rejected;
        return {status, e.message(), {{QStringLiteral("sqlstate"), QString::fromLatin1(e.sqlState())}}, false};
    }
}

} // namespace centinela::core
