#include "StationReader.h"

#include "PgConnection.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace centinela::core {

namespace {

QJsonArray jsonRows(PgConnection& c, const QByteArray& sql)
{
    const PgRows rows = c.exec("SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb) FROM (" + sql + ") t");
    return QJsonDocument::fromJson(rows.bytes(0, 0)).array();
}

} // namespace

Snapshot StationReader::loadSnapshot(PgConnection& c)
{
    Snapshot s;
    c.execScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
        const PgRows marks = c.exec("SELECT (SELECT coalesce(max(id), 0) FROM events),"
                                    " (SELECT coalesce(max(seq), 0) FROM unit_positions)");
        s.eventWatermark = marks.toLongLong(0, 0);
        s.positionWatermark = marks.toLongLong(0, 1);
        for (const QJsonValue& v : jsonRows(c, "SELECT * FROM units ORDER BY id"))
            s.units.push_back(Unit::fromJson(v.toObject()));
        // The same reading the sync client does later, from seq 0, in this snapshot.
        QHash<qint64, UnitPosition> positions;
        for (const UnitPosition& p : positionsAfter(c, 0, std::numeric_limits<int>::max()))
            positions.insert(p.unitId, p);
        for (Unit& u : s.units)
            if (const auto it = positions.constFind(u.id); it != positions.constEnd())
                u.position = *it;
        for (const QJsonValue& v :
             jsonRows(c, "SELECT * FROM alerts WHERE state IN ('new', 'acknowledged') ORDER BY id"))
            s.alerts.push_back(Alert::fromJson(v.toObject()));
        for (const QJsonValue& v : jsonRows(c, "SELECT * FROM incidents WHERE state <> 'closed' ORDER BY id"))
            s.incidents.push_back(Incident::fromJson(v.toObject()));
        for (const QJsonValue& v : jsonRows(c, "SELECT * FROM assignments WHERE cleared_at IS NULL ORDER BY id"))
            s.assignments.push_back(Assignment::fromJson(v.toObject()));
        for (const QJsonValue& v : jsonRows(c, "SELECT n.* FROM notes n JOIN incidents i ON i.id = n.incident_id"
                                               " WHERE i.state <> 'closed' ORDER BY n.id"))
            s.notes.push_back(Note::fromJson(v.toObject()));
        c.execScript("COMMIT");
    } catch (const PgError&) {
        try {
            c.execScript("ROLLBACK");
        } catch (const PgError&) {
        }
        throw;
    }
    return s;
}

QList<Event> StationReader::eventsAfter(PgConnection& c, qint64 after, int limit)
{
    const PgRows rows =
        c.exec("SELECT id, to_json(at) #>> '{}', actor, kind, entity_type, entity_id, payload FROM events"
               " WHERE id > $1 ORDER BY id LIMIT $2",
               {QByteArray::number(after), QByteArray::number(limit)});
    QList<Event> out;
    out.reserve(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        Event e;
        e.id = rows.toLongLong(r, 0);
        e.at = QDateTime::fromString(rows.text(r, 1), Qt::ISODateWithMs).toUTC();
        e.actor = rows.text(r, 2);
        e.kind = rows.text(r, 3);
        e.entityType = rows.text(r, 4);
        e.entityId = rows.toLongLong(r, 5);
        e.payload = QJsonDocument::fromJson(rows.bytes(r, 6)).object();
        out.push_back(std::move(e));
    }
    return out;
}

QList<UnitPosition> StationReader::positionsAfter(PgConnection& c, qint64 after, int limit)
{
    const PgRows rows =
        c.exec("SELECT unit_id, lon, lat, coalesce(heading, 0), coalesce(speed, 0),"
               " to_json(fix_time) #>> '{}', seq FROM unit_positions WHERE seq > $1 ORDER BY seq LIMIT $2",
               {QByteArray::number(after), QByteArray::number(limit)});
    QList<UnitPosition> out;
    out.reserve(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        UnitPosition p;
        p.unitId = rows.toLongLong(r, 0);
        p.point = {rows.text(r, 1).toDouble(), rows.text(r, 2).toDouble()};
        p.heading = rows.text(r, 3).toDouble();
        p.speed = rows.text(r, 4).toDouble();
        p.fixTime = QDateTime::fromString(rows.text(r, 5), Qt::ISODateWithMs).toUTC();
        p.seq = rows.toLongLong(r, 6);
        out.push_back(p);
    }
    return out;
}

} // namespace centinela::core
