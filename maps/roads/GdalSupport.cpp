#include "GdalSupport.h"

#include <cpl_vsi.h>
#include <gdal.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace centinela::maps {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

GdalErrorCollector::GdalErrorCollector()
{
    CPLPushErrorHandlerEx(&GdalErrorCollector::handle, this);
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCollector::handle(CPLErr level, CPLErrorNum, const char* message)
{
    auto* self = static_cast<GdalErrorCollector*>(CPLGetErrorHandlerUserData());
    if (!self || level == CE_Debug || level == CE_None)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (level == CE_Warning) {
        if (self->warnings.size() < 50 && !self->warnings.contains(text))
            self->warnings << text;
    } else if (self->failures.size() < 50) {
        self->failures << text;
    }
}

VsiMemFile::VsiMemFile(const QString& name, const QByteArray& contents)
{
    static std::atomic<int> counter{0};
    m_path = "/vsimem/centinela-" + QByteArray::number(++counter) + '-' + name.toUtf8();
    // VSIFileFromMemBuffer does not copy: give it its own buffer, freed by VSIUnlink.
    auto* copy = static_cast<GByte*>(VSIMalloc(std::size_t(contents.size()) + 1));
    memcpy(copy, contents.constData(), std::size_t(contents.size()));
    VSIFCloseL(VSIFileFromMemBuffer(m_path.constData(), copy, vsi_l_offset(contents.size()), TRUE));
}

VsiMemFile::~VsiMemFile()
{
    VSIUnlink(m_path.constData());
}

} // namespace centinela::maps
