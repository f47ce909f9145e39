// centinela-cli db migrate | db add-user | db status
#include "Cli.h"

#include "store/Migrator.h"
#include "store/PgConnection.h"
#include "store/StationDatabase.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace centinela::cli {

namespace {

int migrate(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db")}, {}, &error))
        return usageError(error);
    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), false, &error))
        return failure(error);
    try {
        core::PgConnection c(target.conninfo());
        QStringList applied;
        if (!core::Migrator::migrate(c, &error, &applied))
            return failure(error);
        std::printf("schema_version: %d\napplied: %d\n", core::Migrator::currentVersion(c), int(applied.size()));
        for (const QString& m : applied)
            std::printf("migration: %s\n", qUtf8Printable(m));
        return 0;
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("cannot connect to the database: %1").arg(e.message()));
    }
}

QString readPassword()
{
    // From standard input: a pipe, or a terminal with echo off.
    const bool tty = ::isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fprintf(stderr, "Password: ");
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    return line;
}

int addUser(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db"), QStringLiteral("role")}, {}, &error))
        return usageError(error);
    core::StationDatabase::Role role;
    if (!core::StationDatabase::roleFromName(args.value(QStringLiteral("role")), &role))
        return usageError(QStringLiteral("--role must be operator, commander, admin or gateway"));
    if (args.positional().size() != 1)
        return usageError(QStringLiteral("usage: db add-user --db CONNINFO --role ROLE NAME (password on stdin)"));
    const QString password = readPassword();
    if (password.isEmpty())
        return usageError(QStringLiteral("no password on standard input"));
    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), false, &error))
        return failure(error);
    try {
        core::PgConnection c(target.conninfo());
        const QString name = args.positional().first();
        if (!core::StationDatabase::addUser(c, name, role, password, &error))
            return failure(error);
        std::printf("user: %s\nrole: %s\n", qUtf8Printable(name),
                    qUtf8Printable(core::StationDatabase::groupRole(role)));
        return 0;
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("cannot connect to the database: %1").arg(e.message()));
    }
}

int status(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db")}, {}, &error))
        return usageError(error);
    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), false, &error))
        return failure(error);
    try {
        core::PgConnection c(target.conninfo());
        int found = 0;
        const auto st = core::Migrator::check(c, &found);
        std::printf("schema_version: %d\nknown_version: %d\n", found, core::Migrator::latestVersion());
        if (st != core::Migrator::Status::Current)
            return failure(core::Migrator::explain(st, found));
        return 0;
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("cannot connect to the database: %1").arg(e.message()));
    }
}

} // namespace

void registerDbCommands(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("db migrate"), QStringLiteral("db migrate [--db CONNINFO]"), migrate});
    commands.append({QStringLiteral("db add-user"),
                     QStringLiteral("db add-user [--db CONNINFO] --role operator|commander|admin|gateway NAME "
                                    "(password on standard input)"),
                     addUser});
    commands.append({QStringLiteral("db status"), QStringLiteral("db status [--db CONNINFO]"), status});
}

} // namespace centinela::cli
