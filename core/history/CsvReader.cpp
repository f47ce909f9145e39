#include "CsvReader.h"

#include <QIODevice>

namespace centinela::core {

namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvReader::CsvReader(QIODevice* device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 n = m_device->read(m_buffer.data() + old, kChunk);
    if (n < 0) {
        m_error = m_device->errorString();
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + n);
    if (n == 0)
        m_eof = true;
    return n > 0;
}

bool CsvReader::next()
{
    m_record.resize(0);
    m_bounds.clear();
    m_fields.clear();
    m_unterminated = false;
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_recordLine = m_line;
    bool quoted = false;
    bool fieldStart = true;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input: the last record has no line break.
            m_unterminated = quoted;
            m_bounds.push_back(m_record.size());
            break;
        }
        const char c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    m_record.append('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                m_record.append(c);
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        if (c == m_delimiter) {
            m_bounds.push_back(m_record.size());
            fieldStart = true;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            ++m_line;
            m_bounds.push_back(m_record.size());
            break;
        }
        m_record.append(c);
        fieldStart = false;
    }
    qsizetype start = 0;
    for (qsizetype end : m_bounds) {
        m_fields.emplace_back(m_record.constData() + start, end - start);
        start = end;
    }
    return true;
}

} // namespace centinela::core
