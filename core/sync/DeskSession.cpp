#include "DeskSession.h"

#include "SessionWorker.h"
#include "util/Clock.h"

#include <QMetaObject>
#include <QRegularExpression>
#include <QTimer>

namespace centinela::core {

namespace {
QString userFromConninfo(const QString& conninfo)
{
    static const QRegularExpression keyValue(QStringLiteral("(?:^|\\s)user\\s*=\\s*'?([^'\\s]+)"));
    static const QRegularExpression uri(QStringLiteral("^postgres(?:ql)?://([^:@/]+)[:@]"));
    if (const auto m = keyValue.match(conninfo); m.hasMatch())
        return m.captured(1);
    if (const auto m = uri.match(conninfo); m.hasMatch())
        return m.captured(1);
    return qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
}
} // namespace

DeskSession::DeskSession(QString conninfo, QString outboxPath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_user(userFromConninfo(conninfo))
    , m_conninfo(conninfo)
    , m_outbox(std::move(outboxPath))
    , m_worker(new SessionWorker(conninfo))
{
    m_thread.setObjectName(QStringLiteral("centinela-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    SyncClient* sync = &m_worker->sync();
    connect(sync, &SyncClient::snapshotLoaded, &m_state, &StationState::loadSnapshot);
    connect(sync, &SyncClient::eventsReceived, &m_state, &StationState::apply);
    connect(sync, &SyncClient::positionsReceived, &m_state, &StationState::applyPositions);
    connect(sync, &SyncClient::stateChanged, this, &DeskSession::onStateChanged);
    connect(m_worker, &SessionWorker::commandFinished, this, &DeskSession::onCommandFinished);
}

DeskSession::~DeskSession()
{
    stop();
}

bool DeskSession::start(QString* error)
{
    if (!m_outbox.load(error))
        return false;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SessionWorker::start, Qt::QueuedConnection);
    return true;
}

void DeskSession::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &SessionWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool DeskSession::submit(const Command& command, QString* error)
{
    if (!m_outbox.add(command, error)) {
        Q_EMIT storageError(*error);
        return false;
    }
    m_storageBroken = false; // the outbox takes writes again
    Q_EMIT outboxChanged();
    pump();
    return true;
}

void DeskSession::dismissConflict(const QUuid& id)
{
    QString error;
    if (!m_outbox.dismiss(id, &error))
        Q_EMIT storageError(error);
    Q_EMIT outboxChanged();
}

void DeskSession::pump()
{
    // One command in flight at a time keeps them in the order the operator gave them.
    if (!m_inFlight.isNull() || m_storageBroken || m_connectionState != SyncClient::State::Online ||
        m_outbox.pending().isEmpty())
        return;
    const Command next = m_outbox.pending().first();
    m_inFlight = next.id;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, next] { worker->execute(next); }, Qt::QueuedConnection);
}

void DeskSession::onCommandFinished(const Command& command, const CommandResult& result)
{
    if (command.id == m_inFlight)
        m_inFlight = QUuid();
    QString error;
    bool stored = true;
    switch (result.status) {
    case CommandResult::Status::Ok:
        stored = m_outbox.markDone(command.id, &error);
        break;
    case CommandResult::Status::Conflict:
    case CommandResult::Status::Rejected:
        stored = m_outbox.markConflict(command.id, result.message, &error);
        break;
    case CommandResult::Status::Unreachable:
        // Still pending; it goes again once the sync connection is back.
        break;
    }
    if (!stored) {
        // The outbox cannot record the answer (disk full?): stop sending until it can, rather than
        // sending the same command again and again.
        m_storageBroken = true;
        Q_EMIT storageError(error);
    }
    Q_EMIT outboxChanged();
    Q_EMIT commandFinished(command, result);
    if (result.status != CommandResult::Status::Unreachable)
        pump();
    else
        QTimer::singleShot(1000, this, &DeskSession::pump); // and an offline state stops it until online
}

void DeskSession::onStateChanged(SyncClient::State state, const QString& message)
{
    m_connectionState = state;
    m_connectionMessage = message;
    Q_EMIT connectionStateChanged(state, message);
    if (state == SyncClient::State::Online)
        pump();
}

} // namespace centinela::core
