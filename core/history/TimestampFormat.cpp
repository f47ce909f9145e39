#include "TimestampFormat.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace centinela::core {

namespace {

qint64 daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil: exact proleptic Gregorian, no QDate per field.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

bool validDate(int y, int m, int d)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

} // namespace

bool TimestampFormat::compile(const QString& pattern, TimestampFormat* format, QString* error)
{
    TimestampFormat f;
    f.m_pattern = pattern;
    const QString p = pattern.trimmed();
    if (p.compare(QLatin1String("iso"), Qt::CaseInsensitive) == 0) {
        f.m_kind = Kind::Iso;
        *format = f;
        return true;
    }
    if (p.compare(QLatin1String("epoch"), Qt::CaseInsensitive) == 0) {
        f.m_kind = Kind::Epoch;
        *format = f;
        return true;
    }
    bool year = false, month = false, day = false, hour12 = false, ampm = false;
    for (int i = 0; i < p.size();) {
        auto run = [&](QChar c) {
            int n = 0;
            while (i + n < p.size() && p.at(i + n) == c)
                ++n;
            return n;
        };
        const QChar c = p.at(i);
        const int n = run(c);
        Item item{Token::Literal};
        if (c == QLatin1Char('y') && (n == 4 || n == 2)) {
            item = {n == 4 ? Token::Year4 : Token::Year2, n, n};
            year = true;
        } else if (c == QLatin1Char('M') && n <= 2) {
            item = {Token::Month, n, 2};
            month = true;
        } else if (c == QLatin1Char('d') && n <= 2) {
            item = {Token::Day, n, 2};
            day = true;
        } else if (c == QLatin1Char('H') && n <= 2) {
            item = {Token::Hour24, n, 2};
        } else if (c == QLatin1Char('h') && n <= 2) {
            item = {Token::Hour12, n, 2};
            hour12 = true;
        } else if (c == QLatin1Char('m') && n <= 2) {
            item = {Token::Minute, n, 2};
        } else if (c == QLatin1Char('s') && n <= 2) {
            item = {Token::Second, n, 2};
        } else if (c == QLatin1Char('z') && n <= 3) {
            item = {Token::Fraction, 1, 9};
        } else if ((c == QLatin1Char('A') || c == QLatin1Char('a')) && i + 1 < p.size() &&
                   p.at(i + 1).toLower() == QLatin1Char('p')) {
            item = {Token::AmPm, 2, 2};
            ampm = true;
            f.m_items.push_back(item);
            i += 2;
            continue;
        } else if (c.isLetter()) {
            *error = QStringLiteral("unknown token \"%1\" in the timestamp format \"%2\"").arg(p.mid(i, n), pattern);
            return false;
        } else {
            if (c.unicode() > 127) {
                *error = QStringLiteral("the timestamp format may only use ASCII literals");
                return false;
            }
            for (int k = 0; k < n; ++k)
                f.m_items.push_back({Token::Literal, 0, 0, char(c.unicode())});
            i += n;
            continue;
        }
        f.m_items.push_back(item);
        i += n;
    }
    if (!year || !month || !day) {
        *error = QStringLiteral("the timestamp format \"%1\" needs a year, a month and a day").arg(pattern);
        return false;
    }
    if (hour12 != ampm) {
        *error = QStringLiteral("the timestamp format \"%1\" mixes a 12-hour clock and AM/PM wrongly").arg(pattern);
        return false;
    }
    *format = f;
    return true;
}

std::optional<TimestampFormat::Parsed> TimestampFormat::parse(QByteArrayView text) const
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    if (m_kind == Kind::Epoch) {
        bool ok = false;
        const double s = QByteArray::fromRawData(text.data(), text.size()).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        return Parsed{qint64(std::llround(s * 1000)), true};
    }
    if (m_kind == Kind::Iso) {
        const QString s = QString::fromLatin1(text.data(), text.size());
        QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid())
            return std::nullopt;
        const bool offset = dt.timeSpec() != Qt::LocalTime;
        if (!offset)
            dt.setTimeSpec(Qt::UTC); // read the wall time as is; the mapping's zone applies later
        return Parsed{dt.toMSecsSinceEpoch(), offset};
    }
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0, pm = -1;
    qsizetype pos = 0;
    for (const Item& item : m_items) {
        if (item.token == Token::Literal) {
            if (pos >= text.size() || text[pos] != item.literal)
                return std::nullopt;
            ++pos;
            continue;
        }
        if (item.token == Token::AmPm) {
            if (pos + 2 > text.size())
                return std::nullopt;
            const char a = char(text[pos] | 0x20), m = char(text[pos + 1] | 0x20);
            if (m != 'm' || (a != 'a' && a != 'p'))
                return std::nullopt;
            pm = a == 'p';
            pos += 2;
            continue;
        }
        int value = 0, digits = 0, scale = 1;
        while (pos < text.size() && digits < item.maxDigits && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + (text[pos] - '0');
            ++digits;
            ++pos;
            if (item.token == Token::Fraction && digits <= 3)
                scale *= 10;
        }
        if (digits < item.minDigits || digits == 0)
            return std::nullopt;
        switch (item.token) {
        case Token::Year4:
            year = value;
            break;
        case Token::Year2:
            year = 2000 + value; // legacy two-digit years: this century
            break;
        case Token::Month:
            month = value;
            break;
        case Token::Day:
            day = value;
            break;
        case Token::Hour24:
        case Token::Hour12:
            hour = value;
            break;
        case Token::Minute:
            minute = value;
            break;
        case Token::Second:
            second = value;
            break;
        case Token::Fraction: {
            // Keep milliseconds: the first three digits, the rest dropped (PostgreSQL keeps µs,
            // no export we know of writes more than ms).
            int ms = value;
            for (int d = digits; d > 3; --d)
                ms /= 10;
            msec = ms * (1000 / scale);
            break;
        }
        default:
            break;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    if (pm >= 0) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    return Parsed{((days * 24 + hour) * 60 + minute) * 60000 + qint64(second) * 1000 + msec, false};
}

} // namespace centinela::core
