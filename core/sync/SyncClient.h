#pragma once

#include "domain/Entities.h"

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace centinela::core {

class PgConnection;

/// Keeps one listening connection to the station database and delivers, in order and exactly
/// once, every event and position change after its watermarks.
///
/// Loss-free order: LISTEN first, then the catch-up read; on every reconnect a new socket notifier
/// for the new connection and another catch-up. Lives in whatever thread it is moved to.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Online, Offline };
    Q_ENUM(State)

    explicit SyncClient(QString conninfo, QObject* parent = nullptr);
    ~SyncClient() override;

    /// Continue from these watermarks instead of loading a snapshot on the first connection.
    void resumeFrom(qint64 eventWatermark, qint64 positionWatermark);
    qint64 eventWatermark() const { return m_eventWatermark; }
    qint64 positionWatermark() const { return m_positionWatermark; }
    State state() const { return m_state; }
    /// Interval of the fallback poll (a missed notification costs at most this long).
    void setPollInterval(int ms);

public Q_SLOTS:
    void start();
    void stop();
    /// Reads everything new now.
    void fetch();

Q_SIGNALS:
    void snapshotLoaded(const centinela::core::Snapshot& snapshot);
    void eventsReceived(const QList<centinela::core::Event>& events);
    void positionsReceived(const QList<centinela::core::UnitPosition>& positions);
    void stateChanged(centinela::core::SyncClient::State state, const QString& message);

private:
    void connectNow();
    /// Reads events and positions after the watermarks (throws PgError).
    void fetchOnce();
    void onReadable();
    void lost(const QString& message);
    void setState(State state, const QString& message);

    QString m_conninfo;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer* m_reconnectTimer;
    QTimer* m_pollTimer;
    qint64 m_eventWatermark = 0;
    qint64 m_positionWatermark = 0;
    bool m_haveState = false;
    bool m_running = false;
    int m_backoffMs = 250;
    State m_state = State::Offline;
};

} // namespace centinela::core
