#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace centinela::core {
class EmbeddedCluster;
}

namespace centinela::cli {

/// Parsed `--key value` options and positional arguments of one subcommand.
class Args
{
public:
    /// `flags` are options without a value. Returns false with `error` on an unknown option.
    bool parse(const QStringList& args, const QStringList& valueOptions, const QStringList& flags, QString* error);
    bool has(const QString& key) const { return m_values.contains(key) || m_flags.contains(key); }
    QString value(const QString& key, const QString& fallback = {}) const { return m_values.value(key, fallback); }
    /// Parses an integer option; false with `error` when present but not a number in [min, max].
    bool integer(const QString& key, qint64 fallback, qint64 min, qint64 max, qint64* out, QString* error) const;
    bool number(const QString& key, double fallback, double min, double max, double* out, QString* error) const;
    const QStringList& positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QStringList m_flags;
    QStringList m_positional;
};

/// The database a subcommand works on: the one given by --db, or a throwaway embedded cluster
/// that lives as long as this object (migrated, with the demo logins).
class DatabaseTarget
{
public:
    DatabaseTarget();
    ~DatabaseTarget();
    /// Returns false with `error` set. Without a conninfo: a throwaway embedded database.
    bool open(const QString& conninfo, bool migrate, QString* error);
    /// For commands that change the station's own data: the given database, or without one the
    /// station's embedded default — the one the desk opens without --db (started if it is not running,
    /// left running, as the desk leaves it).
    bool openStation(const QString& conninfo, QString* error);
    /// Conninfo as the administrator (the given one, or the embedded superuser).
    QString conninfo() const { return m_conninfo; }
    /// Conninfo for another login of the same database (embedded only; else the given one).
    QString conninfoAs(const QString& user) const;
    bool isEmbedded() const { return m_cluster != nullptr; }

private:
    std::unique_ptr<core::EmbeddedCluster> m_cluster;
    QString m_conninfo;
};

struct Subcommand
{
    QString name; ///< "db migrate", "bench sync"
    QString usage;
    std::function<int(const QStringList& args)> run;
};

void registerDbCommands(QList<Subcommand>& commands);
void registerBenchSync(QList<Subcommand>& commands);
void registerBenchIngest(QList<Subcommand>& commands);
void registerRouteCommand(QList<Subcommand>& commands);
void registerGenCity(QList<Subcommand>& commands);
void registerBenchRoute(QList<Subcommand>& commands);
void registerReport(QList<Subcommand>& commands);
void registerImportHistory(QList<Subcommand>& commands);
void registerExportPublic(QList<Subcommand>& commands);
void registerBenchReport(QList<Subcommand>& commands);
void registerImportRecords(QList<Subcommand>& commands);
void registerBenchRecords(QList<Subcommand>& commands);
void registerProtectionOrders(QList<Subcommand>& commands);
void registerBenchBracelets(QList<Subcommand>& commands);
/// True when the command line asks for output that needs a QGuiApplication (a PDF report).
bool needsGuiApplication(const QStringList& args);
void registerBenchRender(QList<Subcommand>& commands);
void registerSimulate(QList<Subcommand>& commands);

/// Prints "centinela-cli: message" on stderr and returns the exit status for usage errors (2).
int usageError(const QString& message);
/// Prints "centinela-cli: message" on stderr and returns the exit status for failures (1).
int failure(const QString& message);

} // namespace centinela::cli
