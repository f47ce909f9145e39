#pragma once

#include <QString>

namespace centinela::maps {

/// The GDAL release the program runs with (for --version and bug reports).
QString gdalVersion();

} // namespace centinela::maps
