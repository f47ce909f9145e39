#pragma once

#include "SyncClient.h"
#include "domain/Command.h"
#include "domain/StationState.h"
#include "sync/Outbox.h"

#include <QObject>
#include <QThread>

namespace centinela::core {

class Clock;
class SessionWorker;

/// Everything a desk needs from the station database, GUI-free: the live state, kept current by a
/// SyncClient on a worker thread, and operator commands that go through the durable outbox, are
/// sent in order one at a time, and are replayed after a reconnect.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    DeskSession(QString conninfo, QString outboxPath, const Clock& clock, QObject* parent = nullptr);
    ~DeskSession() override;

    /// Loads the outbox and starts syncing. Returns false with `error` set when the outbox is
    /// unreadable (the desk must not run and silently lose what it holds).
    bool start(QString* error);
    void stop();

    StationState& state() { return m_state; }
    const StationState& state() const { return m_state; }
    const Outbox& outbox() const { return m_outbox; }
    const Clock& clock() const { return m_clock; }
    SyncClient::State connectionState() const { return m_connectionState; }
    QString connectionMessage() const { return m_connectionMessage; }
    /// The role this desk logs in as (from the conninfo).
    QString user() const { return m_user; }
    /// The station database, for views that open their own connections (reports).
    QString conninfo() const { return m_conninfo; }

    /// Stores the command in the outbox and sends it when the database is reachable. Returns
    /// false (with `error`) only when it could not even be stored locally.
    bool submit(const Command& command, QString* error);
    /// The operator has read a conflict.
    void dismissConflict(const QUuid& id);

Q_SIGNALS:
    void connectionStateChanged(centinela::core::SyncClient::State state, const QString& message);
    void commandFinished(const centinela::core::Command& command, const centinela::core::CommandResult& result);
    void outboxChanged();
    void storageError(const QString& message);

private:
    void onStateChanged(SyncClient::State state, const QString& message);
    void onCommandFinished(const Command& command, const CommandResult& result);
    void pump();

    const Clock& m_clock;
    QString m_user;
    QString m_conninfo;
    StationState m_state;
    Outbox m_outbox;
    QThread m_thread;
    SessionWorker* m_worker = nullptr;
    SyncClient::State m_connectionState = SyncClient::State::Connecting;
    QString m_connectionMessage;
    QUuid m_inFlight;
    bool m_storageBroken = false;
};

} // namespace centinela::core
