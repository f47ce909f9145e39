#include "GdalVersion.h"

#include <gdal.h>

namespace centinela::maps {

QString gdalVersion()
{
    return QString::fromUtf8(GDALVersionInfo("RELEASE_NAME"));
}

} // namespace centinela::maps
