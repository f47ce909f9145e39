#pragma once

#include <QString>

namespace centinela::maps {

/// A synthetic city for scale tests and for the demo when no real map is configured: a perturbed grid
/// of streets with arterials (secondary every 5th, primary every 10th street), alternating one-way
/// residential streets, a few missing street pieces, and a river meandering west to east that only a
/// few bridges cross. Written through GDAL as a GeoPackage layer `roads` (EPSG:4326) with the fields
/// the importer reads by default: highway, oneway, maxspeed, name.
class CityGenerator
{
public:
    struct Options
    {
        qint64 nodes = 10000; ///< about this many intersections (the river takes a few)
        quint64 seed = 1;
        double spacingM = 90; ///< between neighbouring intersections
        double originLon = -58.45;
        double originLat = -34.65;
    };

    struct Stats
    {
        int side = 0; ///< intersections per row and per column
        qint64 intersections = 0;
        qint64 features = 0; ///< street runs written
        int bridges = 0;
    };

    /// Intersections per row and per column for `options`.
    static int side(const Options& options);
    /// The river's centre line at `column`, in rows from the south edge (water lies within 0.8 rows).
    static double riverCentreRow(const Options& options, int column);

    /// Writes the city to `path` (a new GeoPackage; an existing file is an error). Returns false with `error`.
    static bool write(const QString& path, const Options& options, Stats* stats, QString* error);
};

} // namespace centinela::maps
