#pragma once

#include "Cli.h"
#include "routing/RoadProfile.h"
#include "routing/RoutingService.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace centinela::cli {

/// A row of a points CSV (header `id,lon,lat`, columns in any order, others ignored).
struct CsvPoint
{
    QString id; ///< as written in the file
    double lon = 0, lat = 0;
};

/// Reads a points CSV; false with `error` naming the file and line of the first problem (missing
/// column, a value that is not a number, a coordinate out of range, a repeated id, an empty file).
bool readPointsCsv(const QString& path, QList<CsvPoint>* points, QString* error);
/// Parses "LON,LAT"; false with `error`.
bool parseLonLat(const QString& text, double* lon, double* lat, QString* error);
/// An id as a JSON value: a number when it is a plain integer, else a string.
QByteArray jsonId(const QString& id);
/// A recommendation as the CLI prints it: `[{"unit": ID, "cost": C, "eta_s": S, "distance_m": M}, ...]`
/// (plus "route" when geometry was asked for); service unit ids are indexes into `units`.
QByteArray recommendationJson(const core::Recommendation& r, const QList<CsvPoint>& units);
/// Reads --metric (time|distance, default time) and --profile (car|pgrouting-cars|FILE, default car);
/// false with `error` (a usage error).
bool routingOptions(const Args& args, core::RouteMetric* metric, std::optional<core::RoadProfile>* profile,
                    QString* error);
/// Prints "centinela-cli: warning: message" on stderr.
void warn(const QString& message);

} // namespace centinela::cli
