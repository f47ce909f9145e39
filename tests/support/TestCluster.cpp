#include "TestCluster.h"

#include "store/EmbeddedCluster.h"
#include "store/Migrator.h"
#include "store/PgConnection.h"
#include "store/StationDatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <stdexcept>
#include <unistd.h>

namespace centinela::test {

TestCluster* TestCluster::instance(QString* error)
{
    static std::unique_ptr<TestCluster> the;
    static QString startError;
    if (!the && startError.isEmpty()) {
        auto made = std::unique_ptr<TestCluster>(new TestCluster);
        QString why;
        made->m_cluster.reset(core::EmbeddedCluster::createThrowaway(&why));
        if (made->m_cluster && made->m_cluster->start(&why))
            the = std::move(made);
        else
            startError = why.isEmpty() ? QStringLiteral("cannot start a test cluster") : why;
    }
    if (!the && error)
        *error = startError;
    return the.get();
}

QString TestCluster::createEmptyDatabase(const QString& prefix)
{
    const QString name = QStringLiteral("%1_%2_%3").arg(prefix).arg(::getpid()).arg(++m_counter);
    QString error;
    if (!m_cluster->ensureDatabase(name, &error))
        throw std::runtime_error(error.toStdString());
    return m_cluster->conninfo(name);
}

QString TestCluster::createDatabase(const QString& prefix)
{
    const QString conninfo = createEmptyDatabase(prefix);
    QString error;
    core::PgConnection admin(conninfo);
    if (!core::Migrator::migrate(admin, &error))
        throw std::runtime_error(error.toStdString());
    using R = core::StationDatabase::Role;
    for (R r : {R::Operator, R::Commander, R::Admin, R::Gateway})
        if (!core::StationDatabase::addUser(admin, core::StationDatabase::demoUser(r), r, QString(), &error))
            throw std::runtime_error(error.toStdString());
    return conninfo;
}

QString TestCluster::conninfoAs(const QString& conninfo, const QString& user) const
{
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + user);
    return out;
}

} // namespace centinela::test
