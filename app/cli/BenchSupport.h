#pragma once

#include <QString>

#include <vector>

namespace centinela::cli {

/// Linear interpolation between closest ranks (PostgreSQL's percentile_cont); sorts `values`.
double percentile(std::vector<double>& values, double p);
/// A /proc/PID/status line ("VmRSS:", "VmHWM:") in MB; pid 0 is this process. -1 when unreadable.
double procStatusMb(qint64 pid, const char* key);
/// "2 cores, <cpu model>, load a b c": what every benchmark prints beside its numbers.
QString machineDescription();

} // namespace centinela::cli
