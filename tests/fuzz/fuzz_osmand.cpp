#include "ingest/OsmAndParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1763900000, Qt::UTC);
    centinela::core::PositionFix fix;
    QString error;
    centinela::core::OsmAndParser::parseQuery(body, now, &fix, &error);
    centinela::core::OsmAndParser::parseJson(body, now, &fix, &error);
    return 0;
}
