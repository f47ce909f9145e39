#pragma once

#include "domain/Command.h"

#include <QString>

#include <memory>

namespace centinela::core {

class PgConnection;

/// Runs commands against the station database through its command functions, one transaction
/// each. Owns its connection and reconnects on the next command after a loss.
class CommandExecutor
{
public:
    explicit CommandExecutor(QString conninfo);
    ~CommandExecutor();

    CommandResult execute(const Command& command);
    /// Drops the connection (the next command reconnects).
    void disconnect();

private:
    QString m_conninfo;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace centinela::core
