#pragma once

#include "PgHandles.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <stdexcept>
#include <vector>

namespace centinela::core {

/// Error raised by a failed statement. `sqlState` is the five-character SQLSTATE ("" when the
/// connection itself failed, which callers treat as "database unreachable").
class PgError : public std::runtime_error
{
public:
    PgError(const QString& message, QByteArray sqlState)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_sqlState(std::move(sqlState))
    {
    }
    const QString& message() const { return m_message; }
    const QByteArray& sqlState() const { return m_sqlState; }
    /// True when the statement failed because the server could not be reached.
    bool isConnectionLost() const
    {
        return m_sqlState.isEmpty() || m_sqlState.startsWith("08") || m_sqlState == "57P01";
    }
    /// True when trying again later may succeed: connection loss, deadlock or serialization
    /// failure, lock or statement timeout, server shutting down or out of resources, a read-only
    /// standby after a failover.
    bool isTransient() const
    {
        return isConnectionLost() || m_sqlState.startsWith("40") || m_sqlState.startsWith("53") ||
               m_sqlState.startsWith("57") || m_sqlState.startsWith("58") || m_sqlState == "55P03" ||
               m_sqlState == "25006";
    }

private:
    QString m_message;
    QByteArray m_sqlState;
};

/// A statement's result rows, text format.
class PgRows
{
public:
    PgRows() = default;
    explicit PgRows(PgResultPtr result)
        : m_result(std::move(result))
    {
    }
    int size() const { return m_result ? PQntuples(m_result.get()) : 0; }
    bool isNull(int row, int col) const { return PQgetisnull(m_result.get(), row, col) != 0; }
    QString text(int row, int col) const { return QString::fromUtf8(PQgetvalue(m_result.get(), row, col)); }
    QByteArray bytes(int row, int col) const
    {
        return QByteArray(PQgetvalue(m_result.get(), row, col), PQgetlength(m_result.get(), row, col));
    }
    qint64 toLongLong(int row, int col) const { return QByteArray(PQgetvalue(m_result.get(), row, col)).toLongLong(); }
    int column(const char* name) const { return PQfnumber(m_result.get(), name); }

private:
    PgResultPtr m_result;
};

/// One libpq connection, used from one thread at a time.
class PgConnection
{
public:
    PgConnection() = default;
    /// Connects; throws PgError when the server cannot be reached.
    explicit PgConnection(const QString& conninfo);

    bool isOpen() const { return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK; }
    PGconn* raw() const { return m_conn.get(); }
    const QString& conninfo() const { return m_conninfo; }

    /// Runs one statement with text parameters (std::nullopt is SQL NULL). Throws PgError.
    PgRows exec(const QByteArray& sql, const std::vector<std::optional<QByteArray>>& params = {});
    /// Runs a script of several statements without parameters. Throws PgError.
    void execScript(const QByteArray& sql);
    /// The connected role (session_user).
    QString user() const;

    /// Quotes an identifier for SQL (roles and databases cannot be bound as parameters).
    QByteArray quoteIdentifier(const QString& identifier) const;
    QByteArray quoteLiteral(const QString& literal) const;

private:
    PgRows check(PGresult* result);

    PgConnPtr m_conn;
    QString m_conninfo;
};

/// Convenience to build a parameter list from mixed values.
std::optional<QByteArray> pgParam(const QString& value);
std::optional<QByteArray> pgParam(qint64 value);

} // namespace centinela::core
