#pragma once

#include <QString>
#include <QStringList>

namespace centinela::core {

class EmbeddedCluster;
class PgConnection;

/// Setting up a station database: the embedded default and logins.
namespace StationDatabase {

enum class Role { Operator, Commander, Admin, Gateway };

/// "operator" → Role::Operator; false when the name is unknown.
bool roleFromName(const QString& name, Role* role);
/// The group role in the database ("centinela_operator", …).
QString groupRole(Role role);

/// Starts `cluster`, creates `database` on first use and migrates it. Returns false with `error`.
bool prepareEmbedded(EmbeddedCluster& cluster, const QString& database, QString* error);

/// Creates a login in `role` or, when it exists, sets its password and makes it a member of the
/// role. Idempotent (roles are cluster-wide). An empty password leaves any password unset.
bool addUser(PgConnection& admin, const QString& name, Role role, const QString& password, QString* error);

/// The desk's login names in an embedded (demo) cluster, created with no password: the cluster
/// admits only its own OS user through its private socket.
QString demoUser(Role role);

} // namespace StationDatabase

} // namespace centinela::core
