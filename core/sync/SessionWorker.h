#pragma once

#include "SyncClient.h"
#include "domain/Command.h"
#include "store/CommandExecutor.h"

#include <QObject>

namespace centinela::core {

/// The database side of a DeskSession, on its own thread: the sync client and the command
/// connection. The UI thread never waits on the network.
class SessionWorker : public QObject
{
    Q_OBJECT
public:
    explicit SessionWorker(const QString& conninfo);

    SyncClient& sync() { return m_sync; }

public Q_SLOTS:
    void start();
    void stop();
    void execute(const centinela::core::Command& command);

Q_SIGNALS:
    void commandFinished(const centinela::core::Command& command, const centinela::core::CommandResult& result);

private:
    SyncClient m_sync;
    CommandExecutor m_executor;
};

} // namespace centinela::core
