#pragma once

#include <QByteArray>

namespace centinela::core {

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
QByteArray hmacSha1(const QByteArray& key, const QByteArray& data);
/// Compares secrets without leaking where they differ through timing.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace centinela::core
