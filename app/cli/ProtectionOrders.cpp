// centinela-cli protection-order set|lift|restore|list: the protective orders whose electronic
// bracelets the gateway watches — entered by the station's admin or a commander from the court's
// order, with the protected person's zones as points with a radius or as GeoJSON polygons.
#include "Cli.h"

#include "store/PgConnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <cstdio>
#include <memory>

namespace centinela::cli {

namespace {

bool validLonLat(double lon, double lat)
{
    return std::isfinite(lon) && std::isfinite(lat) && std::abs(lon) <= 180 && std::abs(lat) <= 90;
}

/// "casa=-90.5133,14.6349,50; escuela=-90.51,14.63,100": named circles (lon, lat, radius in metres).
bool parseZones(const QString& text, QJsonArray* zones, QString* error)
{
    for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QStringList parts = item.section(QLatin1Char('='), 1).split(QLatin1Char(','));
        bool okLon = false, okLat = false, okRadius = false;
        const double lon = parts.value(0).trimmed().toDouble(&okLon);
        const double lat = parts.value(1).trimmed().toDouble(&okLat);
        const double radius = parts.value(2).trimmed().toDouble(&okRadius);
        if (name.isEmpty() || parts.size() != 3 || !okLon || !okLat || !okRadius || !validLonLat(lon, lat) ||
            !(radius > 0 && radius <= 50000)) {
            *error = QStringLiteral("--zones: \"%1\" is not NAME=LON,LAT,RADIUS_M (radius 0 to 50,000 m)")
                         .arg(item.trimmed());
            return false;
        }
        zones->append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("area"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                             {QStringLiteral("coordinates"), QJsonArray{lon, lat}}}},
                        {QStringLiteral("radius_m"), radius}});
    }
    return true;
}

/// A GeoJSON FeatureCollection (or one Feature) of Polygons (the outer ring is the zone) and Points
/// with a `radius_m` property; `name` (or `nombre`) names each zone.
bool readZonesFile(const QString& path, QJsonArray* zones, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: not JSON (%2 at byte %3)").arg(path, parse.errorString()).arg(parse.offset);
        return false;
    }
    const QJsonArray features = root.value(QLatin1String("type")).toString() == QLatin1String("Feature")
                                    ? QJsonArray{root}
                                    : root.value(QLatin1String("features")).toArray();
    if (features.isEmpty()) {
        *error =
            QStringLiteral("%1: no features (a GeoJSON FeatureCollection of Polygons and Points is needed)").arg(path);
        return false;
    }
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        QString name = properties.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            name = properties.value(QLatin1String("nombre")).toString();
        if (name.isEmpty())
            name = QStringLiteral("zona %1").arg(i + 1);
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QString where = QStringLiteral("%1: feature %2 (%3)").arg(path).arg(i + 1).arg(name);
        if (type == QLatin1String("Point")) {
            const QJsonArray c = geometry.value(QLatin1String("coordinates")).toArray();
            const double radius = properties.value(QLatin1String("radius_m")).toDouble();
            if (c.size() < 2 || !validLonLat(c.at(0).toDouble(NAN), c.at(1).toDouble(NAN)) ||
                !(radius > 0 && radius <= 50000)) {
                *error = where + QStringLiteral(": a Point needs lon, lat and a radius_m property (0 to 50,000 m)");
                return false;
            }
            zones->append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("area"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                     {QStringLiteral("coordinates"), QJsonArray{c.at(0), c.at(1)}}}},
                {QStringLiteral("radius_m"), radius}});
        } else if (type == QLatin1String("Polygon")) {
            const QJsonArray ring = geometry.value(QLatin1String("coordinates")).toArray().at(0).toArray();
            bool ok = ring.size() >= 4 && ring.first() == ring.last();
            for (const QJsonValue& p : ring)
                ok = ok && p.toArray().size() >= 2 &&
                     validLonLat(p.toArray().at(0).toDouble(NAN), p.toArray().at(1).toDouble(NAN));
            if (!ok) {
                *error = where + QStringLiteral(": a Polygon needs a closed outer ring of at least 4 lon/lat points");
                return false;
            }
            zones->append(
                QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("area"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                                 {QStringLiteral("coordinates"), QJsonArray{ring}}}}});
        } else {
            *error = where + QStringLiteral(": only Polygon and Point zones are supported, not %1")
                                 .arg(type.isEmpty() ? QStringLiteral("nothing") : type);
            return false;
        }
    }
    return true;
}

/// Runs a command function (cmd_…(uuid, …)) and returns its answer, or fails with its conflict.
bool runCommand(core::PgConnection& db, const QByteArray& sql, std::vector<std::optional<QByteArray>> params,
                QJsonObject* answer, QString* error)
{
    params.insert(params.begin(), QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    try {
        *answer = QJsonDocument::fromJson(db.exec(sql, params).bytes(0, 0)).object();
    } catch (const core::PgError& e) {
        *error = e.message();
        return false;
    }
    if (!answer->value(QLatin1String("ok")).toBool()) {
        *error = answer->value(QLatin1String("message")).toString(QStringLiteral("refused"));
        return false;
    }
    return true;
}

int setOrder(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("db"), QStringLiteral("number"), QStringLiteral("device"),
                     QStringLiteral("offender"), QStringLiteral("offender-document"), QStringLiteral("protected"),
                     QStringLiteral("warning-m"), QStringLiteral("restraining-order"), QStringLiteral("zones"),
                     QStringLiteral("zones-file")},
                    {}, &error))
        return usageError(error);
    for (const char* required : {"number", "device", "offender", "protected"})
        if (args.value(QLatin1String(required)).trimmed().isEmpty())
            return usageError(QStringLiteral("protection-order set needs --%1").arg(QLatin1String(required)));
    double warning = 500;
    if (!args.number(QStringLiteral("warning-m"), 500, 1, 50000, &warning, &error))
        return usageError(error);
    QJsonArray zones;
    if (args.has(QStringLiteral("zones")) && !parseZones(args.value(QStringLiteral("zones")), &zones, &error))
        return usageError(error);
    if (args.has(QStringLiteral("zones-file")) &&
        !readZonesFile(args.value(QStringLiteral("zones-file")), &zones, &error))
        return failure(error);
    if (zones.isEmpty())
        return usageError(QStringLiteral("protection-order set needs the protected zones: --zones "
                                         "\"casa=LON,LAT,RADIUS_M; ...\" and/or --zones-file FILE.geojson"));
    QJsonObject order{{QStringLiteral("order_number"), args.value(QStringLiteral("number")).trimmed()},
                      {QStringLiteral("device_id"), args.value(QStringLiteral("device")).trimmed()},
                      {QStringLiteral("offender_name"), args.value(QStringLiteral("offender")).trimmed()},
                      {QStringLiteral("protected_name"), args.value(QStringLiteral("protected")).trimmed()},
                      {QStringLiteral("warning_m"), warning},
                      {QStringLiteral("zones"), zones}};
    if (args.has(QStringLiteral("offender-document")))
        order.insert(QStringLiteral("offender_document"), args.value(QStringLiteral("offender-document")));
    if (args.has(QStringLiteral("restraining-order")))
        order.insert(QStringLiteral("restraining_order"), args.value(QStringLiteral("restraining-order")));

    DatabaseTarget target;
    if (!target.openStation(args.value(QStringLiteral("db")), &error))
        return failure(error);
    std::unique_ptr<core::PgConnection> db;
    bool active = true;
    try {
        db = std::make_unique<core::PgConnection>(target.conninfo());
        // Entering an order again (new zones, a new bracelet) keeps what was not given: a lifted
        // order stays lifted (restore says why), the document and the court order stay.
        const core::PgRows prior = db->exec("SELECT active, offender_document, restraining_order FROM "
                                            "protection_orders WHERE order_number = $1",
                                            {order.value(QLatin1String("order_number")).toString().toUtf8()});
        if (prior.size() == 1) {
            active = prior.text(0, 0) == QLatin1String("t");
            if (!order.contains(QLatin1String("offender_document")) && !prior.isNull(0, 1))
                order.insert(QStringLiteral("offender_document"), prior.text(0, 1));
            if (!order.contains(QLatin1String("restraining_order")) && !prior.isNull(0, 2))
                order.insert(QStringLiteral("restraining_order"), prior.text(0, 2));
        }
    } catch (const core::PgError& e) {
        return failure(e.message());
    }
    order.insert(QStringLiteral("active"), active);
    QJsonObject answer;
    if (!runCommand(*db, "SELECT cmd_upsert_protection_order($1, $2::jsonb)",
                    {QJsonDocument(order).toJson(QJsonDocument::Compact)}, &answer, &error))
        return failure(
            QStringLiteral("order %1 not saved: %2").arg(order.value(QLatin1String("order_number")).toString(), error));
    std::printf("order_id: %lld\norder_number: %s\ndevice: %s\nzones: %lld\nwarning_m: %g\nactive: %s\n",
                qint64(answer.value(QLatin1String("order_id")).toDouble()),
                qUtf8Printable(order.value(QLatin1String("order_number")).toString()),
                qUtf8Printable(order.value(QLatin1String("device_id")).toString()), qint64(zones.size()), warning,
                active ? "true" : "false");
    return 0;
}

int setActive(const QStringList& argv, bool active)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db"), QStringLiteral("number"), QStringLiteral("reason")}, {}, &error))
        return usageError(error);
    if (args.value(QStringLiteral("number")).trimmed().isEmpty() ||
        args.value(QStringLiteral("reason")).trimmed().size() < 3)
        return usageError(QStringLiteral("protection-order %1 needs --number and --reason")
                              .arg(active ? QStringLiteral("restore") : QStringLiteral("lift")));
    DatabaseTarget target;
    if (!target.openStation(args.value(QStringLiteral("db")), &error))
        return failure(error);
    std::unique_ptr<core::PgConnection> db;
    try {
        db = std::make_unique<core::PgConnection>(target.conninfo());
    } catch (const core::PgError& e) {
        return failure(e.message());
    }
    QJsonObject answer;
    if (!runCommand(*db, "SELECT cmd_set_protection_order_active($1, $2, $3, $4)",
                    {args.value(QStringLiteral("number")).trimmed().toUtf8(), active ? "true" : "false",
                     args.value(QStringLiteral("reason")).trimmed().toUtf8()},
                    &answer, &error))
        return failure(error);
    std::printf("order_id: %lld\norder_number: %s\nactive: %s\n",
                qint64(answer.value(QLatin1String("order_id")).toDouble()),
                qUtf8Printable(args.value(QStringLiteral("number")).trimmed()), active ? "true" : "false");
    return 0;
}

int listOrders(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db")}, {}, &error))
        return usageError(error);
    DatabaseTarget target;
    if (!target.openStation(args.value(QStringLiteral("db")), &error))
        return failure(error);
    try {
        core::PgConnection db(target.conninfo());
        // One JSON object per line: what the gateway watches, and whether an alarm is open.
        const core::PgRows rows = db.exec(
            "SELECT jsonb_build_object('order_number', o.order_number, 'device', o.device_id,"
            " 'offender', o.offender_name, 'protected', o.protected_name, 'warning_m', o.warning_m, 'active', o.active,"
            " 'zones', (SELECT jsonb_agg(z.name ORDER BY z.id) FROM protection_zones z WHERE z.order_id = o.id),"
            " 'open_alarms', (o.proximity_alert IS NOT NULL)::int + (o.signal_alert IS NOT NULL)::int"
            "                + (o.tamper_alert IS NOT NULL)::int)::text"
            " FROM protection_orders o ORDER BY o.order_number");
        for (int r = 0; r < rows.size(); ++r)
            std::printf("%s\n", rows.bytes(r, 0).constData());
    } catch (const core::PgError& e) {
        return failure(e.message());
    }
    return 0;
}

} // namespace

void registerProtectionOrders(QList<Subcommand>& commands)
{
    commands.append(
        {QStringLiteral("protection-order set"),
         QStringLiteral("protection-order set [--db CONNINFO] --number N --device ID --offender NAME "
                        "--protected NAME [--offender-document DOC] [--warning-m M] [--restraining-order N] "
                        "--zones \"NAME=LON,LAT,RADIUS_M; ...\" | --zones-file FILE.geojson"),
         setOrder});
    commands.append({QStringLiteral("protection-order lift"),
                     QStringLiteral("protection-order lift [--db CONNINFO] --number N --reason TEXT"),
                     [](const QStringList& a) { return setActive(a, false); }});
    commands.append({QStringLiteral("protection-order restore"),
                     QStringLiteral("protection-order restore [--db CONNINFO] --number N --reason TEXT"),
                     [](const QStringList& a) { return setActive(a, true); }});
    commands.append(
        {QStringLiteral("protection-order list"), QStringLiteral("protection-order list [--db CONNINFO]"), listOrders});
}

} // namespace centinela::cli
