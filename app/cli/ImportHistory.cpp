#include "Cli.h"

namespace centinela::cli {

void registerImportHistory(QList<Subcommand>&) {}

} // namespace centinela::cli
