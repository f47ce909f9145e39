#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace centinela::test {

/// What a run of centinela-cli gave back.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

/// Runs the built centinela-cli as a user would (no input; the test's environment unless `env`).
CliRun runCli(const QStringList& args, const QProcessEnvironment& env = {}, int timeoutMs = 180000);

/// The `key: value` lines of a command's output (the contract the issues fix).
QHash<QString, QString> keyValues(const QByteArray& out);

} // namespace centinela::test
