#include "RecordLookup.h"

#include "store/PgConnection.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace centinela::core {

QJsonObject RecordLookup::lookup(PgConnection& db, const RecordQuery& q)
{
    const auto date = [](const QDate& d) {
        return d.isNull() ? std::nullopt : std::optional<QByteArray>(d.toString(Qt::ISODate).toLatin1());
    };
    const PgRows rows =
        db.exec("SELECT records_lookup($1, $2, $3, $4, $5, $6, $7, $8::date, $9::date)",
                {q.text.toUtf8(), q.kind.toUtf8(),
                 q.incidentId > 0 ? std::optional<QByteArray>(QByteArray::number(q.incidentId)) : std::nullopt,
                 q.reason.isEmpty() ? std::nullopt : std::optional<QByteArray>(q.reason.toUtf8()), q.via.toUtf8(),
                 q.officer.isEmpty() ? std::nullopt : std::optional<QByteArray>(q.officer.toUtf8()),
                 QByteArray::number(q.limit), date(q.bornFrom), date(q.bornTo)});
    return QJsonDocument::fromJson(rows.bytes(0, 0)).object();
}

bool RecordLookup::looksLikeKey(const QString& text)
{
    for (const QChar c : text)
        if (c.isDigit())
            return true;
    return false;
}

QString RecordLookup::fieldCheckQuery(const QString& message)
{
    static const QRegularExpression check(QStringLiteral("^\\s*(?:CHECK|CONSULTA)\\s+(\\S.{0,99})$"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = check.match(message);
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

bool RecordLookup::parseBirth(const QString& input, const QDate& today, BirthRange* range, QString* error)
{
    *range = {};
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return true;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression age(
        QStringLiteral("^(?:~|unos|unas|aprox\\.?|aproximadamente|about)?\\s*(\\d{1,3})\\s*(?:años|anos|a|years?)?$"));
    QRegularExpressionMatch m;
    if ((m = year.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y < 1900 || y > today.year()) {
            *error = QStringLiteral("the year of birth must be between 1900 and %1").arg(today.year());
            return false;
        }
        *range = {QDate(y, 1, 1), QDate(y, 12, 31)};
        return true;
    }
    QDate exact;
    if ((m = dayFirst.match(text)).hasMatch())
        exact = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if ((m = iso.match(text)).hasMatch())
        exact = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (m.hasMatch()) {
        if (!exact.isValid() || exact > today || exact.year() < 1900) {
            *error = QStringLiteral("%1 is not a possible date of birth").arg(input.trimmed());
            return false;
        }
        *range = {exact, exact};
        return true;
    }
    if ((m = age.match(text)).hasMatch()) {
        const int years = m.captured(1).toInt();
        if (years > 120) {
            *error = QStringLiteral("an age of %1 years is not possible").arg(years);
            return false;
        }
        // Ages years-3 .. years+3 today: born after today - (years + 4) years, up to today - (years - 3).
        *range = {today.addYears(-(years + 4)).addDays(1), today.addYears(-std::max(0, years - 3))};
        return true;
    }
    *error = QStringLiteral("write a year (1990), a date (12/03/1990) or an age (35 años)");
    return false;
}

QString RecordLookup::normaliseKey(const QString& text)
{
    // Decompose and drop the combining marks, as unaccent does for Latin letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c.toUpper();
    }
    return out;
}

} // namespace centinela::core
