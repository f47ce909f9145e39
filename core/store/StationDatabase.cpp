#include "StationDatabase.h"

#include "EmbeddedCluster.h"
#include "Migrator.h"
#include "PgConnection.h"

#include <QRegularExpression>

namespace centinela::core {

bool StationDatabase::roleFromName(const QString& name, Role* role)
{
    static const std::pair<const char*, Role> names[] = {{"operator", Role::Operator},
                                                         {"commander", Role::Commander},
                                                         {"admin", Role::Admin},
                                                         {"gateway", Role::Gateway}};
    for (const auto& [text, value] : names) {
        if (name == QLatin1String(text)) {
            *role = value;
            return true;
        }
    }
    return false;
}

QString StationDatabase::groupRole(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("centinela_operator");
    case Role::Commander:
        return QStringLiteral("centinela_commander");
    case Role::Admin:
        return QStringLiteral("centinela_admin");
    case Role::Gateway:
        return QStringLiteral("centinela_gateway");
    }
    return {};
}

QString StationDatabase::demoUser(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operador");
    case Role::Commander:
        return QStringLiteral("comandante");
    case Role::Admin:
        return QStringLiteral("administrador");
    case Role::Gateway:
        return QStringLiteral("pasarela");
    }
    return {};
}

bool StationDatabase::prepareEmbedded(EmbeddedCluster& cluster, const QString& database, QString* error)
{
    if (!cluster.start(error) || !cluster.ensureDatabase(database, error))
        return false;
    try {
        PgConnection admin(cluster.conninfo(database));
        if (!Migrator::migrate(admin, error))
            return false;
        for (Role r : {Role::Operator, Role::Commander, Role::Admin, Role::Gateway})
            if (!addUser(admin, demoUser(r), r, QString(), error))
                return false;
        return true;
    } catch (const PgError& e) {
        *error = e.message();
        return false;
    }
}

bool StationDatabase::addUser(PgConnection& admin, const QString& name, Role role, const QString& password,
                              QString* error)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!valid.match(name).hasMatch()) {
        *error =
            QStringLiteral("'%1' is not a valid login name (lower-case letters, digits, _ . -; at most 63)").arg(name);
        return false;
    }
    if (name.startsWith(QLatin1String("centinela_"))) {
        *error = QStringLiteral("login names may not start with centinela_ (reserved for group roles)");
        return false;
    }
    try {
        const QByteArray ident = admin.quoteIdentifier(name);
        const QByteArray group = admin.quoteIdentifier(groupRole(role));
        const QByteArray passwordClause =
            password.isEmpty() ? QByteArray() : " PASSWORD " + admin.quoteLiteral(password);
        if (admin.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {name.toUtf8()}).size() == 0) {
            try {
                admin.execScript("CREATE ROLE " + ident + " LOGIN" + passwordClause);
            } catch (const PgError& e) {
                if (e.sqlState() != "42710") // created meanwhile by a concurrent add-user
                    throw;
            }
        }
        if (!passwordClause.isEmpty())
            admin.execScript("ALTER ROLE " + ident + " LOGIN" + passwordClause);
        admin.execScript("GRANT " + group + " TO " + ident);
        return true;
    } catch (const PgError& e) {
        *error = QStringLiteral("cannot create login %1: %2").arg(name, e.message());
        return false;
    }
}

} // namespace centinela::core
