#include "ingest/CapParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char*>(data), qsizetype(size));
    centinela::core::CapAlert alert;
    QString error;
    if (centinela::core::CapParser::parse(xml, &alert, &error)) {
        alert.location();
        alert.priority();
    }
    return 0;
}
