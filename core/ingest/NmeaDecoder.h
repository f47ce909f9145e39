#pragma once

#include "InboundMessage.h"

#include <QByteArray>

#include <optional>

namespace centinela::core {

/// NMEA 0183 from one TCP connection of a vehicle receiver. The first sentence names the device
/// (`$PCEN,<id>*CS`); then RMC sentences (and GGA, dated by the last RMC) become fixes. Every
/// sentence's checksum is checked; a void fix (RMC status V, mode N or S, GGA quality 0) is dropped.
class NmeaDecoder
{
public:
    enum class Result { Fix, Identified, Ignored, Rejected };

    /// Decodes one line (without CR/LF). `fix` is filled on Result::Fix; `why` on Rejected.
    Result feed(const QByteArray& line, PositionFix* fix, QString* why);
    const QString& deviceId() const { return m_deviceId; }

    /// True when `line` ends in a '*XX' checksum matching the XOR of the bytes between '$' and '*'.
    static bool checksumOk(const QByteArray& line);
    /// "ddmm.mmmm" + hemisphere to decimal degrees; nullopt when unreadable.
    static std::optional<double> coordinate(const QByteArray& value, const QByteArray& hemisphere, int degreeDigits);

private:
    QString m_deviceId;
    QDate m_lastDate;
    QTime m_lastFixTime;
};

} // namespace centinela::core
