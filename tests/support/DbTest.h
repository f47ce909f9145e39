#pragma once

#include "TestCluster.h"
#include "store/PgConnection.h"

#include <QTest>

/// Starts (once per process) the throwaway cluster or fails the test with the reason.
#define CENTINELA_REQUIRE_CLUSTER(var)                                                                                 \
    QString clusterError_;                                                                                             \
    centinela::test::TestCluster* var = centinela::test::TestCluster::instance(&clusterError_);                        \
    QVERIFY2(var, qPrintable(QStringLiteral("cannot start a throwaway PostgreSQL: ") + clusterError_))

namespace centinela::test {

/// Runs a query and returns the first column of the first row as text.
inline QString scalar(core::PgConnection& c, const QByteArray& sql,
                      const std::vector<std::optional<QByteArray>>& params = {})
{
    const core::PgRows rows = c.exec(sql, params);
    return rows.size() > 0 ? rows.text(0, 0) : QString();
}

} // namespace centinela::test
