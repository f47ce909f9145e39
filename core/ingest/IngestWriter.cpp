#include "IngestWriter.h"

#include "domain/Command.h"
#include "store/CommandExecutor.h"
#include "store/PgConnection.h"
#include "store/PositionWriter.h"

#include <QMetaObject>
#include <QTimer>

namespace centinela::core {

namespace {
constexpr int kMaxBatch = 2000;
constexpr int kMaxRetained = 200000; // fixes held for retry while the database is down
} // namespace

IngestWriter::IngestWriter(const QString& conninfo, int flushMs)
    : m_conninfo(conninfo)
    , m_flushMs(flushMs)
    , m_commands(std::make_unique<CommandExecutor>(conninfo))
    , m_positions(std::make_unique<PositionWriter>(conninfo))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IngestWriter::flush);
}

IngestWriter::~IngestWriter() = default;

void IngestWriter::run(const Command& command, const AlertDone& done)
{
    const CommandResult r = m_commands->execute(command);
    AlertResult out;
    out.ok = r.status == CommandResult::Status::Ok;
    out.duplicate = r.data.value(QLatin1String("duplicate")).toBool();
    out.permanent = r.status == CommandResult::Status::Rejected || r.status == CommandResult::Status::Conflict;
    out.alertId = qint64(r.data.value(QLatin1String("alert_id")).toDouble());
    out.error = r.message;
    done(out);
}

void IngestWriter::submitAlert(const QJsonObject& alert, AlertDone done)
{
    QMetaObject::invokeMethod(this, [this, alert, done = std::move(done)] {
        run(Command::createAlert(alert, QDateTime::currentDateTimeUtc()), done);
    });
}

void IngestWriter::submitTip(const QJsonObject& alert, const QString& number, const QString& channel, AlertDone done)
{
    QMetaObject::invokeMethod(this, [this, alert, number, channel, done = std::move(done)] {
        run(Command::createTip(alert, number, channel, QDateTime::currentDateTimeUtc()), done);
    });
}

void IngestWriter::submitCitizenAlert(const QJsonObject& alert, const QString& number, const QString& channel,
                                      const QString& ack, AlertDone done)
{
    QMetaObject::invokeMethod(this, [this, alert, number, channel, ack, done = std::move(done)] {
        run(Command::createCitizenAlert(alert, number, channel, ack, QDateTime::currentDateTimeUtc()), done);
    });
}

void IngestWriter::submitStrike(const QString& numberHash, const QString& rule, const QString& note)
{
    QMetaObject::invokeMethod(this, [this, numberHash, rule, note] {
        try {
            if (!m_db || !m_db->isOpen())
                m_db = std::make_unique<PgConnection>(m_conninfo);
            m_db->exec("SELECT reporter_auto_strike($1, $2, $3)", {numberHash.toUtf8(), rule.toUtf8(), note.toUtf8()});
        } catch (const PgError& e) {
            qWarning("centinela-gateway: strike not recorded: %s", qUtf8Printable(e.message()));
            m_db.reset();
        }
    });
}

void IngestWriter::submitAnswered(const QByteArray& sql, const QList<QString>& args, const char* what,
                                  std::function<void(bool, bool)> done)
{
    QMetaObject::invokeMethod(this, [this, sql, args, what, done = std::move(done)] {
        try {
            if (!m_db || !m_db->isOpen())
                m_db = std::make_unique<PgConnection>(m_conninfo);
            std::vector<std::optional<QByteArray>> params;
            for (const QString& a : args)
                params.push_back(a.toUtf8());
            // The database answers (a reply queued) or returns NULL for numbers it does not serve.
            const PgRows r = m_db->exec(sql, params);
            done(true, !r.isNull(0, 0));
        } catch (const PgError& e) {
            qWarning("centinela-gateway: %s not answered: %s", what, qUtf8Printable(e.message()));
            m_db.reset();
            done(false, false);
        }
    });
}

void IngestWriter::submitFieldCheck(const QString& number, const QString& query, const QString& channel,
                                    std::function<void(bool, bool)> done)
{
    submitAnswered("SELECT records_field_check($1, $2, $3)", {number, query, channel}, "field check", std::move(done));
}

void IngestWriter::submitNetworkMessage(const QString& number, const QString& text, const QString& channel,
                                        std::function<void(bool, bool)> done)
{
    submitAnswered("SELECT reporter_message($1, $2, $3)", {number, text, channel}, "network message", std::move(done));
}

void IngestWriter::submitFix(const UnitPosition& fix, bool retryOnFailure, FixDone done)
{
    ++m_queued;
    QMetaObject::invokeMethod(this, [this, fix, retryOnFailure, done = std::move(done)] {
        m_pending.push_back({fix, retryOnFailure, done});
        if (m_pending.size() >= kMaxBatch)
            flush();
        else if (!m_timer->isActive())
            m_timer->start(m_flushMs);
    });
}

void IngestWriter::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<Pending> batch;
    batch.swap(m_pending);
    if (batch.size() > kMaxBatch) {
        m_pending = batch.mid(kMaxBatch);
        batch = batch.mid(0, kMaxBatch);
    }
    QList<UnitPosition> fixes;
    fixes.reserve(batch.size());
    for (const Pending& p : batch)
        fixes.push_back(p.fix);
    bool ok = true;
    bool transient = false;
    try {
        m_positions->write(fixes);
    } catch (const PgError& e) {
        ok = false;
        transient = e.isConnectionLost();
        qWarning("centinela-gateway: position batch of %d not written: %s", int(fixes.size()),
                 qUtf8Printable(e.message()));
    }
    for (Pending& p : batch) {
        if (!ok && transient && p.retry && m_pending.size() < kMaxRetained) {
            m_pending.push_back(std::move(p)); // tried again on the next flush
            continue;
        }
        --m_queued;
        if (p.done)
            p.done(ok);
    }
    if (!m_pending.isEmpty())
        m_timer->start(ok ? m_flushMs : 1000);
}

} // namespace centinela::core
