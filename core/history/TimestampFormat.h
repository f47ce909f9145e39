#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace centinela::core {

/// How a legacy export writes its timestamps, compiled once and applied to millions of fields.
///
/// A pattern of Qt-style tokens — yyyy, yy, MM, M, dd, d, HH, H, hh, h, mm, ss, zzz (or z: any
/// fraction of a second), AP / ap (AM/PM) — and literal characters; or "iso" (ISO 8601, with an
/// optional UTC offset); or "epoch" (Unix seconds, optionally fractional).
class TimestampFormat
{
public:
    /// False with `error` when the pattern cannot be used.
    static bool compile(const QString& pattern, TimestampFormat* format, QString* error);

    struct Parsed
    {
        qint64 msecs = 0;       ///< milliseconds since 1970 of the wall time, or of the instant when hasOffset
        bool hasOffset = false; ///< the text named its own UTC offset (iso, epoch)
    };
    /// Nothing when the text does not match (including impossible dates such as 02/30).
    std::optional<Parsed> parse(QByteArrayView text) const;
    QString pattern() const { return m_pattern; }

private:
    enum class Kind { Pattern, Iso, Epoch };
    enum class Token { Literal, Year4, Year2, Month, Day, Hour24, Hour12, Minute, Second, Fraction, AmPm };
    struct Item
    {
        Token token;
        int minDigits = 1;
        int maxDigits = 2;
        char literal = 0;
    };

    Kind m_kind = Kind::Pattern;
    QString m_pattern;
    std::vector<Item> m_items;
};

} // namespace centinela::core
