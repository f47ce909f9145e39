#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace centinela::core {

class PgConnection;

/// A record check: who or what to look up, and why. The database (records_lookup) searches,
/// builds the result cards and writes the audit row in one transaction; nobody reads the record
/// tables any other way.
struct RecordQuery
{
    QString text;                         ///< a name, a document number or a plate
    QString kind = QStringLiteral("any"); ///< name, document, plate or any
    qint64 incidentId = 0;                ///< the incident the check is for (0: none, then a reason is needed)
    QString reason;
    QString via = QStringLiteral("desk"); ///< desk, incident (automatic), sms, cli
    QString officer;                      ///< for field checks: the registered officer who asked
    int limit = 10;
    /// Name checks only: persons born outside [bornFrom, bornTo] are left out (either end may be null;
    /// persons without a recorded birth date are kept, after the others).
    QDate bornFrom;
    QDate bornTo;
};

/// A birth as a caller gives it, as a range of birth dates.
struct BirthRange
{
    QDate from, to;
    bool isNull() const { return from.isNull() && to.isNull(); }
};

/// Runs record checks on a connection (any role with EXECUTE on records_lookup).
class RecordLookup
{
public:
    /// Returns {query, kind, results: [card…]}; each card has `type` (person, vehicle) and `flags`
    /// first (warrant, restraining_order, unpaid_fines; stolen, owner_warrant, …). Throws PgError.
    static QJsonObject lookup(PgConnection& db, const RecordQuery& query);
    /// Whether a text looks like a plate or a document number rather than a name.
    static bool looksLikeKey(const QString& text);
    /// The query of a field check sent by text message ("CHECK P123ABC", "consulta 1234 56789 0101"),
    /// or an empty string when the message is not one.
    static QString fieldCheckQuery(const QString& message);
    /// Reads what an operator types for a birth: a year ("1990"), a date ("12/03/1990", "12-03-1990",
    /// "1990-03-12": day first, as Latin America writes it) or an age ("35", "35 años", "~35",
    /// "unos 35": ages 32 to 38 on `today`). Empty text is no range. False with `error` (in English,
    /// for the caller to translate by case) when it is none of those.
    static bool parseBirth(const QString& text, const QDate& today, BirthRange* range, QString* error);
    /// The normalised form plates and document numbers are compared in: no accents, case, spaces,
    /// dashes or dots ("p-123 abc" → "P123ABC"). Mirrors records_key() in the database.
    static QString normaliseKey(const QString& text);
};

} // namespace centinela::core
