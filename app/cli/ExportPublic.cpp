#include "Cli.h"

namespace centinela::cli {

void registerExportPublic(QList<Subcommand>&) {}

} // namespace centinela::cli
