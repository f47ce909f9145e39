#pragma once

#include "ProtectedZone.h"
#include "ingest/InboundMessage.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QReadWriteLock>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace centinela::core {

class Clock;
class PgConnection;
class RoutingService;

/// Checks electronic-bracelet fixes against their protective orders as they arrive (in the
/// gateway's position path) and raises top-priority `bracelet` alerts:
///
/// * proximity: the offender comes within the order's warning distance of a protected zone. One
///   alert per episode: while it lasts, every fix moves the same alert (both positions, distance,
///   the nearest available unit to the zone by road). The episode ends only when an operator has
///   cleared the alert *and* the offender is farther than the warning distance plus a margin
///   (hysteresis); the next approach then raises a new alert.
/// * signal_loss: no fix for the station's `bracelets.signal_loss_s` (default 300 s); once per
///   silence.
/// * tamper: a fix carries the tamper flag; once until a fix without it.
///
/// Episodes are kept in the database (protection_orders), so a restart neither repeats nor forgets
/// an alert. Lives on its own thread; the tracks are written in batches.
class BraceletMonitor : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool known = false;    ///< the device is an active order's bracelet
        bool raised = false;   ///< a new alert was committed for this fix
        bool updated = false;  ///< an episode's alert was moved
        qint64 alertId = 0;    ///< the proximity alert of the current episode, if any
        double distanceM = -1; ///< to the nearest zone's edge
        QString error;         ///< the database failed: the fix should be sent again
    };

    /// `routing` may be null (nearest unit by straight line only).
    BraceletMonitor(QString conninfo, const Clock* clock, std::shared_ptr<RoutingService> routing = {},
                    QObject* parent = nullptr);
    ~BraceletMonitor() override;

    /// Loads active orders, their zones and episodes, and the station's settings. Call on the
    /// monitor's thread. False with `error` when the database fails (the last good set stays).
    bool reload(QString* error = nullptr);
    /// reload() when an order was created or changed since the last load (a cheap check).
    bool reloadIfChanged(QString* error = nullptr);
    /// Any thread: whether fixes from this device go to the monitor instead of the units.
    bool isBracelet(const QString& deviceId) const;
    /// Checks one fix now, on the calling (the monitor's) thread; the track row is queued.
    Outcome check(const PositionFix& fix);
    /// Any thread: check on the monitor's thread, then `done` there.
    void submit(const PositionFix& fix, std::function<void(const Outcome&)> done);
    /// Raises signal-loss alerts for bracelets silent too long. Returns how many were raised.
    int checkSignals();
    /// Writes the queued track rows.
    void flushTrack();
    /// Starts the monitor's timers (track flush, signal checks, reloads). Call on its thread.
    void start();
    int signalLossSeconds() const { return m_signalLossS; }

private:
    struct Order
    {
        int id = 0;
        QString number, device, offender, offenderDocument, protectedName;
        double warningM = 500;
        std::vector<ProtectedZone> zones;
        qint64 proximityAlert = 0, signalAlert = 0, tamperAlert = 0;
        QDateTime lastFix; ///< or when monitoring began
        GeoPoint lastPoint;
        bool hasPoint = false;
    };
    struct TrackRow
    {
        int order;
        PositionFix fix;
        double distanceM;
    };
    PgConnection& db();
    QJsonObject nearestUnit(const ProtectedZone& zone);
    QJsonObject proximityDetails(const Order& o, const ProtectedZone& zone, const PositionFix& fix, double distance);
    QString proximityBody(const Order& o, const ProtectedZone& zone, double distance, const QJsonObject& unit) const;
    qint64 raise(Order& o, const char* kind, const QString& body, const GeoPoint& at, const QJsonObject& details);
    void endEpisode(Order& o, const char* kind);

    QString m_conninfo;
    const Clock* m_clock;
    std::shared_ptr<RoutingService> m_routing;
    std::unique_ptr<PgConnection> m_db;
    QHash<QString, Order> m_orders; ///< by device id (the monitor's thread only)
    mutable QReadWriteLock m_devicesLock;
    QSet<QString> m_devices; ///< read from the gateway's threads
    QList<TrackRow> m_track;
    int m_signalLossS = 300;
    double m_hysteresisM = 50;
    QDateTime m_started;
    QString m_version; ///< count and latest change of the orders last loaded
    // Nearest-unit cache: units' positions change every few seconds, alerts rarely.
    qint64 m_unitsLoadedMs = 0;
    QSet<qint64> m_routedUnits;
    QHash<qint64, QPair<QString, GeoPoint>> m_availableUnits;
};

} // namespace centinela::core
