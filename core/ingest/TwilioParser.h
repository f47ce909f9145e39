#pragma once

#include "FormData.h"
#include "InboundMessage.h"

namespace centinela::core {

/// Twilio's inbound-message webhook (form encoded) and its X-Twilio-Signature.
namespace TwilioParser {

/// base64(HMAC-SHA1(auth token, full public URL + every POST parameter as name+value, sorted by name)).
QByteArray signature(const QByteArray& authToken, const QString& publicUrl, const FormFields& fields);
bool verifySignature(const QByteArray& authToken, const QString& publicUrl, const FormFields& fields,
                     const QByteArray& header);

/// The message in a webhook body. Returns false with `error` when it is not an inbound message
/// (a delivery-status callback, say) or lacks its sender or id.
bool parse(const FormFields& fields, InboundMessage* message, QString* error);

} // namespace TwilioParser

} // namespace centinela::core
