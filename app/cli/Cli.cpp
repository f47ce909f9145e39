#include "Cli.h"

#include "store/EmbeddedCluster.h"
#include "store/Migrator.h"
#include "store/PgConnection.h"
#include "store/StationDatabase.h"

#include <QFile>

#include <cstdio>

namespace centinela::cli {

bool Args::parse(const QStringList& args, const QStringList& valueOptions, const QStringList& flags, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString key = a.mid(2);
        QString value;
        const bool inlineValue = key.contains(QLatin1Char('='));
        if (inlineValue) {
            value = key.section(QLatin1Char('='), 1);
            key = key.section(QLatin1Char('='), 0, 0);
        }
        if (flags.contains(key)) {
            m_flags << key;
            continue;
        }
        if (!valueOptions.contains(key)) {
            *error = QStringLiteral("unknown option --%1").arg(key);
            return false;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("--%1 needs a value").arg(key);
                return false;
            }
            value = args.at(++i);
        }
        m_values.insert(key, value);
    }
    return true;
}

bool Args::integer(const QString& key, qint64 fallback, qint64 min, qint64 max, qint64* out, QString* error) const
{
    if (!m_values.contains(key)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 v = m_values.value(key).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

bool Args::number(const QString& key, double fallback, double min, double max, double* out, QString* error) const
{
    if (!m_values.contains(key)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const double v = m_values.value(key).toDouble(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

DatabaseTarget::DatabaseTarget() = default;
DatabaseTarget::~DatabaseTarget() = default;

bool DatabaseTarget::open(const QString& conninfo, bool migrate, QString* error)
{
    if (!conninfo.isEmpty()) {
        m_conninfo = conninfo;
        if (!migrate)
            return true;
        try {
            core::PgConnection c(conninfo);
            return core::Migrator::migrate(c, error);
        } catch (const core::PgError& e) {
            *error = QStringLiteral("cannot connect to the database: %1").arg(e.message());
            return false;
        }
    }
    m_cluster.reset(core::EmbeddedCluster::createThrowaway(error));
    if (!m_cluster)
        return false;
    if (!core::StationDatabase::prepareEmbedded(*m_cluster, QStringLiteral("centinela"), error))
        return false;
    m_conninfo = m_cluster->conninfo(QStringLiteral("centinela"));
    return true;
}

bool DatabaseTarget::openStation(const QString& conninfo, QString* error)
{
    if (!conninfo.isEmpty())
        return open(conninfo, false, error);
    m_cluster = std::make_unique<core::EmbeddedCluster>(core::EmbeddedCluster::defaultBaseDir(),
                                                        core::EmbeddedCluster::Durability::Durable);
    // Never a new, empty station database that no desk reads: it must exist (the desk made it).
    if (!QFile::exists(m_cluster->dataDir() + QStringLiteral("/PG_VERSION"))) {
        *error = QStringLiteral("there is no station database in %1 (open the desk once on this computer, as this "
                                "user, or pass --db CONNINFO)")
                     .arg(m_cluster->dataDir());
        m_cluster.reset();
        return false;
    }
    if (!core::StationDatabase::prepareEmbedded(*m_cluster, QStringLiteral("centinela"), error))
        return false;
    m_conninfo = m_cluster->conninfo(QStringLiteral("centinela"));
    return true;
}

QString DatabaseTarget::conninfoAs(const QString& user) const
{
    return m_cluster ? m_cluster->conninfo(QStringLiteral("centinela"), user) : m_conninfo;
}

int usageError(const QString& message)
{
    std::fprintf(stderr, "centinela-cli: %s\n", qUtf8Printable(message));
    return 2;
}

int failure(const QString& message)
{
    std::fprintf(stderr, "centinela-cli: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace centinela::cli
