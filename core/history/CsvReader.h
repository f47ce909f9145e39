#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

class QIODevice;

namespace centinela::core {

/// Streams RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF)
/// from a device without loading it whole, and says on which line each record starts, so an import
/// can name the line of a row it cannot read.
class CsvReader
{
public:
    CsvReader(QIODevice* device, char delimiter = ',');

    /// Reads the next record; false at the end or on a read error (see error()).
    bool next();
    /// Fields of the current record, valid until the next call.
    const std::vector<QByteArrayView>& fields() const { return m_fields; }
    /// The 1-based line the current record starts on.
    qint64 line() const { return m_recordLine; }
    /// A quoted field that never closed before the end of the input.
    bool unterminatedQuote() const { return m_unterminated; }
    QString error() const { return m_error; }

private:
    bool fill();

    QIODevice* m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    QByteArray m_record; // unescaped field contents of the current record, back to back
    std::vector<qsizetype> m_bounds;
    std::vector<QByteArrayView> m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
    QString m_error;
};

} // namespace centinela::core
