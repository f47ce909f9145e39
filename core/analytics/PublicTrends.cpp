#include "PublicTrends.h"

#include "ReportFormatter.h"
#include "store/PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace centinela::core {

namespace {

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString csvText(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QList<PublicTrends::Row> PublicTrends::fromReport(const Report& report)
{
    QList<Row> out;
    for (const ReportGroup& g : report.current.groups) {
        Row r;
        r.week = g.values.value(0);
        r.sector = g.values.value(1);
        const IntervalStats& response = g.stats(ResponseInterval::Response);
        if (g.rows() < kMinimumGroup) {
            r.suppressed = true;
        } else {
            r.incidents = g.rows();
            if (response.count >= kMinimumGroup) {
                r.responseP50S = std::round(*response.p50S);
                r.responseP90S = std::round(*response.p90S);
            }
        }
        out.append(r);
    }
    return out;
}

QHash<QString, QJsonObject> PublicTrends::sectorGeometry(PgConnection& c, const ReportPeriod& period,
                                                         const QString& timeZone)
{
    QHash<QString, QJsonObject> out;
    const QTimeZone zone(timeZone.toUtf8());
    const std::optional<QByteArray> from =
        period.from.isNull()
            ? std::nullopt
            : std::optional<QByteArray>(period.from.startOfDay(zone).toUTC().toString(Qt::ISODate).toUtf8());
    const std::optional<QByteArray> to =
        period.to.isNull()
            ? std::nullopt
            : std::optional<QByteArray>(period.to.addDays(1).startOfDay(zone).toUTC().toString(Qt::ISODate).toUtf8());
    const PgRows rows =
        c.exec("SELECT f.sector, round(avg(f.lon)::numeric, 3)::float8, round(avg(f.lat)::numeric, 3)::float8,"
               "       (SELECT s.boundary::text FROM sectors s WHERE s.name = f.sector ORDER BY s.id LIMIT 1)"
               " FROM report_incidents f"
               " WHERE f.sector IS NOT NULL AND ($1::timestamptz IS NULL OR f.received_at >= $1)"
               "   AND ($2::timestamptz IS NULL OR f.received_at < $2)"
               " GROUP BY f.sector",
               {from, to});
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject boundary = QJsonDocument::fromJson(rows.bytes(r, 3)).object();
        if (!boundary.value(QLatin1String("coordinates")).toArray().isEmpty()) {
            out.insert(rows.text(r, 0), boundary);
            continue;
        }
        if (rows.isNull(r, 1))
            continue;
        out.insert(rows.text(r, 0), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                {QStringLiteral("coordinates"),
                                                 QJsonArray{rows.text(r, 1).toDouble(), rows.text(r, 2).toDouble()}}});
    }
    // The mean position needs enough incidents not to point at one.
    const PgRows counts =
        c.exec("SELECT sector FROM report_incidents WHERE sector IS NOT NULL AND lon IS NOT NULL"
               " AND ($1::timestamptz IS NULL OR received_at >= $1) AND ($2::timestamptz IS NULL OR received_at < $2)"
               " GROUP BY sector HAVING count(*) < $3",
               {from, to, QByteArray::number(kMinimumGroup)});
    for (int r = 0; r < counts.size(); ++r)
        if (out.value(counts.text(r, 0)).value(QLatin1String("type")).toString() == QLatin1String("Point"))
            out.remove(counts.text(r, 0));
    return out;
}

QByteArray PublicTrends::toCsv(const QList<Row>& rows)
{
    QString out = QStringLiteral("week,sector,incidents,response_p50_s,response_p90_s,suppressed\n");
    for (const Row& r : rows) {
        out += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(r.week, csvText(r.sector), r.incidents ? QString::number(*r.incidents) : QString(),
                        r.responseP50S ? ReportFormatter::formatNumber(*r.responseP50S) : QString(),
                        r.responseP90S ? ReportFormatter::formatNumber(*r.responseP90S) : QString(),
                        r.suppressed ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return out.toUtf8();
}

QByteArray PublicTrends::toGeoJson(const QList<Row>& rows, const QHash<QString, QJsonObject>& geometry)
{
    QJsonArray features;
    for (const Row& r : rows) {
        const auto g = geometry.constFind(r.sector);
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("geometry"), g == geometry.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*g)},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("week"), r.week},
                         {QStringLiteral("sector"), r.sector.isNull() ? QJsonValue(QJsonValue::Null) : r.sector},
                         {QStringLiteral("incidents"),
                          r.incidents ? QJsonValue(double(*r.incidents)) : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("response_p50_s"), optionalNumber(r.responseP50S)},
                         {QStringLiteral("response_p90_s"), optionalNumber(r.responseP90S)},
                         {QStringLiteral("suppressed"), r.suppressed}}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Compact);
}

} // namespace centinela::core
