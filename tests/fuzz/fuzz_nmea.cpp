#include "ingest/NmeaDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    centinela::core::NmeaDecoder decoder;
    centinela::core::PositionFix fix;
    QString why;
    decoder.feed("$PCEN,FUZZ*1F", &fix, &why);
    for (const QByteArray& line : input.split('\n'))
        decoder.feed(line, &fix, &why);
    return 0;
}
