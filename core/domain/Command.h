#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace centinela::core {

/// An operator action with a client-generated id: executing the same id twice changes nothing.
struct Command
{
    QUuid id;
    QString kind;
    QJsonObject args;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Command fromJson(const QJsonObject& json);

    static Command createAlert(const QJsonObject& alert, const QDateTime& now);
    static Command acknowledgeAlert(qint64 alertId, const QDateTime& now);
    static Command createIncident(const QJsonObject& incident, const QList<qint64>& alertIds, const QDateTime& now);
    /// Assigns a unit; `etaS` (seconds, the desk's estimate; negative when unknown) is stored with the
    /// assignment and tells the citizens whose alerts are linked about when the unit arrives.
    static Command assignUnit(qint64 incidentId, qint64 unitId, const QString& reason, const QDateTime& now,
                              int etaS = -1);
    static Command setUnitStatus(qint64 unitId, const QString& status, const QDateTime& now);
    static Command addNote(qint64 incidentId, const QString& body, const QDateTime& now);
    static Command closeIncident(qint64 incidentId, const QString& disposition, const QDateTime& now);
    static Command upsertUnit(const QJsonObject& unit, const QDateTime& now);
    /// Declares (`on`) or clears an officer emergency on a unit.
    static Command unitEmergency(qint64 unitId, bool on, const QDateTime& now);
    /// The desk reached the unit (resets its welfare timer; a note on its incident).
    static Command welfareCheck(qint64 unitId, const QString& note, const QDateTime& now);
    /// Type, priority and/or location (lon, lat, location_source, address) of an open incident.
    static Command updateIncident(qint64 incidentId, const QJsonObject& changes, const QDateTime& now);
    /// Links more alerts (duplicates) into an open incident.
    static Command linkAlerts(qint64 incidentId, const QList<qint64>& alertIds, const QDateTime& now);
    /// An operator clears a bracelet alarm (with a note); the order's episode can then end.
    static Command clearBraceletAlert(qint64 alertId, const QString& note, const QDateTime& now);
    /// Type and/or priority of an open alert.
    static Command updateAlert(qint64 alertId, const QJsonObject& changes, const QDateTime& now);
    /// Gateway only: a message to the tipline becomes an alert and a tip (the number is encrypted
    /// by the database and never stored in the clear).
    static Command createTip(const QJsonObject& alert, const QString& number, const QString& channel,
                             const QDateTime& now);
    /// Gateway only: a citizen's message (not a tip) becomes an alert; the number is kept encrypted
    /// as the reply address and `ack` (when not empty) goes back to the sender.
    static Command createCitizenAlert(const QJsonObject& alert, const QString& number, const QString& channel,
                                      const QString& ack, const QDateTime& now);
    static Command replyTip(const QString& tipId, const QString& body, const QDateTime& now);
};

/// What the database said of a command.
struct CommandResult
{
    enum class Status {
        Ok,          ///< applied (or an earlier send was applied: `replayed`)
        Conflict,    ///< a precondition no longer holds; `message` says why, `data` may name the winner
        Rejected,    ///< the database refused it (permissions, invalid values); retrying will not help
        Unreachable, ///< the database could not be reached; the command stays in the outbox
    };
    Status status = Status::Unreachable;
    QString message;
    QJsonObject data;
    bool replayed = false;

    bool isFinal() const { return status != Status::Unreachable; }
};

} // namespace centinela::core
