#include "Migrator.h"

#include "PgConnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// The migrations live in a static library: reference the resource so the linker keeps it.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace centinela::core {

namespace {
constexpr qint64 kMigrationLock = 4242000;
}

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    initMigrationResources();
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/centinela/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.push_back({match.captured(1).toInt(), match.captured(2), f.readAll()});
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return out;
}

int Migrator::latestVersion()
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion(PgConnection& connection)
{
    const PgRows exists = connection.exec("SELECT to_regclass('public.schema_version') IS NOT NULL");
    if (exists.text(0, 0) != QLatin1String("t"))
        return 0;
    const PgRows rows = connection.exec("SELECT coalesce(max(version), 0) FROM schema_version");
    return int(rows.toLongLong(0, 0));
}

Migrator::Status Migrator::check(PgConnection& connection, int* found)
{
    const int version = currentVersion(connection);
    if (found)
        *found = version;
    const int latest = latestVersion();
    if (version == 0)
        return Status::Empty;
    if (version > latest)
        return Status::TooNew;
    const PgRows recorded = connection.exec("SELECT version FROM schema_version");
    QSet<int> done;
    for (int r = 0; r < recorded.size(); ++r)
        done.insert(int(recorded.toLongLong(r, 0)));
    for (const Migration& m : available())
        if (!done.contains(m.version))
            return Status::Outdated;
    return Status::Current;
}

QString Migrator::explain(Status status, int found)
{
    switch (status) {
    case Status::Current:
        return {};
    case Status::Empty:
        return QStringLiteral("the database has no Centinela schema; run 'centinela-cli db migrate --db ...'");
    case Status::Outdated:
        return QStringLiteral("the database schema is version %1 but this program needs %2; run 'centinela-cli db "
                              "migrate --db ...'")
            .arg(found)
            .arg(latestVersion());
    case Status::TooNew:
        return QStringLiteral("the database schema is version %1, newer than this program knows (%2); install the "
                              "newer Centinela release the station server uses")
            .arg(found)
            .arg(latestVersion());
    }
    return {};
}

bool Migrator::migrate(PgConnection& connection, QString* error, QStringList* applied)
{
    try {
        // Desks of one station may start together: one migrates, the others wait and find it done.
        connection.exec("SELECT pg_advisory_lock($1)", {QByteArray::number(kMigrationLock)});
        struct Unlock
        {
            PgConnection& c;
            ~Unlock()
            {
                try {
                    c.exec("SELECT pg_advisory_unlock($1)", {QByteArray::number(kMigrationLock)});
                } catch (const PgError&) {
                }
            }
        } unlock{connection};

        connection.execScript("CREATE TABLE IF NOT EXISTS schema_version ("
                              " version int PRIMARY KEY, name text NOT NULL,"
                              " applied_at timestamptz NOT NULL DEFAULT now(),"
                              " applied_by text NOT NULL DEFAULT session_user)");
        const int current = currentVersion(connection);
        const int latest = latestVersion();
        if (current > latest) {
            *error = explain(Status::TooNew, current);
            return false;
        }
        // Apply every known migration not recorded yet, in order: branches merged later may add a
        // number below one already applied.
        QSet<int> done;
        const PgRows recorded = connection.exec("SELECT version FROM schema_version");
        for (int r = 0; r < recorded.size(); ++r)
            done.insert(int(recorded.toLongLong(r, 0)));
        for (const Migration& m : available()) {
            if (done.contains(m.version))
                continue;
            try {
                connection.execScript("BEGIN");
                connection.execScript(m.sql);
                connection.exec("INSERT INTO schema_version (version, name) VALUES ($1, $2)",
                                {QByteArray::number(m.version), m.name.toUtf8()});
                connection.execScript("COMMIT");
            } catch (const PgError& e) {
                try {
                    connection.execScript("ROLLBACK");
                } catch (const PgError&) {
                }
                *error = QStringLiteral("migration %1 (%2) failed: %3")
                             .arg(m.version, 4, 10, QLatin1Char('0'))
                             .arg(m.name, e.message());
                return false;
            }
            if (applied)
                applied->append(QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
        }
        return true;
    } catch (const PgError& e) {
        *error = QStringLiteral("cannot migrate the database: %1").arg(e.message());
        return false;
    }
}

} // namespace centinela::core
