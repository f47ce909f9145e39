#pragma once

#include "domain/Command.h"
#include "domain/Entities.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace centinela::core {

class CommandExecutor;
class PositionWriter;
class PgConnection;

/// The gateway's database side, on its own thread so request handlers never wait on the network:
/// alerts are committed one command each; fixes are gathered and written in one COPY batch at
/// least every `flushMs`. Every callback runs after the commit (or the failure) on this thread.
class IngestWriter : public QObject
{
    Q_OBJECT
public:
    struct AlertResult
    {
        bool ok = false;
        bool duplicate = false;
        bool permanent = false; ///< refused for good (invalid values): retrying cannot help
        qint64 alertId = 0;
        QString error;
    };
    using AlertDone = std::function<void(const AlertResult&)>;
    /// ok == false: the batch could not be written (the database is unreachable).
    using FixDone = std::function<void(bool ok)>;

    IngestWriter(const QString& conninfo, int flushMs);
    ~IngestWriter() override;

    /// Thread-safe: queue an alert (cmd_create_alert arguments).
    void submitAlert(const QJsonObject& alert, AlertDone done);
    /// Thread-safe: queue a tip (an alert on the tipline plus the sender's encrypted reply address).
    void submitTip(const QJsonObject& alert, const QString& number, const QString& channel, AlertDone done);
    /// Thread-safe: queue a citizen's alert with the sender's (encrypted) reply address and `ack`.
    void submitCitizenAlert(const QJsonObject& alert, const QString& number, const QString& channel, const QString& ack,
                            AlertDone done);
    /// Thread-safe: a member broke a rule the gateway enforces (a chain message): one strike.
    void submitStrike(const QString& numberHash, const QString& rule, const QString& note);
    /// Thread-safe: a field record check texted by `number`; the database answers only approved
    /// officers' numbers (through the outbound messages). `done(ok)` after the commit.
    void submitFieldCheck(const QString& number, const QString& query, const QString& channel,
                          std::function<void(bool ok, bool answered)> done);
    /// Thread-safe: a vetted-network command texted by `number` ("INVITAR …", "AVALAR …"); the
    /// database acts and replies only for approved members. `done(ok, answered)` after the commit.
    void submitNetworkMessage(const QString& number, const QString& text, const QString& channel,
                              std::function<void(bool ok, bool answered)> done);
    /// Thread-safe: queue a fix. `retryOnFailure` keeps it queued (bounded) when the database is
    /// down, for sources that cannot be asked to resend (NMEA over TCP).
    void submitFix(const UnitPosition& fix, bool retryOnFailure, FixDone done);
    int queuedFixes() const { return m_queued.load(); }
    /// Writes what is queued now (call on the writer's thread, e.g. before shutting down).
    void flush();

private:
    /// Runs `sql` (text parameters) on the writer's thread; `done(ok, answered)` where answered is a
    /// non-NULL first value. `what` names it in the log.
    void submitAnswered(const QByteArray& sql, const QList<QString>& args, const char* what,
                        std::function<void(bool ok, bool answered)> done);
    void run(const Command& command, const AlertDone& done);

    struct Pending
    {
        UnitPosition fix;
        bool retry;
        FixDone done;
    };
    QString m_conninfo;
    int m_flushMs;
    std::unique_ptr<CommandExecutor> m_commands;
    std::unique_ptr<PositionWriter> m_positions;
    std::unique_ptr<PgConnection> m_db; ///< small statements (strikes)
    QList<Pending> m_pending;
    QTimer* m_timer;
    std::atomic<int> m_queued{0};
};

} // namespace centinela::core
