#include "PgConnection.h"

namespace centinela::core {

PgConnection::PgConnection(const QString& conninfo)
    : m_conninfo(conninfo)
{
    // Defaults first, then the caller's conninfo (expanded from "dbname"), which overrides them: a
    // pulled cable or a powered-off server is noticed in seconds, not after TCP's 15 minutes.
    const QByteArray info = conninfo.toUtf8();
    const char* keywords[] = {"connect_timeout",     "keepalives",       "keepalives_idle",
                              "keepalives_interval", "keepalives_count", "tcp_user_timeout",
                              "application_name",    "dbname",           nullptr};
    const char* values[] = {"10", "1", "10", "5", "3", "20000", "centinela", info.constData(), nullptr};
    m_conn.reset(PQconnectdbParams(keywords, values, 1));
    if (!m_conn || PQstatus(m_conn.get()) != CONNECTION_OK) {
        const QString message =
            m_conn ? QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed() : QStringLiteral("out of memory");
        m_conn.reset();
        throw PgError(message, {});
    }
    // Quiet NOTICEs (IF NOT EXISTS and friends) instead of printing them on stderr.
    PQsetNoticeProcessor(
        m_conn.get(), [](void*, const char*) {}, nullptr);
    // Times cross the wire in UTC; the station's zone applies only to display and reports.
    PgResultPtr tz(PQexec(m_conn.get(), "SET TimeZone = 'UTC'"));
}

PgRows PgConnection::check(PGresult* raw)
{
    PgResultPtr result(raw);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN)
        return PgRows(std::move(result));
    QByteArray state = result ? QByteArray(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE)) : QByteArray();
    QString message = result ? QString::fromUtf8(PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY))
                             : QString::fromUtf8(PQerrorMessage(m_conn.get()));
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed();
    if (PQstatus(m_conn.get()) != CONNECTION_OK)
        state.clear(); // the connection is gone, whatever the statement said
    throw PgError(message, state);
}

PgRows PgConnection::exec(const QByteArray& sql, const std::vector<std::optional<QByteArray>>& params)
{
    if (!m_conn)
        throw PgError(QStringLiteral("not connected"), {});
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->constData() : nullptr);
    return check(
        PQexecParams(m_conn.get(), sql.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
}

void PgConnection::execScript(const QByteArray& sql)
{
    if (!m_conn)
        throw PgError(QStringLiteral("not connected"), {});
    check(PQexec(m_conn.get(), sql.constData()));
}

QString PgConnection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn.get())) : QString();
}

QByteArray PgConnection::quoteIdentifier(const QString& identifier) const
{
    const QByteArray utf8 = identifier.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn.get(), utf8.constData(), size_t(utf8.size()));
    QByteArray out(quoted);
    PQfreemem(quoted);
    return out;
}

QByteArray PgConnection::quoteLiteral(const QString& literal) const
{
    const QByteArray utf8 = literal.toUtf8();
    char* quoted = PQescapeLiteral(m_conn.get(), utf8.constData(), size_t(utf8.size()));
    QByteArray out(quoted);
    PQfreemem(quoted);
    return out;
}

std::optional<QByteArray> pgParam(const QString& value)
{
    return value.toUtf8();
}

std::optional<QByteArray> pgParam(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace centinela::core
