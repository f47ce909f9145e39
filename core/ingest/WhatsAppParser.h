#pragma once

#include "InboundMessage.h"

#include <QByteArray>

namespace centinela::core {

/// WhatsApp Business Cloud API webhooks: the signature check and the `messages` of a POST body.
namespace WhatsAppParser {

/// `X-Hub-Signature-256: sha256=<hex>` over the raw body, compared in constant time.
bool verifySignature(const QByteArray& rawBody, const QByteArray& header, const QByteArray& appSecret);

/// The incoming messages of a webhook body (delivery statuses are skipped). Returns false with
/// `error` set when the body is not a WhatsApp webhook at all.
bool parse(const QByteArray& body, QList<InboundMessage>* messages, QString* error);

} // namespace WhatsAppParser

} // namespace centinela::core
