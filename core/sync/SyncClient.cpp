#include "SyncClient.h"

#include "store/PgConnection.h"
#include "store/StationReader.h"

#include <QSocketNotifier>
#include <QTimer>

namespace centinela::core {

namespace {
constexpr int kMaxBackoffMs = 5000;
constexpr int kEventPage = 2000;
constexpr int kPositionPage = 5000;
} // namespace

SyncClient::SyncClient(QString conninfo, QObject* parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_reconnectTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SyncClient::connectNow);
    m_pollTimer->setInterval(2000);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncClient::fetch);
}

SyncClient::~SyncClient() = default;

void SyncClient::resumeFrom(qint64 eventWatermark, qint64 positionWatermark)
{
    m_eventWatermark = eventWatermark;
    m_positionWatermark = positionWatermark;
    m_haveState = true;
}

void SyncClient::setPollInterval(int ms)
{
    m_pollTimer->setInterval(ms);
}

void SyncClient::start()
{
    m_running = true;
    connectNow();
}

void SyncClient::stop()
{
    m_running = false;
    m_reconnectTimer->stop();
    m_pollTimer->stop();
    m_notifier.reset();
    m_connection.reset();
    setState(State::Offline, QString());
}

void SyncClient::setState(State state, const QString& message)
{
    if (state == m_state && message.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

void SyncClient::connectNow()
{
    if (!m_running)
        return;
    setState(State::Connecting, QString());
    try {
        m_connection = std::make_unique<PgConnection>(m_conninfo);
        // LISTEN before reading: a change committed between the two is then both read and
        // notified (harmless), never neither.
        m_connection->execScript("LISTEN centinela_events; LISTEN centinela_positions");
        if (!m_haveState) {
            const Snapshot snapshot = StationReader::loadSnapshot(*m_connection);
            m_eventWatermark = snapshot.eventWatermark;
            m_positionWatermark = snapshot.positionWatermark;
            m_haveState = true;
            Q_EMIT snapshotLoaded(snapshot);
        }
        m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_connection->raw()), QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &SyncClient::onReadable);
        m_backoffMs = 250;
        m_pollTimer->start();
        setState(State::Online, QString());
        fetch();
    } catch (const PgError& e) {
        lost(e.message());
    }
}

void SyncClient::lost(const QString& message)
{
    m_notifier.reset();
    m_connection.reset();
    m_pollTimer->stop();
    setState(State::Offline, message);
    if (m_running) {
        m_reconnectTimer->start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
    }
}

void SyncClient::onReadable()
{
    if (!m_connection)
        return;
    PGconn* conn = m_connection->raw();
    if (PQconsumeInput(conn) == 0) {
        lost(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        return;
    }
    bool any = false;
    while (PGnotify* n = PQnotifies(conn)) {
        any = true;
        PQfreemem(n);
    }
    if (any)
        fetch();
}

void SyncClient::fetch()
{
    if (!m_connection)
        return;
    try {
        fetchOnce();
        // Notifications that arrived while the queries ran were read by libpq with their results
        // and will not make the socket readable again: take them now, and read again if any came.
        bool again = false;
        while (PGnotify* n = PQnotifies(m_connection->raw())) {
            again = true;
            PQfreemem(n);
        }
        if (again)
            fetchOnce();
    } catch (const PgError& e) {
        if (e.isConnectionLost() || !m_connection->isOpen())
            lost(e.message());
        else
            setState(m_state, e.message());
    }
}

void SyncClient::fetchOnce()
{
    for (;;) {
        const QList<Event> events = StationReader::eventsAfter(*m_connection, m_eventWatermark, kEventPage);
        if (events.isEmpty())
            break;
        m_eventWatermark = events.last().id;
        Q_EMIT eventsReceived(events);
        if (events.size() < kEventPage)
            break;
    }
    for (;;) {
        const QList<UnitPosition> positions =
            StationReader::positionsAfter(*m_connection, m_positionWatermark, kPositionPage);
        if (positions.isEmpty())
            break;
        m_positionWatermark = positions.last().seq;
        Q_EMIT positionsReceived(positions);
        if (positions.size() < kPositionPage)
            break;
    }
}

} // namespace centinela::core
