#include "ingest/TwilioParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto fields = centinela::core::parseForm(body);
    centinela::core::InboundMessage message;
    QString error;
    centinela::core::TwilioParser::parse(fields, &message, &error);
    centinela::core::TwilioParser::verifySignature("token", QStringLiteral("https://x/sms"), fields, body.left(28));
    return 0;
}
