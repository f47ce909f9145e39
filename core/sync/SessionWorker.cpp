#include "SessionWorker.h"

namespace centinela::core {

SessionWorker::SessionWorker(const QString& conninfo)
    : m_sync(conninfo, this)
    , m_executor(conninfo)
{
}

void SessionWorker::start()
{
    m_sync.start();
}

void SessionWorker::stop()
{
    m_sync.stop();
    m_executor.disconnect();
}

void SessionWorker::execute(const Command& command)
{
    const CommandResult result = m_executor.execute(command);
    if (result.status == CommandResult::Status::Ok)
        m_sync.fetch(); // this desk sees its own change without waiting for the notification
    Q_EMIT commandFinished(command, result);
}

} // namespace centinela::core
