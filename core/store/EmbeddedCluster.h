#pragma once

#include <QString>

namespace centinela::core {

/// A private PostgreSQL cluster run from the system's server binaries: unix socket only, data in a
/// folder of its own. When the process runs as root (CI, a kiosk desk), the server runs as the
/// `postgres` system user, because PostgreSQL refuses to run as root.
class EmbeddedCluster
{
public:
    enum class Durability { Durable, Throwaway };

    /// `baseDir` holds `data/`, the socket folder and the server log. It is created when missing.
    EmbeddedCluster(QString baseDir, Durability durability);
    /// Stops a throwaway cluster and removes its folder.
    ~EmbeddedCluster();
    EmbeddedCluster(const EmbeddedCluster&) = delete;
    EmbeddedCluster& operator=(const EmbeddedCluster&) = delete;

    /// A cluster in a new temporary folder, removed with the object.
    static EmbeddedCluster* createThrowaway(QString* error);
    /// Where the desk keeps its embedded cluster for the current user.
    static QString defaultBaseDir();
    /// The folder of the newest installed PostgreSQL server (`initdb`, `pg_ctl`, `postgres`), or an
    /// empty string with `error` set.
    static QString findServerBinDir(QString* error);

    /// Creates the cluster on first use, waits for backends orphaned by a crash, and starts the
    /// server when it is not running. Returns false with `error` set on failure.
    bool start(QString* error);
    /// Fast shutdown; returns when the server has stopped.
    void stop();
    bool isRunning() const;
    /// Process id of the running postmaster (0 when none).
    qint64 postmasterPid() const;
    /// Creates the database when it does not exist yet.
    bool ensureDatabase(const QString& name, QString* error);

    /// libpq conninfo for `database` as the cluster's superuser, or as `user` when given.
    QString conninfo(const QString& database, const QString& user = {}) const;
    QString baseDir() const { return m_baseDir; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;
    static QString superuser() { return QStringLiteral("postgres"); }

    /// Waits until no process is attached to the shared memory a crashed postmaster left behind.
    bool waitForOrphanedBackends(int timeoutMs) const;

private:
    bool runTool(const QString& tool, const QStringList& args, QString* output, int timeoutMs) const;
    bool initialise(QString* error);
    bool prepareDirectory(const QString& path, QString* error) const;

    QString m_baseDir;
    QString m_binDir;
    Durability m_durability;
};

} // namespace centinela::core
