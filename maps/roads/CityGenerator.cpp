#include "CityGenerator.h"

#include "GdalSupport.h"
#include "routing/Geodesic.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace centinela::maps {

namespace {

/// A deterministic value in [0, 1) for (seed, a, b, salt): coordinates must come out bit-identical
/// whichever street asks for them, so they cannot come from a sequential generator.
double noise(quint64 seed, qint64 a, qint64 b, quint64 salt)
{
    quint64 x = seed * 0x9E3779B97F4A7C15ull ^ quint64(a) * 0xC2B2AE3D27D4EB4Full ^ quint64(b) * 0x165667B19E3779F9ull ^
                salt * 0xD6E8FEB86659FD93ull;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 33;
    return double(x >> 11) / double(1ull << 53);
}

struct Street
{
    const char* highway;
    int maxspeed;
    int oneway; // 0 two-way, 1 along increasing index, -1 against
};

Street streetKind(int index)
{
    if (index % 10 == 0)
        return {"primary", 60, 0};
    if (index % 5 == 0)
        return {"secondary", 50, 0};
    if (index % 10 == 3)
        return {"residential", 30, 1};
    if (index % 10 == 7)
        return {"residential", 30, -1};
    return {"residential", 30, 0};
}

} // namespace

int CityGenerator::side(const Options& options)
{
    return int(std::ceil(std::sqrt(double(options.nodes))));
}

double CityGenerator::riverCentreRow(const Options& o, int column)
{
    const int n = side(o);
    return n / 2.0 + n * 0.12 * std::sin(2 * std::numbers::pi * 1.5 * column / n + double(o.seed % 7));
}

bool CityGenerator::write(const QString& path, const Options& o, Stats* stats, QString* error)
{
    if (o.nodes < 4 || o.nodes > 50'000'000) {
        *error = QStringLiteral("--nodes must be from 4 to 50000000");
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 already exists").arg(path);
        return false;
    }
    const int side = CityGenerator::side(o);
    double perLon = 0, perLat = 0;
    core::geodesic::metresPerDegree(o.originLat, &perLon, &perLat);
    const double dLon = o.spacingM / perLon, dLat = o.spacingM / perLat;

    // The river: a band about 1.6 streets wide whose centre meanders around the middle row.
    const auto inRiver = [&](int i, int j) { return std::abs(j - riverCentreRow(o, i)) < 0.8; };
    const int bridgeCount = std::max(2, side / 40);
    std::vector<char> bridge(std::size_t(side), 0);
    for (int b = 0; b < bridgeCount; ++b) {
        int i = int((b + 0.5) * side / bridgeCount);
        if (side >= 20)
            i = std::min(side - 1, (i + 5) / 10 * 10); // on an arterial
        bridge[std::size_t(i)] = 1;
    }
    // Water takes every lattice point in the band, except the bridges' own points.
    const auto exists = [&](int i, int j) { return !inRiver(i, j) || bridge[std::size_t(i)]; };
    // About 3 % of residential street pieces are missing: dead ends and detours, as in real cities.
    const auto pieceMissing = [&](int street, int at, int horizontal) {
        return streetKind(street).highway[0] == 'r' && noise(o.seed, street * 2 + horizontal, at, 3) < 0.03;
    };
    const auto coordinate = [&](int i, int j, double* lon, double* lat) {
        *lon = o.originLon + (i + 0.3 * (noise(o.seed, i, j, 1) - 0.5)) * dLon;
        *lat = o.originLat + (j + 0.3 * (noise(o.seed, i, j, 2) - 0.5)) * dLat;
    };

    ensureGdalRegistered();
    GdalErrorCollector gdal;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver) {
        *error = QStringLiteral("GDAL has no GeoPackage driver");
        return false;
    }
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, gdal.failures.join(QStringLiteral("; ")));
        return false;
    }
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = ds->CreateLayer("roads", &wgs84, wkbLineString, nullptr);
    if (!layer) {
        *error = QStringLiteral("cannot create the roads layer in %1").arg(path);
        return false;
    }
    for (const auto& [name, type] : {std::pair("highway", OFTString), std::pair("oneway", OFTString),
                                     std::pair("maxspeed", OFTInteger), std::pair("name", OFTString)}) {
        OGRFieldDefn field(name, type);
        layer->CreateField(&field);
    }
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    if (ds->StartTransaction() != OGRERR_NONE) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }

    Stats s;
    s.side = side;
    s.bridges = bridgeCount;
    bool ok = true;
    // One street (a row or a column) is written as runs of consecutive pieces.
    const auto writeStreet = [&](int street, bool horizontal) {
        const Street kind = streetKind(street);
        const QByteArray name = (kind.highway[0] == 'p'   ? "Avenida "
                                 : kind.highway[0] == 's' ? "Bulevar "
                                                          : "Calle ") +
                                QByteArray(horizontal ? "Este " : "Norte ") + QByteArray::number(street);
        std::vector<int> run; // positions along the street
        const auto flush = [&] {
            if (run.size() >= 2 && ok) {
                OGRFeature feature(const_cast<OGRFeatureDefn*>(defn));
                feature.SetField("highway", kind.highway);
                feature.SetField("oneway", kind.oneway == 0 ? "no" : kind.oneway == 1 ? "yes" : "-1");
                feature.SetField("maxspeed", kind.maxspeed);
                feature.SetField("name", name.constData());
                OGRLineString line;
                for (int at : run) {
                    double lon, lat;
                    coordinate(horizontal ? at : street, horizontal ? street : at, &lon, &lat);
                    line.addPoint(lon, lat);
                }
                feature.SetGeometry(&line);
                ok = layer->CreateFeature(&feature) == OGRERR_NONE;
                ++s.features;
            }
            run.clear();
        };
        for (int at = 0; at < side; ++at) {
            const int i = horizontal ? at : street, j = horizontal ? street : at;
            // Cross streets do not run over a bridge's deck, only along it.
            const bool usable = exists(i, j) && !(horizontal && inRiver(i, j));
            if (!usable) {
                flush();
                continue;
            }
            if (!run.empty() && (run.back() != at - 1 || pieceMissing(street, at, horizontal)))
                flush();
            run.push_back(at);
        }
        flush();
    };
    for (int j = 0; j < side; ++j)
        writeStreet(j, true);
    for (int i = 0; i < side; ++i)
        writeStreet(i, false);
    for (int i = 0; i < side; ++i)
        for (int j = 0; j < side; ++j)
            s.intersections += exists(i, j);

    // The river itself, for the map (the road importer reads line layers only).
    if (ok) {
        OGRLayer* water = ds->CreateLayer("water", &wgs84, wkbPolygon, nullptr);
        OGRFieldDefn nameField("name", OFTString);
        ok = water && water->CreateField(&nameField) == OGRERR_NONE;
        if (ok) {
            OGRLinearRing ring;
            const auto centre = [&](double column) {
                const int c0 = std::clamp(int(std::floor(column)), 0, side - 1), c1 = std::min(c0 + 1, side - 1);
                const double t = std::clamp(column - c0, 0.0, 1.0);
                return riverCentreRow(o, c0) * (1 - t) + riverCentreRow(o, c1) * t;
            };
            const int steps = side * 4;
            for (int k = 0; k <= steps; ++k) {
                const double column = -0.5 + (side) * double(k) / steps;
                ring.addPoint(o.originLon + column * dLon, o.originLat + (centre(column) + 0.7) * dLat);
            }
            for (int k = steps; k >= 0; --k) {
                const double column = -0.5 + (side) * double(k) / steps;
                ring.addPoint(o.originLon + column * dLon, o.originLat + (centre(column) - 0.7) * dLat);
            }
            ring.closeRings();
            OGRPolygon polygon;
            polygon.addRing(&ring);
            OGRFeature feature(water->GetLayerDefn());
            feature.SetField("name", "Río Centinela");
            feature.SetGeometry(&polygon);
            ok = water->CreateFeature(&feature) == OGRERR_NONE;
        }
    }
    if (!ok || ds->CommitTransaction() != OGRERR_NONE) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, gdal.failures.join(QStringLiteral("; ")));
        return false;
    }
    ds.reset();
    if (stats)
        *stats = s;
    return true;
}

} // namespace centinela::maps
