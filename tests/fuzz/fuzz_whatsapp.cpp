#include "ingest/WhatsAppParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<centinela::core::InboundMessage> messages;
    QString error;
    centinela::core::WhatsAppParser::parse(body, &messages, &error);
    centinela::core::WhatsAppParser::verifySignature(body, body.left(71), "secret");
    return 0;
}
