#include "PgCopy.h"

#include "PgConnection.h"

#include <QtEndian>

namespace centinela::core {

namespace {

constexpr char kSignature[] = "PGCOPY\n\377\r\n";
constexpr int kSignatureLength = 11;

PgError lastError(PgConnection& c)
{
    return PgError(QString::fromUtf8(PQerrorMessage(c.raw())).trimmed(),
                   PQstatus(c.raw()) == CONNECTION_OK ? QByteArray("XX000") : QByteArray());
}

void checkFinalResult(PgConnection& c)
{
    PgError failure(QString(), {});
    bool failed = false;
    while (PGresult* raw = PQgetResult(c.raw())) {
        PgResultPtr result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && !failed) {
            failed = true;
            failure = PgError(QString::fromUtf8(PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY)),
                              QByteArray(PQresultErrorField(raw, PG_DIAG_SQLSTATE)));
        }
    }
    if (failed)
        throw failure;
}

} // namespace

qint64 PgBinaryField::int64() const
{
    return qFromBigEndian<qint64>(data);
}

qint32 PgBinaryField::int32() const
{
    return qFromBigEndian<qint32>(data);
}

double PgBinaryField::float8() const
{
    const quint64 bits = qFromBigEndian<quint64>(data);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

int PgBinaryCopyParser::parse(const char* data, int length)
{
    int pos = 0;
    if (!m_headerDone) {
        if (length < kSignatureLength + 8)
            return 0;
        if (std::memcmp(data, kSignature, kSignatureLength) != 0)
            return -1;
        const qint32 extension = qFromBigEndian<qint32>(data + kSignatureLength + 4);
        if (length < kSignatureLength + 8 + extension)
            return 0;
        pos = kSignatureLength + 8 + extension;
        m_headerDone = true;
    }
    while (!m_finished && length - pos >= 2) {
        const qint16 count = qFromBigEndian<qint16>(data + pos);
        if (count == -1) {
            m_finished = true;
            return pos + 2;
        }
        int p = pos + 2;
        m_fields.resize(std::size_t(count));
        bool complete = true;
        for (int f = 0; f < count; ++f) {
            if (length - p < 4) {
                complete = false;
                break;
            }
            const qint32 len = qFromBigEndian<qint32>(data + p);
            p += 4;
            if (len > 0 && length - p < len) {
                complete = false;
                break;
            }
            m_fields[std::size_t(f)] = {data + p, len};
            if (len > 0)
                p += len;
        }
        if (!complete)
            break;
        m_handler(m_fields);
        pos = p;
    }
    return pos;
}

bool PgBinaryCopyParser::feed(const char* data, int length)
{
    if (m_pending.isEmpty()) {
        const int used = parse(data, length);
        if (used < 0)
            return false;
        if (used < length)
            m_pending.append(data + used, length - used);
        return true;
    }
    m_pending.append(data, length);
    const int used = parse(m_pending.constData(), int(m_pending.size()));
    if (used < 0)
        return false;
    m_pending.remove(0, used);
    return true;
}

PgBinaryCopyWriter::PgBinaryCopyWriter()
{
    m_buffer.append(kSignature, kSignatureLength);
    m_buffer.append(8, '\0'); // flags, header extension length
}

void PgBinaryCopyWriter::beginTuple(int fieldCount)
{
    char b[2];
    qToBigEndian<qint16>(qint16(fieldCount), b);
    m_buffer.append(b, 2);
}

void PgBinaryCopyWriter::addNull()
{
    char b[4];
    qToBigEndian<qint32>(-1, b);
    m_buffer.append(b, 4);
}

void PgBinaryCopyWriter::addText(QByteArrayView utf8)
{
    char b[4];
    qToBigEndian<qint32>(qint32(utf8.size()), b);
    m_buffer.append(b, 4);
    m_buffer.append(utf8.data(), utf8.size());
}

void PgBinaryCopyWriter::addInt64(qint64 value)
{
    char b[12];
    qToBigEndian<qint32>(8, b);
    qToBigEndian<qint64>(value, b + 4);
    m_buffer.append(b, 12);
}

void PgBinaryCopyWriter::addFloat8(double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    addInt64(qint64(bits));
}

void PgBinaryCopyWriter::addTimestamp(qint64 utcMsecs)
{
    addInt64((utcMsecs - Q_INT64_C(946684800000)) * 1000); // µs since 2000-01-01
}

void PgBinaryCopyWriter::finish()
{
    char b[2];
    qToBigEndian<qint16>(-1, b);
    m_buffer.append(b, 2);
}

QByteArray PgBinaryCopyWriter::take()
{
    QByteArray out;
    out.swap(m_buffer);
    m_buffer.reserve(out.capacity());
    return out;
}

void pgCopyOut(PgConnection& c, const QByteArray& copySql, const std::function<bool(const char*, int)>& chunk)
{
    PgResultPtr start(PQexec(c.raw(), copySql.constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_OUT) {
        if (start && PQresultStatus(start.get()) == PGRES_FATAL_ERROR)
            throw PgError(QString::fromUtf8(PQresultErrorField(start.get(), PG_DIAG_MESSAGE_PRIMARY)),
                          QByteArray(PQresultErrorField(start.get(), PG_DIAG_SQLSTATE)));
        throw lastError(c);
    }
    start.reset();
    bool ok = true;
    for (;;) {
        char* buffer = nullptr;
        const int n = PQgetCopyData(c.raw(), &buffer, 0);
        if (n > 0) {
            if (ok)
                ok = chunk(buffer, n);
            PQfreemem(buffer);
            continue;
        }
        if (n == -2)
            throw lastError(c);
        break; // -1: done
    }
    checkFinalResult(c);
    if (!ok)
        throw PgError(QStringLiteral("malformed COPY data"), "XX000");
}

void pgCopyIn(PgConnection& c, const QByteArray& copySql, const std::function<bool(QByteArray*)>& next)
{
    PgResultPtr start(PQexec(c.raw(), copySql.constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN) {
        if (start && PQresultStatus(start.get()) == PGRES_FATAL_ERROR)
            throw PgError(QString::fromUtf8(PQresultErrorField(start.get(), PG_DIAG_MESSAGE_PRIMARY)),
                          QByteArray(PQresultErrorField(start.get(), PG_DIAG_SQLSTATE)));
        throw lastError(c);
    }
    start.reset();
    QByteArray chunk;
    try {
        for (bool more = true; more;) {
            chunk.clear();
            more = next(&chunk);
            if (!chunk.isEmpty() && PQputCopyData(c.raw(), chunk.constData(), int(chunk.size())) != 1)
                throw lastError(c);
        }
    } catch (...) {
        PQputCopyEnd(c.raw(), "aborted by the client");
        while (PGresult* r = PQgetResult(c.raw()))
            PQclear(r);
        throw;
    }
    if (PQputCopyEnd(c.raw(), nullptr) != 1)
        throw lastError(c);
    checkFinalResult(c);
}

} // namespace centinela::core
