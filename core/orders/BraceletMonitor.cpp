#include "BraceletMonitor.h"

#include "routing/Geodesic.h"
#include "routing/RoutingService.h"
#include "store/PgConnection.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cmath>

namespace centinela::core {

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject point(const GeoPoint& p)
{
    return {{QStringLiteral("lon"), p.lon}, {QStringLiteral("lat"), p.lat}};
}

} // namespace

BraceletMonitor::BraceletMonitor(QString conninfo, const Clock* clock, std::shared_ptr<RoutingService> routing,
                                 QObject* parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_clock(clock)
    , m_routing(std::move(routing))
{
}

BraceletMonitor::~BraceletMonitor() = default;

PgConnection& BraceletMonitor::db()
{
    if (!m_db || !m_db->isOpen())
        m_db = std::make_unique<PgConnection>(m_conninfo);
    return *m_db;
}

bool BraceletMonitor::reload(QString* error)
{
    try {
        PgConnection& c = db();
        if (!m_started.isValid())
            m_started = m_clock->now();
        const PgRows settings = c.exec(
            "SELECT coalesce((settings -> 'bracelets' ->> 'signal_loss_s')::int, 300),"
            " coalesce((settings -> 'bracelets' ->> 'hysteresis_m')::float8, 50) FROM stations ORDER BY id LIMIT 1");
        if (settings.size() > 0) {
            m_signalLossS = int(settings.toLongLong(0, 0));
            m_hysteresisM = settings.text(0, 1).toDouble();
        }
        m_version =
            c.exec("SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM protection_orders").text(0, 0);
        const PgRows orders =
            c.exec("SELECT o.id, o.order_number, o.device_id, o.offender_name, coalesce(o.offender_document, ''),"
                   " o.protected_name, o.warning_m, coalesce(o.proximity_alert, 0), coalesce(o.signal_alert, 0),"
                   " coalesce(o.tamper_alert, 0), (extract(epoch FROM f.last) * 1000)::bigint, coalesce(z.zones, '[]')"
                   " FROM protection_orders o"
                   " LEFT JOIN (SELECT order_id, max(fix_time) AS last FROM bracelet_fixes GROUP BY order_id) f"
                   "   ON f.order_id = o.id"
                   " LEFT JOIN (SELECT order_id, jsonb_agg(jsonb_build_object('id', id, 'name', name, 'area', area,"
                   "   'radius_m', radius_m) ORDER BY id) AS zones FROM protection_zones GROUP BY order_id) z"
                   "   ON z.order_id = o.id"
                   " WHERE o.active");
        QHash<QString, Order> fresh;
        for (int r = 0; r < orders.size(); ++r) {
            Order o;
            o.id = int(orders.toLongLong(r, 0));
            o.number = orders.text(r, 1);
            o.device = orders.text(r, 2);
            o.offender = orders.text(r, 3);
            o.offenderDocument = orders.text(r, 4);
            o.protectedName = orders.text(r, 5);
            o.warningM = orders.text(r, 6).toDouble();
            o.proximityAlert = orders.toLongLong(r, 7);
            o.signalAlert = orders.toLongLong(r, 8);
            o.tamperAlert = orders.toLongLong(r, 9);
            for (const QJsonValue& v : QJsonDocument::fromJson(orders.bytes(r, 11)).array()) {
                const QJsonObject z = v.toObject();
                ProtectedZone zone;
                zone.id = qint64(z.value(QLatin1String("id")).toDouble());
                zone.name = z.value(QLatin1String("name")).toString();
                if (ProtectedZone::fromGeoJson(z.value(QLatin1String("area")).toObject(),
                                               z.value(QLatin1String("radius_m")).toDouble(), &zone))
                    o.zones.push_back(zone);
            }
            if (const auto old = m_orders.constFind(o.device); old != m_orders.constEnd() && old->id == o.id) {
                o.lastFix = old->lastFix;
                o.lastPoint = old->lastPoint;
                o.hasPoint = old->hasPoint;
            } else {
                o.lastFix =
                    orders.isNull(r, 10)
                        ? m_started
                        : std::max(m_started, QDateTime::fromMSecsSinceEpoch(orders.toLongLong(r, 10), Qt::UTC));
            }
            fresh.insert(o.device, o);
        }
        m_orders = std::move(fresh);
        QWriteLocker lock(&m_devicesLock);
        m_devices = QSet<QString>(m_orders.keyBegin(), m_orders.keyEnd());
        return true;
    } catch (const PgError& e) {
        if (error)
            *error = e.message();
        m_db.reset();
        return false;
    }
}

bool BraceletMonitor::reloadIfChanged(QString* error)
{
    try {
        const QString version =
            db().exec("SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM protection_orders")
                .text(0, 0);
        if (version == m_version)
            return true;
    } catch (const PgError& e) {
        if (error)
            *error = e.message();
        m_db.reset();
        return false;
    }
    return reload(error);
}

bool BraceletMonitor::isBracelet(const QString& deviceId) const
{
    QReadLocker lock(&m_devicesLock);
    return m_devices.contains(deviceId);
}

QJsonObject BraceletMonitor::nearestUnit(const ProtectedZone& zone)
{
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    if (now - m_unitsLoadedMs > 5000) {
        const PgRows rows = db().exec("SELECT u.id, u.call_sign, p.lon, p.lat FROM units u"
                                      " JOIN unit_positions p ON p.unit_id = u.id WHERE u.status = 'available'");
        m_availableUnits.clear();
        std::vector<UnitFix> fixes;
        for (int r = 0; r < rows.size(); ++r) {
            const qint64 id = rows.toLongLong(r, 0);
            const GeoPoint p{rows.text(r, 2).toDouble(), rows.text(r, 3).toDouble()};
            m_availableUnits.insert(id, {rows.text(r, 1), p});
            fixes.push_back({id, p.lon, p.lat, true});
        }
        if (m_routing) {
            std::vector<qint64> gone;
            for (const qint64 id : std::as_const(m_routedUnits))
                if (!m_availableUnits.contains(id))
                    gone.push_back(id);
            if (!gone.empty())
                m_routing->removeUnits(gone);
            m_routing->updateUnits(fixes);
            m_routedUnits = QSet<qint64>(m_availableUnits.keyBegin(), m_availableUnits.keyEnd());
        }
        m_unitsLoadedMs = now;
    }
    if (m_availableUnits.isEmpty())
        return {};
    if (m_routing && m_routing->graph()) {
        SearchOptions options;
        options.k = 1;
        const Recommendation r = m_routing->recommend(zone.centre.lon, zone.centre.lat, options);
        if (!r.units.empty() && !r.incident.tooFar) {
            const UnitRecommendation& best = r.units.front();
            return {{QStringLiteral("unit_id"), best.unitId},
                    {QStringLiteral("call_sign"), m_availableUnits.value(best.unitId).first},
                    {QStringLiteral("eta_s"), std::round(best.etaS)},
                    {QStringLiteral("distance_m"), std::round(best.distanceM)},
                    {QStringLiteral("by"), QStringLiteral("road")}};
        }
    }
    // No road network around the zone (or no unit reaches it): the nearest in a straight line.
    qint64 bestId = 0;
    double best = std::numeric_limits<double>::infinity();
    for (auto it = m_availableUnits.cbegin(); it != m_availableUnits.cend(); ++it) {
        const double d = geodesic::haversine(it->second.lon, it->second.lat, zone.centre.lon, zone.centre.lat);
        if (d < best) {
            best = d;
            bestId = it.key();
        }
    }
    return {{QStringLiteral("unit_id"), bestId},
            {QStringLiteral("call_sign"), m_availableUnits.value(bestId).first},
            {QStringLiteral("distance_m"), std::round(best)},
            {QStringLiteral("by"), QStringLiteral("straight_line")}};
}

QJsonObject BraceletMonitor::proximityDetails(const Order& o, const ProtectedZone& zone, const PositionFix& fix,
                                              double distance)
{
    QJsonObject offender = point(fix.point);
    offender.insert(QStringLiteral("name"), o.offender);
    offender.insert(QStringLiteral("document"), o.offenderDocument);
    offender.insert(QStringLiteral("fix_time"), fix.time.toUTC().toString(Qt::ISODateWithMs));
    offender.insert(QStringLiteral("device_id"), o.device);
    QJsonObject protectedPerson = point(zone.centre);
    protectedPerson.insert(QStringLiteral("name"), o.protectedName);
    protectedPerson.insert(QStringLiteral("zone"), zone.name);
    protectedPerson.insert(QStringLiteral("zone_id"), zone.id);
    return {{QStringLiteral("order_number"), o.number},
            {QStringLiteral("offender"), offender},
            {QStringLiteral("protected"), protectedPerson},
            {QStringLiteral("distance_m"), std::round(distance)},
            {QStringLiteral("warning_m"), o.warningM}};
}

QString BraceletMonitor::proximityBody(const Order& o, const ProtectedZone& zone, double distance,
                                       const QJsonObject& unit) const
{
    // Spanish, like every message the database or the gateway writes for the desk.
    QString body = distance <= 0 ? QStringLiteral("Brazalete: %1 DENTRO de la zona «%2» de %3 (orden %4).")
                                       .arg(o.offender, zone.name, o.protectedName, o.number)
                                 : QStringLiteral("Brazalete: %1 a %2 m de la zona «%3» de %4 (orden %5).")
                                       .arg(o.offender)
                                       .arg(qRound(distance))
                                       .arg(zone.name, o.protectedName, o.number);
    if (unit.isEmpty())
        body += QStringLiteral(" Ninguna unidad disponible.");
    else if (unit.value(QLatin1String("by")).toString() == QLatin1String("road"))
        body += QStringLiteral(" Unidad más cercana: %1 (%2 min).")
                    .arg(unit.value(QLatin1String("call_sign")).toString())
                    .arg(qMax(1, qRound(unit.value(QLatin1String("eta_s")).toDouble() / 60.0)));
    else
        body += QStringLiteral(" Unidad más cercana: %1 (%2 m en línea recta).")
                    .arg(unit.value(QLatin1String("call_sign")).toString())
                    .arg(qRound(unit.value(QLatin1String("distance_m")).toDouble()));
    return body;
}

qint64 BraceletMonitor::raise(Order& o, const char* kind, const QString& body, const GeoPoint& at,
                              const QJsonObject& details)
{
    const PgRows r =
        db().exec("SELECT bracelet_raise($1, $2, $3, $4, $5, $6)",
                  {QByteArray::number(o.id), QByteArray(kind), body.toUtf8(), QByteArray::number(at.lon, 'g', 10),
                   QByteArray::number(at.lat, 'g', 10), json(details)});
    return r.toLongLong(0, 0);
}

void BraceletMonitor::endEpisode(Order& o, const char* kind)
{
    db().exec("SELECT bracelet_end_episode($1, $2)", {QByteArray::number(o.id), QByteArray(kind)});
}

BraceletMonitor::Outcome BraceletMonitor::check(const PositionFix& fix)
{
    Outcome out;
    const auto it = m_orders.find(fix.deviceId);
    if (it == m_orders.end())
        return out;
    out.known = true;
    Order& o = *it;
    const ProtectedZone* nearest = nullptr;
    double distance = std::numeric_limits<double>::infinity();
    for (const ProtectedZone& z : o.zones) {
        const double d = z.distanceM(fix.point);
        if (d < distance) {
            distance = d;
            nearest = &z;
        }
    }
    out.distanceM = nearest ? distance : -1;
    try {
        // A fix after a silence ends the signal-loss episode (its alert stays for the operator).
        if (o.signalAlert) {
            endEpisode(o, "signal_loss");
            o.signalAlert = 0;
        }
        if (fix.tamper && !o.tamperAlert) {
            QJsonObject details{{QStringLiteral("order_number"), o.number},
                                {QStringLiteral("offender"), point(fix.point)}};
            o.tamperAlert = raise(o, "tamper",
                                  QStringLiteral("Brazalete manipulado: %1 (orden %2, protege a %3).")
                                      .arg(o.offender, o.number, o.protectedName),
                                  fix.point, details);
            out.raised = true;
        } else if (!fix.tamper && o.tamperAlert) {
            endEpisode(o, "tamper");
            o.tamperAlert = 0;
        }
        if (nearest) {
            if (!o.proximityAlert && distance <= o.warningM) {
                const QJsonObject unit = nearestUnit(*nearest);
                QJsonObject details = proximityDetails(o, *nearest, fix, distance);
                details.insert(QStringLiteral("nearest_unit"), unit);
                o.proximityAlert =
                    raise(o, "proximity", proximityBody(o, *nearest, distance, unit), fix.point, details);
                out.raised = true;
            } else if (o.proximityAlert) {
                // The episode's alert follows the offender, inside the zone or not.
                QJsonObject details = proximityDetails(o, *nearest, fix, distance);
                QJsonObject unit;
                if (distance <= o.warningM) {
                    unit = nearestUnit(*nearest);
                    details.insert(QStringLiteral("nearest_unit"), unit);
                }
                const PgRows r =
                    db().exec("SELECT bracelet_update($1, $2, $3, $4, $5)",
                              {QByteArray::number(o.proximityAlert),
                               (distance <= o.warningM ? proximityBody(o, *nearest, distance, unit)
                                                       : proximityBody(o, *nearest, distance, unit)
                                                             .replace(QStringLiteral("Brazalete:"),
                                                                      QStringLiteral("Brazalete (se alejó):")))
                                   .toUtf8(),
                               QByteArray::number(fix.point.lon, 'g', 10), QByteArray::number(fix.point.lat, 'g', 10),
                               json(details)});
                const QString state = r.text(0, 0);
                const bool open = state == QLatin1String("new") || state == QLatin1String("acknowledged");
                out.updated = open;
                // Hysteresis: the episode ends once the operator cleared it and the offender is clearly away.
                if (!open && distance > o.warningM + m_hysteresisM) {
                    endEpisode(o, "proximity");
                    o.proximityAlert = 0;
                }
            }
        }
    } catch (const PgError& e) {
        out.error = e.message();
        m_db.reset();
        return out;
    }
    out.alertId = o.proximityAlert;
    o.lastFix = std::max(o.lastFix, fix.time);
    o.lastPoint = fix.point;
    o.hasPoint = true;
    m_track.push_back({o.id, fix, out.distanceM});
    return out;
}

void BraceletMonitor::submit(const PositionFix& fix, std::function<void(const Outcome&)> done)
{
    QMetaObject::invokeMethod(this, [this, fix, done = std::move(done)] {
        const Outcome o = check(fix);
        if (done)
            done(o);
    });
}

int BraceletMonitor::checkSignals()
{
    const QDateTime now = m_clock->now();
    int raised = 0;
    for (Order& o : m_orders) {
        if (o.signalAlert || o.lastFix.secsTo(now) < m_signalLossS)
            continue;
        QJsonObject details{{QStringLiteral("order_number"), o.number},
                            {QStringLiteral("last_fix_time"), o.lastFix.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("signal_loss_s"), m_signalLossS}};
        if (o.hasPoint)
            details.insert(QStringLiteral("offender"), point(o.lastPoint));
        const GeoPoint at = o.hasPoint ? o.lastPoint : (o.zones.empty() ? GeoPoint{} : o.zones.front().centre);
        try {
            o.signalAlert = raise(
                o, "signal_loss",
                QStringLiteral("Brazalete sin señal desde %1 UTC: %2 (orden %3, protege a %4).")
                    .arg(o.lastFix.toUTC().toString(QStringLiteral("HH:mm")), o.offender, o.number, o.protectedName),
                at, details);
            ++raised;
        } catch (const PgError& e) {
            qWarning("centinela-gateway: signal-loss alert not raised: %s", qUtf8Printable(e.message()));
            m_db.reset();
            break;
        }
    }
    return raised;
}

void BraceletMonitor::flushTrack()
{
    if (m_track.isEmpty())
        return;
    QByteArray rows;
    for (const TrackRow& t : std::as_const(m_track))
        rows += QByteArray::number(t.order) + '\t' + QByteArray::number(t.fix.point.lon, 'g', 10) + '\t' +
                QByteArray::number(t.fix.point.lat, 'g', 10) + '\t' +
                t.fix.time.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '\t' +
                (t.distanceM < 0 ? QByteArray("\\N") : QByteArray::number(t.distanceM, 'f', 1)) + '\t' +
                (t.fix.tamper ? "t" : "f") + '\n';
    try {
        PgConnection& c = db();
        c.exec("COPY bracelet_fixes (order_id, lon, lat, fix_time, distance_m, tamper) FROM STDIN");
        if (PQputCopyData(c.raw(), rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(c.raw(), nullptr) != 1)
            throw PgError(QString::fromUtf8(PQerrorMessage(c.raw())), {});
        bool failed = false;
        while (PGresult* r = PQgetResult(c.raw())) {
            failed |= PQresultStatus(r) != PGRES_COMMAND_OK;
            PQclear(r);
        }
        if (failed)
            throw PgError(QString::fromUtf8(PQerrorMessage(c.raw())), "XX000");
        m_track.clear();
    } catch (const PgError& e) {
        qWarning("centinela-gateway: %d bracelet track rows not written: %s", int(m_track.size()),
                 qUtf8Printable(e.message()));
        m_db.reset();
        if (m_track.size() > 100000)
            m_track.clear(); // the alerts matter; a track the database cannot take is let go
    }
}

void BraceletMonitor::start()
{
    auto* track = new QTimer(this);
    connect(track, &QTimer::timeout, this, &BraceletMonitor::flushTrack);
    track->start(1000);
    auto* signals_ = new QTimer(this);
    connect(signals_, &QTimer::timeout, this, &BraceletMonitor::checkSignals);
    signals_->start(qBound(1000, m_signalLossS * 250, 30000));
    auto* reloads = new QTimer(this);
    connect(reloads, &QTimer::timeout, this, [this] {
        QString error;
        if (!reloadIfChanged(&error))
            qWarning("centinela-gateway: protective orders not reloaded: %s", qUtf8Printable(error));
    });
    reloads->start(5000);
}

} // namespace centinela::core
