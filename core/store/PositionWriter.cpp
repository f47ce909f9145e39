#include "PositionWriter.h"

#include "PgConnection.h"

#include <QHash>

namespace centinela::core {

namespace {

QByteArray pgArray(const QList<QByteArray>& items)
{
    QByteArray out = "{";
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items.at(i);
    }
    return out + '}';
}
} // namespace

PositionWriter::PositionWriter(QString conninfo)
    : m_conninfo(std::move(conninfo))
{
}

PositionWriter::~PositionWriter() = default;

void PositionWriter::ensurePartitions(const QList<UnitPosition>& fixes)
{
    for (const UnitPosition& p : fixes) {
        const QDate day = p.fixTime.toUTC().date();
        if (m_partitions.contains(day))
            continue;
        m_connection->exec("SELECT ensure_positions_partition($1::date)", {day.toString(Qt::ISODate).toUtf8()});
        m_partitions.insert(day);
    }
}

qint64 PositionWriter::write(const QList<UnitPosition>& fixes)
{
    if (fixes.isEmpty())
        return 0;
    if (!m_connection || !m_connection->isOpen()) {
        m_connection = std::make_unique<PgConnection>(m_conninfo);
        m_partitions.clear();
    }
    PgConnection& c = *m_connection;
    try {
        ensurePartitions(fixes);
        c.execScript("BEGIN");
        c.exec("COPY positions (unit_id, lon, lat, heading, speed, fix_time) FROM STDIN");
        QByteArray buffer;
        buffer.reserve(fixes.size() * 80);
        QHash<qint64, const UnitPosition*> latest;
        for (const UnitPosition& p : fixes) {
            buffer += QByteArray::number(p.unitId) + '\t' + QByteArray::number(p.point.lon, 'g', 10) + '\t' +
                      QByteArray::number(p.point.lat, 'g', 10) + '\t' + QByteArray::number(p.heading, 'g', 5) + '\t' +
                      QByteArray::number(p.speed, 'g', 5) + '\t' +
                      p.fixTime.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '\n';
            const auto it = latest.constFind(p.unitId);
            if (it == latest.constEnd() || (*it)->fixTime <= p.fixTime)
                latest.insert(p.unitId, &p);
        }
        if (PQputCopyData(c.raw(), buffer.constData(), int(buffer.size())) != 1 || PQputCopyEnd(c.raw(), nullptr) != 1)
            throw PgError(QString::fromUtf8(PQerrorMessage(c.raw())), {});
        while (PGresult* r = PQgetResult(c.raw())) {
            PgResultPtr result(r);
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                const QByteArray state(PQresultErrorField(r, PG_DIAG_SQLSTATE));
                throw PgError(QString::fromUtf8(PQresultErrorMessage(r)).trimmed(),
                              PQstatus(c.raw()) == CONNECTION_OK ? state : QByteArray());
            }
        }

        QList<QByteArray> ids, lons, lats, headings, speeds, times;
        for (const UnitPosition* p : std::as_const(latest)) {
            ids << QByteArray::number(p->unitId);
            lons << QByteArray::number(p->point.lon, 'g', 10);
            lats << QByteArray::number(p->point.lat, 'g', 10);
            headings << QByteArray::number(p->heading, 'g', 5);
            speeds << QByteArray::number(p->speed, 'g', 5);
            times << '"' + p->fixTime.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '"';
        }
        // Under the position-ordering lock, in the database (upsert_last_positions): readers
        // following `seq` never skip a slower batch.
        const PgRows rows =
            c.exec("SELECT upsert_last_positions($1::int[], $2::float8[], $3::float8[], $4::real[],"
                   " $5::real[], $6::timestamptz[])",
                   {pgArray(ids), pgArray(lons), pgArray(lats), pgArray(headings), pgArray(speeds), pgArray(times)});
        const qint64 last = rows.toLongLong(0, 0);
        c.execScript("COMMIT");
        return last;
    } catch (const PgError& e) {
        if (c.isOpen() && PQtransactionStatus(c.raw()) != PQTRANS_IDLE) {
            try {
                c.execScript("ROLLBACK");
            } catch (const PgError&) {
            }
        }
        if (e.isConnectionLost())
            m_connection.reset();
        throw;
    }
}

} // namespace centinela::core
