#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace centinela::core {

class PgConnection;

/// Numbered SQL migrations compiled into the binary (core/store/migrations), applied in one
/// transaction each and tracked in `schema_version`.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QByteArray sql;
    };
    enum class Status { Current, Empty, Outdated, TooNew };

    static QList<Migration> available();
    static int latestVersion();

    /// The schema version the database holds (0 for an empty database).
    static int currentVersion(PgConnection& connection);
    static Status check(PgConnection& connection, int* found = nullptr);

    /// Applies every pending migration; serialised against concurrent migrators. Refuses a
    /// database whose schema is newer than this build knows. Returns false with `error` set.
    static bool migrate(PgConnection& connection, QString* error, QStringList* applied = nullptr);

    /// A sentence for the user when `check` did not return Current.
    static QString explain(Status status, int found);
};

} // namespace centinela::core
