#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <functional>
#include <vector>

namespace centinela::core {

class PgConnection;

/// One field of a binary COPY tuple: a view into the received bytes, valid during the callback.
struct PgBinaryField
{
    const char* data = nullptr;
    int length = -1; ///< -1 is SQL NULL

    bool isNull() const { return length < 0; }
    qint64 int64() const;
    qint32 int32() const;
    double float8() const;
    QByteArray bytes() const { return isNull() ? QByteArray() : QByteArray(data, length); }
};

/// Parses PostgreSQL's binary COPY format tuple by tuple, whatever the chunk boundaries.
class PgBinaryCopyParser
{
public:
    using TupleHandler = std::function<void(const std::vector<PgBinaryField>& fields)>;
    explicit PgBinaryCopyParser(TupleHandler handler)
        : m_handler(std::move(handler))
    {
    }
    /// Feeds received bytes. Returns false on malformed data.
    bool feed(const char* data, int length);
    /// True once the trailer was seen.
    bool finished() const { return m_finished; }

private:
    /// Parses what it can from [data, data+length); returns the bytes consumed, or -1 when malformed.
    int parse(const char* data, int length);

    TupleHandler m_handler;
    QByteArray m_pending;
    std::vector<PgBinaryField> m_fields;
    bool m_headerDone = false;
    bool m_finished = false;
};

/// Builds PostgreSQL's binary COPY format, for fast and exact bulk loads (timestamps as integers,
/// no text escaping).
class PgBinaryCopyWriter
{
public:
    PgBinaryCopyWriter();
    void beginTuple(int fieldCount);
    void addNull();
    void addText(QByteArrayView utf8);
    void addInt64(qint64 value);
    void addFloat8(double value);
    /// A timestamptz from milliseconds since 1970 (UTC).
    void addTimestamp(qint64 utcMsecs);
    /// Appends the trailer; nothing may follow.
    void finish();
    qsizetype size() const { return m_buffer.size(); }
    /// Hands over what was built so far and starts an empty buffer.
    QByteArray take();

private:
    QByteArray m_buffer;
};

/// Runs `COPY (...) TO STDOUT` and hands every received chunk to `chunk`. Throws PgError.
void pgCopyOut(PgConnection& connection, const QByteArray& copySql,
               const std::function<bool(const char* data, int length)>& chunk);
/// Runs `COPY ... FROM STDIN` and sends the chunks `next` produces; `next` returns false with the last.
/// Throws PgError (the COPY is then aborted).
void pgCopyIn(PgConnection& connection, const QByteArray& copySql, const std::function<bool(QByteArray* chunk)>& next);

} // namespace centinela::core
