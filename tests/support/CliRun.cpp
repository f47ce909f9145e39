#include "CliRun.h"

#include "SharedData.h"

#include <QProcess>

namespace centinela::test {

CliRun runCli(const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(binDir() + QStringLiteral("/centinela-cli"), args);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QHash<QString, QString> keyValues(const QByteArray& out)
{
    QHash<QString, QString> kv;
    for (const QString& line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        kv.insert(line.section(QStringLiteral(": "), 0, 0), line.section(QStringLiteral(": "), 1));
    return kv;
}

} // namespace centinela::test
