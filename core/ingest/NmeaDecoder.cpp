#include "NmeaDecoder.h"

#include <cmath>

namespace centinela::core {

namespace {
constexpr double kKnotsToMps = 0.514444;
constexpr int kMaxSentence = 82 + 16; // the standard's 82, with room for proprietary talkers

QTime nmeaTime(const QByteArray& field)
{
    if (field.size() < 6)
        return {};
    const int h = field.left(2).toInt(), m = field.mid(2, 2).toInt();
    const double s = field.mid(4).toDouble();
    return QTime(h, m, int(s), int(std::lround((s - int(s)) * 1000)) % 1000);
}
} // namespace

bool NmeaDecoder::checksumOk(const QByteArray& line)
{
    const qsizetype star = line.lastIndexOf('*');
    if (!line.startsWith('$') || star < 1 || star + 3 != line.size())
        return false;
    unsigned char sum = 0;
    for (qsizetype i = 1; i < star; ++i)
        sum ^= static_cast<unsigned char>(line.at(i));
    bool ok = false;
    const int given = line.mid(star + 1, 2).toInt(&ok, 16);
    return ok && given == sum;
}

std::optional<double> NmeaDecoder::coordinate(const QByteArray& value, const QByteArray& hemisphere, int degreeDigits)
{
    if (value.size() < degreeDigits + 2)
        return std::nullopt;
    bool okD = false, okM = false;
    const double degrees = value.left(degreeDigits).toDouble(&okD);
    const double minutes = value.mid(degreeDigits).toDouble(&okM);
    if (!okD || !okM || minutes >= 60)
        return std::nullopt;
    double out = degrees + minutes / 60.0;
    if (hemisphere == "S" || hemisphere == "W")
        out = -out;
    else if (hemisphere != "N" && hemisphere != "E")
        return std::nullopt;
    return out;
}

NmeaDecoder::Result NmeaDecoder::feed(const QByteArray& raw, PositionFix* fix, QString* why)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty())
        return Result::Ignored;
    if (line.size() > kMaxSentence) {
        *why = QStringLiteral("sentence longer than %1 bytes").arg(kMaxSentence);
        return Result::Rejected;
    }
    if (!checksumOk(line)) {
        *why = QStringLiteral("bad or missing checksum");
        return Result::Rejected;
    }
    const QList<QByteArray> f = line.left(line.lastIndexOf('*')).split(',');
    const QByteArray type = f.at(0).mid(1);
    if (type == "PCEN") {
        const QString id = QString::fromUtf8(f.value(1)).trimmed();
        if (id.isEmpty()) {
            *why = QStringLiteral("$PCEN without a device id");
            return Result::Rejected;
        }
        m_deviceId = id;
        return Result::Identified;
    }
    const bool rmc = type.size() == 5 && type.endsWith("RMC");
    const bool gga = type.size() == 5 && type.endsWith("GGA");
    if (!rmc && !gga)
        return Result::Ignored; // GSV, VTG, …: nothing to store
    if (m_deviceId.isEmpty()) {
        *why = QStringLiteral("position before the device named itself with $PCEN");
        return Result::Rejected;
    }
    if (rmc) {
        if (f.size() < 12) {
            *why = QStringLiteral("RMC with %1 fields").arg(f.size());
            return Result::Rejected;
        }
        const QByteArray mode = f.value(12);
        if (f.at(2) != "A" || mode == "N" || mode == "S")
            return Result::Ignored; // void, no fix or simulator
        const QByteArray date = f.at(9);
        if (date.size() != 6) {
            *why = QStringLiteral("RMC without a date");
            return Result::Rejected;
        }
        m_lastDate = QDate(2000 + date.mid(4, 2).toInt(), date.mid(2, 2).toInt(), date.left(2).toInt());
        const QTime t = nmeaTime(f.at(1));
        const auto lat = coordinate(f.at(3), f.at(4), 2), lon = coordinate(f.at(5), f.at(6), 3);
        if (!m_lastDate.isValid() || !t.isValid() || !lat || !lon || !isPlausibleCoordinate(*lat, *lon)) {
            *why = QStringLiteral("unreadable RMC time, date or position");
            return Result::Rejected;
        }
        fix->deviceId = m_deviceId;
        fix->time = QDateTime(m_lastDate, t, Qt::UTC);
        fix->point = {*lon, *lat};
        fix->speedMps = f.at(7).toDouble() * kKnotsToMps;
        fix->heading = f.at(8).toDouble();
        m_lastFixTime = t;
        return Result::Fix;
    }
    // GGA: no date (use the last RMC's), and nothing new when the RMC of the same epoch came first.
    if (f.size() < 10) {
        *why = QStringLiteral("GGA with %1 fields").arg(f.size());
        return Result::Rejected;
    }
    const QTime t = nmeaTime(f.at(1));
    if (f.at(6) == "0" || f.at(6) == "8" || !m_lastDate.isValid() || t == m_lastFixTime)
        return Result::Ignored;
    const auto lat = coordinate(f.at(2), f.at(3), 2), lon = coordinate(f.at(4), f.at(5), 3);
    if (!t.isValid() || !lat || !lon || !isPlausibleCoordinate(*lat, *lon)) {
        *why = QStringLiteral("unreadable GGA time or position");
        return Result::Rejected;
    }
    fix->deviceId = m_deviceId;
    fix->time = QDateTime(m_lastDate, t, Qt::UTC);
    fix->point = {*lon, *lat};
    m_lastFixTime = t;
    return Result::Fix;
}

} // namespace centinela::core
