#include "Cli.h"

namespace centinela::cli {

void registerBenchReport(QList<Subcommand>&) {}

} // namespace centinela::cli
