#include "BenchSupport.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace centinela::cli {

double percentile(std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto lo = std::size_t(std::floor(rank));
    const auto hi = std::size_t(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

double procStatusMb(qint64 pid, const char* key)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

QString machineDescription()
{
    QString cpu = QStringLiteral("unknown CPU");
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly))
        for (const QByteArray& line : info.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    QFile load(QStringLiteral("/proc/loadavg"));
    const QString avg =
        load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll().split(' ').mid(0, 3).join(' ')) : QString();
    return QStringLiteral("%1 cores, %2, load %3").arg(QThread::idealThreadCount()).arg(cpu, avg);
}

} // namespace centinela::cli
