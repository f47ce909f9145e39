#pragma once

#include <QString>
#include <QStringList>

#include <cpl_error.h>
#include <memory>
#include <ogr_spatialref.h>

namespace centinela::maps {

/// Registers GDAL's drivers once per process (thread-safe).
void ensureGdalRegistered();

/// Collects GDAL's errors and warnings on this thread for as long as it lives, instead of letting
/// GDAL print them: the importer turns them into its own messages.
class GdalErrorCollector
{
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector&) = delete;
    GdalErrorCollector& operator=(const GdalErrorCollector&) = delete;

    QStringList failures;
    QStringList warnings;

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum number, const char* message);
};

struct CoordinateTransformationDeleter
{
    void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr = std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

/// A file in GDAL's in-memory file system (/vsimem/) holding a copy of `contents`, removed with the
/// object: how compiled-in configuration reaches a driver that wants a path.
class VsiMemFile
{
public:
    VsiMemFile(const QString& name, const QByteArray& contents);
    ~VsiMemFile();
    VsiMemFile(const VsiMemFile&) = delete;
    VsiMemFile& operator=(const VsiMemFile&) = delete;
    const QByteArray& path() const { return m_path; }

private:
    QByteArray m_path;
};

} // namespace centinela::maps
