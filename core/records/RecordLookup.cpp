#include "RecordLookup.h"

#include "store/PgConnection.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace centinela::core {

QJsonObject RecordLookup::lookup(PgConnection& db, const RecordQuery& q)
{
    const PgRows rows =
        db.exec("SELECT records_lookup($1, $2, $3, $4, $5, $6, $7)",
                {q.text.toUtf8(), q.kind.toUtf8(),
                 q.incidentId > 0 ? std::optional<QByteArray>(QByteArray::number(q.incidentId)) : std::nullopt,
                 q.reason.isEmpty() ? std::nullopt : std::optional<QByteArray>(q.reason.toUtf8()), q.via.toUtf8(),
                 q.officer.isEmpty() ? std::nullopt : std::optional<QByteArray>(q.officer.toUtf8()),
                 QByteArray::number(q.limit)});
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
