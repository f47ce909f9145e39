#pragma once

#include "domain/Command.h"

#include <QList>
#include <QString>

namespace centinela::core {

/// A durable local queue of operator commands: every command is written here (and fsync'd)
/// before it is sent, so nothing an operator entered is lost to a dead database or a killed desk.
///
/// The file is an append-only journal of JSON lines ("add", "done", "conflict", "dismiss"). A torn
/// last line (power cut mid-write) is ignored; any other unreadable line stops loading with an error
/// and the file is kept untouched for inspection.
class Outbox
{
public:
    struct Entry
    {
        Command command;
        QString message; ///< for conflicts: why it could not be applied
    };

    explicit Outbox(QString path);

    /// Reads the journal. Returns false with `error` set when the file is unreadable.
    bool load(QString* error);
    const QString& path() const { return m_path; }

    /// Appends a command and returns once it is on disk. Returns false with `error` set.
    bool add(const Command& command, QString* error);
    /// The database applied it (or had already).
    bool markDone(const QUuid& id, QString* error);
    /// The database refused it; it stays listed until the operator dismisses it.
    bool markConflict(const QUuid& id, const QString& message, QString* error);
    /// The operator has seen a conflict.
    bool dismiss(const QUuid& id, QString* error);

    /// Commands still to send, oldest first.
    const QList<Command>& pending() const { return m_pending; }
    const QList<Entry>& conflicts() const { return m_conflicts; }

private:
    bool append(const QJsonObject& record, QString* error);
    void applyRecord(const QJsonObject& record);
    bool compact(QString* error);

    QString m_path;
    QList<Command> m_pending;
    QList<Entry> m_conflicts;
    int m_records = 0;
};

} // namespace centinela::core
