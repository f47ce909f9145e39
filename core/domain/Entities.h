#pragma once

#include "Status.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace centinela::core {

struct GeoPoint
{
    double lon = 0;
    double lat = 0;
};

/// A unit's last known fix.
struct UnitPosition
{
    qint64 unitId = 0;
    GeoPoint point;
    double heading = 0; ///< degrees clockwise from north
    double speed = 0;   ///< m/s
    QDateTime fixTime;
    qint64 seq = 0; ///< position watermark: increases with every committed batch
};

struct Unit
{
    qint64 id = 0;
    QString callSign;
    QString kind;
    QStringList capabilities;
    UnitStatus status = UnitStatus::OffDuty;
    QDateTime statusSince;
    qint64 incidentId = 0;
    std::optional<UnitPosition> position;
    QDateTime emergencySince; ///< an officer emergency is on while valid
    QDateTime lastContactAt;  ///< last status change or welfare check

    bool hasEmergency() const { return emergencySince.isValid(); }
    /// Whether the unit has `token` as its kind or among its capabilities.
    bool provides(const QString& token) const { return kind == token || capabilities.contains(token); }

    static Unit fromJson(const QJsonObject& row);
};

struct Alert
{
    qint64 id = 0;
    QString channel;
    QString externalId;
    QString reporterRef;
    QString body;
    std::optional<GeoPoint> location;
    QString locationText;
    QString type;
    QJsonArray attachments;
    QJsonObject details; ///< channel-specific facts (a bracelet alert's order_id, kind, positions)
    QDateTime receivedAt;
    int priority = 3;
    AlertState state = AlertState::New;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    qint64 incidentId = 0;

    bool isOpen() const { return state == AlertState::New || state == AlertState::Acknowledged; }
    static Alert fromJson(const QJsonObject& row);
};

struct Incident
{
    qint64 id = 0;
    QString type;
    int priority = 3;
    IncidentState state = IncidentState::Pending;
    std::optional<GeoPoint> location;
    QString address;
    QString locationSource;
    QString channel;
    QDateTime receivedAt;
    QDateTime acknowledgedAt;
    QDateTime dispatchedAt;
    QDateTime enRouteAt;
    QDateTime onSceneAt;
    QDateTime clearedAt;
    QDateTime closedAt;
    QString disposition;
    QString createdBy;

    static Incident fromJson(const QJsonObject& row);
};

struct Assignment
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 unitId = 0;
    QDateTime assignedAt;
    QString assignedBy;
    QString reason;
    QDateTime enRouteAt;
    QDateTime onSceneAt;
    QDateTime clearedAt;

    bool isLive() const { return !clearedAt.isValid(); }
    static Assignment fromJson(const QJsonObject& row);
};

struct Note
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime at;
    QString author;
    QString body;

    static Note fromJson(const QJsonObject& row);
};

/// One row of the event log: the entity's new state travels in `payload`.
struct Event
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString kind;
    QString entityType;
    qint64 entityId = 0;
    QJsonObject payload;
};

/// The station's live state at one event id, as a desk loads it on start.
struct Snapshot
{
    QList<Unit> units;
    QList<Alert> alerts;
    QList<Incident> incidents;
    QList<Assignment> assignments;
    QList<Note> notes;
    qint64 eventWatermark = 0;
    qint64 positionWatermark = 0;
};

/// Parses PostgreSQL's JSON rendering of a timestamptz ("2026-11-23T17:00:00.123+00:00").
QDateTime parseDbTime(const QJsonValue& value);

} // namespace centinela::core
