#include "RecordImporter.h"

#include "history/CsvReader.h"
#include "store/PgConnection.h"
#include "store/PgCopy.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <vector>

namespace centinela::core {

namespace {

enum class Type { Text, Date, Timestamp, Amount, Year, Boolean, Choice };

struct Column
{
    const char* name;
    Type type;
    bool required;
    const char* choices = nullptr; ///< "a|b|c" for Choice
};

const std::vector<Column>& spec(const QString& kind)
{
    static const std::vector<Column> persons{{"document_number", Type::Text, true},
                                             {"full_name", Type::Text, true},
                                             {"birth_date", Type::Date, false},
                                             {"nationality", Type::Text, false},
                                             {"address", Type::Text, false}};
    static const std::vector<Column> vehicles{{"plate", Type::Text, true},
                                              {"make", Type::Text, false},
                                              {"model", Type::Text, false},
                                              {"colour", Type::Text, false},
                                              {"year", Type::Year, false},
                                              {"owner_document", Type::Text, false},
                                              {"reported_stolen", Type::Boolean, false}};
    static const std::vector<Column> warrants{{"warrant_number", Type::Text, true},
                                              {"document_number", Type::Text, true},
                                              {"person_name", Type::Text, false},
                                              {"offence", Type::Text, false},
                                              {"court", Type::Text, false},
                                              {"issued_on", Type::Date, false},
                                              {"status", Type::Choice, false, "active|served|cancelled"}};
    static const std::vector<Column> fines{{"fine_number", Type::Text, true}, {"document_number", Type::Text, false},
                                           {"plate", Type::Text, false},      {"amount", Type::Amount, true},
                                           {"reason", Type::Text, false},     {"issued_on", Type::Date, false},
                                           {"paid_on", Type::Date, false}};
    static const std::vector<Column> orders{{"order_number", Type::Text, true},
                                            {"document_number", Type::Text, true},
                                            {"person_name", Type::Text, false},
                                            {"protected_name", Type::Text, false},
                                            {"court", Type::Text, false},
                                            {"issued_on", Type::Date, false},
                                            {"valid_until", Type::Date, false},
                                            {"conditions", Type::Text, false},
                                            {"status", Type::Choice, false, "active|lifted"}};
    static const std::vector<Column> crossings{{"document_number", Type::Text, true},
                                               {"crossed_at", Type::Timestamp, true},
                                               {"post", Type::Text, true},
                                               {"direction", Type::Choice, true, "in|out"}};
    static const std::vector<Column> none;
    if (kind == QLatin1String("persons"))
        return persons;
    if (kind == QLatin1String("vehicles"))
        return vehicles;
    if (kind == QLatin1String("warrants"))
        return warrants;
    if (kind == QLatin1String("fines"))
        return fines;
    if (kind == QLatin1String("orders"))
        return orders;
    if (kind == QLatin1String("crossings"))
        return crossings;
    return none;
}

/// Checks one value and gives the text the merge casts; false with `why`.
bool checkValue(const Column& c, const QString& raw, QString* out, QString* why)
{
    const QString v = raw.trimmed();
    *out = v;
    if (v.isEmpty()) {
        if (c.required) {
            *why = QStringLiteral("%1 is empty").arg(QLatin1String(c.name));
            return false;
        }
        return true;
    }
    switch (c.type) {
    case Type::Text:
        if (v.size() > 500) {
            *why = QStringLiteral("%1 is longer than 500 characters").arg(QLatin1String(c.name));
            return false;
        }
        return true;
    case Type::Date: {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid() || d.year() < 1850 || d.year() > 2200) {
            *why = QStringLiteral("%1 '%2' is not a date (YYYY-MM-DD)").arg(QLatin1String(c.name), v);
            return false;
        }
        *out = d.toString(Qt::ISODate);
        return true;
    }
    case Type::Timestamp: {
        const QDateTime t = QDateTime::fromString(v, Qt::ISODate);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
            *why = QStringLiteral("%1 '%2' is not an ISO 8601 time with a UTC offset").arg(QLatin1String(c.name), v);
            return false;
        }
        *out = t.toUTC().toString(Qt::ISODate);
        return true;
    }
    case Type::Amount: {
        static const QRegularExpression amount(QStringLiteral("^[0-9]{1,10}([.][0-9]{1,2})?$"));
        if (!amount.match(v).hasMatch()) {
            *why = QStringLiteral("%1 '%2' is not an amount (1234.50)").arg(QLatin1String(c.name), v);
            return false;
        }
        return true;
    }
    case Type::Year: {
        bool ok = false;
        const int y = v.toInt(&ok);
        if (!ok || y < 1900 || y > 2100) {
            *why = QStringLiteral("%1 '%2' is not a year").arg(QLatin1String(c.name), v);
            return false;
        }
        return true;
    }
    case Type::Boolean: {
        const QString l = v.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes") ||
            l == QLatin1String("si") || l == QStringLiteral("sí")) {
            *out = QStringLiteral("true");
            return true;
        }
        if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no")) {
            *out = QStringLiteral("false");
            return true;
        }
        *why = QStringLiteral("%1 '%2' is not true or false").arg(QLatin1String(c.name), v);
        return false;
    }
    case Type::Choice: {
        const QStringList allowed = QString::fromLatin1(c.choices).split(QLatin1Char('|'));
        if (!allowed.contains(v.toLower())) {
            *why = QStringLiteral("%1 '%2' is not one of %3")
                       .arg(QLatin1String(c.name), v, allowed.join(QStringLiteral(", ")));
            return false;
        }
        *out = v.toLower();
        return true;
    }
    }
    return true;
}

/// One field in COPY's text format.
void appendCopyText(QByteArray& out, const QString& value)
{
    if (value.isEmpty()) {
        out += "\\N";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        switch (ch) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\0':
            break;
        default:
            out += ch;
        }
    }
}

} // namespace

QStringList RecordImporter::kinds()
{
    return {QStringLiteral("persons"), QStringLiteral("vehicles"), QStringLiteral("warrants"),
            QStringLiteral("fines"),   QStringLiteral("orders"),   QStringLiteral("crossings")};
}

QStringList RecordImporter::columns(const QString& kind)
{
    QStringList out;
    for (const Column& c : spec(kind))
        out << QLatin1String(c.name) + (c.required ? QStringLiteral("*") : QString());
    return out;
}

RecordImporter::RecordImporter(QString conninfo, QString kind)
    : m_conninfo(std::move(conninfo))
    , m_kind(std::move(kind))
{
}

bool RecordImporter::importFile(const QString& path, Summary* summary, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return importDevice(&file, summary, error);
}

bool RecordImporter::importDevice(QIODevice* device, Summary* summary, QString* error)
{
    *summary = {};
    const std::vector<Column>& columns = spec(m_kind);
    if (columns.empty()) {
        *error = QStringLiteral("unknown kind '%1' (one of %2)").arg(m_kind, kinds().join(QStringLiteral(", ")));
        return false;
    }
    auto problem = [this, summary](qint64 line, const QString& reason) {
        ++summary->rowsRejected;
        if (m_onProblem)
            m_onProblem({line, reason});
    };

    CsvReader csv(device);
    if (!csv.next()) {
        *error = csv.error().isEmpty() ? QStringLiteral("the file is empty (a header row is needed)") : csv.error();
        return false;
    }
    // Columns are found by their header name, in any order; unknown ones are refused so a renamed
    // column in a new export is noticed rather than silently dropped.
    std::vector<int> position(columns.size(), -1);
    for (int i = 0; i < int(csv.fields().size()); ++i) {
        QString name = QString::fromUtf8(csv.fields()[i]).trimmed().toLower();
        if (i == 0 && name.startsWith(QChar(0xfeff)))
            name.remove(0, 1);
        bool known = false;
        for (size_t c = 0; c < columns.size(); ++c) {
            if (name == QLatin1String(columns[c].name)) {
                position[c] = i;
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral("line 1: unknown column '%1' for %2 (columns: %3)")
                         .arg(name, m_kind, RecordImporter::columns(m_kind).join(QStringLiteral(", ")));
            return false;
        }
    }
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].required && position[c] < 0) {
            *error =
                QStringLiteral("line 1: the required column '%1' is missing (columns: %2)")
                    .arg(QLatin1String(columns[c].name), RecordImporter::columns(m_kind).join(QStringLiteral(", ")));
            return false;
        }
    }
    const int headerFields = int(csv.fields().size());

    try {
        PgConnection db(m_conninfo);
        db.execScript("BEGIN");
        QByteArray create = "CREATE TEMP TABLE records_staging (line bigint";
        for (const Column& c : columns)
            create += QByteArray(", ") + c.name + " text";
        create += ") ON COMMIT DROP";
        db.execScript(create);

        bool more = true;
        QString values;
        QString why;
        QStringList row;
        pgCopyIn(db, "COPY records_staging FROM STDIN", [&](QByteArray* chunk) {
            while (chunk->size() < (1 << 20)) {
                if (!csv.next()) {
                    if (csv.unterminatedQuote())
                        problem(csv.line(), QStringLiteral("a quoted field is never closed"));
                    more = false;
                    return false;
                }
                const auto& fields = csv.fields();
                if (fields.size() == 1 && fields[0].isEmpty())
                    continue; // a blank line
                ++summary->rowsRead;
                if (int(fields.size()) != headerFields) {
                    problem(csv.line(),
                            QStringLiteral("%1 fields, the header has %2").arg(fields.size()).arg(headerFields));
                    continue;
                }
                row.clear();
                bool ok = true;
                for (size_t c = 0; c < columns.size() && ok; ++c) {
                    const QString raw = position[c] < 0 ? QString() : QString::fromUtf8(fields[position[c]]);
                    ok = checkValue(columns[c], raw, &values, &why);
                    row << values;
                }
                if (ok && m_kind == QLatin1String("fines") && row.at(1).isEmpty() && row.at(2).isEmpty()) {
                    ok = false;
                    why = QStringLiteral("a fine needs a document_number or a plate");
                }
                static const QRegularExpression alnum(QStringLiteral("[0-9A-Za-z]"));
                if (ok &&
                    (m_kind == QLatin1String("persons") || m_kind == QLatin1String("warrants") ||
                     m_kind == QLatin1String("orders") || m_kind == QLatin1String("crossings")) &&
                    !row.at(m_kind == QLatin1String("persons") || m_kind == QLatin1String("crossings") ? 0 : 1)
                         .contains(alnum)) {
                    ok = false;
                    why = QStringLiteral("document_number has no letters or digits");
                }
                if (!ok) {
                    problem(csv.line(), why);
                    continue;
                }
                ++summary->rowsAccepted;
                *chunk += QByteArray::number(csv.line());
                for (const QString& v : std::as_const(row)) {
                    *chunk += '\t';
                    appendCopyText(*chunk, v);
                }
                *chunk += '\n';
            }
            return more;
        });
        if (!csv.error().isEmpty()) {
            db.execScript("ROLLBACK");
            *error = csv.error();
            return false;
        }
        summary->recordsMerged = db.exec("SELECT records_merge($1)", {m_kind.toUtf8()}).toLongLong(0, 0);
        db.execScript("COMMIT");
        db.exec("SELECT records_settle($1)", {m_kind.toUtf8()});
    } catch (const PgError& e) {
        *error = QStringLiteral("database: %1").arg(e.message());
        return false;
    }
    return true;
}

} // namespace centinela::core
