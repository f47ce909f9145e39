#pragma once

#include <QString>

#include <memory>

namespace centinela::core {
class EmbeddedCluster;
}

namespace centinela::test {

/// A throwaway PostgreSQL cluster for one test process (real server, unix socket; run as the
/// `postgres` user when the tests run as root), with a fresh database per test case.
class TestCluster
{
public:
    /// Starts the process-wide cluster on first use; QFAILs are the caller's when it returns null.
    static TestCluster* instance(QString* error = nullptr);

    /// A new, migrated database with the demo logins; returns its superuser conninfo.
    QString createDatabase(const QString& prefix = QStringLiteral("t"));
    /// An empty database without migrations.
    QString createEmptyDatabase(const QString& prefix = QStringLiteral("e"));
    /// Conninfo for `user` in the database of `conninfo`.
    QString conninfoAs(const QString& conninfo, const QString& user) const;

    core::EmbeddedCluster& cluster() { return *m_cluster; }

private:
    TestCluster() = default;
    std::unique_ptr<core::EmbeddedCluster> m_cluster;
    int m_counter = 0;
};

} // namespace centinela::test
