#include "MapLoader.h"

#include "OsmMapConfigData.h"
#include "Projection.h"
#include "RasterLayer.h"
#include "VectorLayer.h"
#include "roads/GdalSupport.h"
#include "roads/OsmOrderCheck.h"

#include <QFileInfo>
#include <QHash>

#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>

namespace centinela::maps {

namespace {

const QString kOsmAttribution = QStringLiteral("© OpenStreetMap contributors");

/// One vector layer being read: its builder and style.
struct Pending
{
    QString key;
    QString name;
    VectorStyle style;
    VectorData::Geometry geometry;
    VectorDataBuilder builder;
    Pending(QString k, QString n, VectorStyle s, VectorData::Geometry g)
        : key(std::move(k))
        , name(std::move(n))
        , style(std::move(s))
        , geometry(g)
        , builder(g, int(style.classes.size()))
    {
    }
};

class GeometryReader
{
public:
    explicit GeometryReader(OGRCoordinateTransformation* ct)
        : m_ct(ct)
    {
    }

    /// Adds every part of `g` matching the builder's geometry; returns false when a transform failed.
    bool add(const OGRGeometry* g, VectorDataBuilder& b, VectorData::Geometry want)
    {
        if (!g)
            return true;
        switch (wkbFlatten(g->getGeometryType())) {
        case wkbPoint:
            if (want == VectorData::Geometry::Points) {
                const auto* p = g->toPoint();
                return addXY(b, 1, [p](int, double* x, double* y) {
                    *x = p->getX();
                    *y = p->getY();
                });
            }
            return true;
        case wkbLineString:
        case wkbLinearRing:
            if (want != VectorData::Geometry::Points) {
                const auto* l = g->toSimpleCurve();
                return addXY(b, l->getNumPoints(), [l](int i, double* x, double* y) {
                    *x = l->getX(i);
                    *y = l->getY(i);
                });
            }
            return true;
        case wkbPolygon:
            if (want == VectorData::Geometry::Polygons) {
                for (const OGRLinearRing* ring : *g->toPolygon())
                    if (!add(ring, b, want))
                        return false;
            }
            return true;
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* part : *g->toGeometryCollection())
                if (!add(part, b, want))
                    return false;
            return true;
        default:
            return true;
        }
    }

private:
    template <typename Get> bool addXY(VectorDataBuilder& b, int n, Get get)
    {
        m_x.resize(std::size_t(n));
        m_y.resize(std::size_t(n));
        for (int i = 0; i < n; ++i)
            get(i, &m_x[std::size_t(i)], &m_y[std::size_t(i)]);
        if (m_ct && n > 0 && !m_ct->Transform(std::size_t(n), m_x.data(), m_y.data()))
            return false;
        b.addPart(m_x.data(), m_y.data(), std::size_t(n));
        return true;
    }

    OGRCoordinateTransformation* m_ct;
    std::vector<double> m_x, m_y;
};

VectorData::Geometry dimensionOf(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
        return VectorData::Geometry::Points;
    case wkbPolygon:
    case wkbMultiPolygon:
        return VectorData::Geometry::Polygons;
    default:
        return VectorData::Geometry::Lines;
    }
}

OGRSpatialReference wgs84()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

void finish(std::vector<std::unique_ptr<Pending>>& pending, const QString& prefix, const QString& attribution,
            LoadedMap& out)
{
    for (auto& p : pending) {
        if (p->builder.featureCount() == 0)
            continue;
        LoadedMap::Layer layer;
        layer.id = prefix + QLatin1Char(':') + p->key;
        layer.name = p->name;
        layer.attribution = attribution;
        layer.style = p->style;
        auto data = std::make_shared<VectorData>(p->builder.build());
        layer.extent = data->extent;
        layer.data = std::move(data);
        out.layers << layer;
    }
}

QString field(const OGRFeature& f, int index)
{
    return index >= 0 && f.IsFieldSetAndNotNull(index) ? QString::fromUtf8(f.GetFieldAsString(index)) : QString();
}

void loadOsm(const QString& path, const Projection& projection, const QString& prefix, LoadedMap& out)
{
    const OsmOrderCheck::Result order = OsmOrderCheck::check(path);
    if (!order.readable) {
        out.error = QStringLiteral("%1 cannot be read as OpenStreetMap data: %2").arg(path, order.error);
        return;
    }
    if (!order.nodesBeforeWays) {
        out.error = QStringLiteral("%1 is not sorted (%2): GDAL's OSM driver would draw broken streets. Sort it "
                                   "first, e.g. `osmium sort %1 -o sorted.osm.pbf`.")
                        .arg(path, order.detail);
        return;
    }
    if (!order.typesInOrder)
        out.warnings << QStringLiteral("%1 is not sorted (%2): areas made of relations whose members come later "
                                       "(some lakes, parks) are missing from the map; `osmium sort` fixes it.")
                            .arg(path, order.detail);
    const VsiMemFile config(QStringLiteral("osmconf-map.ini"), QByteArray(kMapOsmConfig));
    const QByteArray configOption = "CONFIG_FILE=" + config.path();
    const char* options[] = {configOption.constData(),
                             order.nodeIdsInOrder ? "USE_CUSTOM_INDEXING=YES" : "USE_CUSTOM_INDEXING=NO", nullptr};
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr));
    if (!ds) {
        out.error = QStringLiteral("GDAL cannot open %1").arg(path);
        return;
    }
    ds->ReleaseResultSet(ds->ExecuteSQL("SET interest_layers = lines,multipolygons", nullptr, nullptr));
    OGRLayer* lines = ds->GetLayerByName("lines");
    OGRLayer* areas = ds->GetLayerByName("multipolygons");
    if (!lines || !areas) {
        out.error = QStringLiteral("%1: GDAL's OSM driver gave no lines or areas").arg(path);
        return;
    }
    auto index = [](OGRLayer* l, const char* name) { return l->GetLayerDefn()->GetFieldIndex(name); };
    const int lHighway = index(lines, "highway"), lWaterway = index(lines, "waterway"),
              lRailway = index(lines, "railway"), lName = index(lines, "name");
    const int aBuilding = index(areas, "building"), aNatural = index(areas, "natural"),
              aLanduse = index(areas, "landuse"), aLeisure = index(areas, "leisure"),
              aWaterway = index(areas, "waterway"), aWater = index(areas, "water"), aName = index(areas, "name");
    if (lHighway < 0 || aBuilding < 0) {
        out.error = QStringLiteral("GDAL's OSM driver did not use Centinela's map configuration");
        return;
    }

    std::vector<std::unique_ptr<Pending>> pending;
    auto make = [&pending](const char* key, const QString& name, VectorStyle style, VectorData::Geometry g) {
        pending.push_back(std::make_unique<Pending>(QString::fromLatin1(key), name, std::move(style), g));
        return pending.back().get();
    };
    // Drawing order, bottom to top.
    Pending* landuse =
        make("landuse", QStringLiteral("Land use"), VectorStyle::landUse(), VectorData::Geometry::Polygons);
    Pending* water = make("water", QStringLiteral("Water"), VectorStyle::waterAreas(), VectorData::Geometry::Polygons);
    Pending* waterways =
        make("waterways", QStringLiteral("Rivers"), VectorStyle::waterways(), VectorData::Geometry::Lines);
    Pending* buildings =
        make("buildings", QStringLiteral("Buildings"), VectorStyle::buildings(), VectorData::Geometry::Polygons);
    Pending* railways =
        make("railways", QStringLiteral("Railways"), VectorStyle::railways(), VectorData::Geometry::Lines);
    Pending* roads = make("roads", QStringLiteral("Roads"), VectorStyle::roads(), VectorData::Geometry::Lines);

    const OGRSpatialReference geographic = wgs84();
    CoordinateTransformationPtr ct = projection.transformationFrom(geographic);
    GeometryReader reader(ct.get());
    qint64 failed = 0;
    auto addTo = [&](Pending* p, int style, const QString& name, const OGRGeometry* g) {
        if (style < 0)
            return;
        p->builder.beginFeature(style, name);
        if (!reader.add(g, p->builder, p->geometry))
            ++failed;
        p->builder.endFeature();
    };
    static const QStringList green = {QStringLiteral("park"),          QStringLiteral("garden"),
                                      QStringLiteral("grass"),         QStringLiteral("meadow"),
                                      QStringLiteral("pitch"),         QStringLiteral("recreation_ground"),
                                      QStringLiteral("village_green"), QStringLiteral("cemetery")};
    OGRLayer* layer = nullptr;
    for (;;) {
        OGRFeature* raw = ds->GetNextFeature(&layer, nullptr, nullptr, nullptr);
        if (!raw)
            break;
        const OGRFeatureUniquePtr f(raw);
        const OGRGeometry* g = f->GetGeometryRef();
        if (layer == lines) {
            const QString highway = field(*f, lHighway);
            if (!highway.isEmpty()) {
                addTo(roads, roads->style.indexOf(VectorStyle::roadClassFor(highway)), field(*f, lName), g);
                continue;
            }
            const QString waterway = field(*f, lWaterway);
            if (waterway == QLatin1String("river") || waterway == QLatin1String("canal"))
                addTo(waterways, 1, field(*f, lName), g);
            else if (waterway == QLatin1String("stream") || waterway == QLatin1String("drain"))
                addTo(waterways, 0, field(*f, lName), g);
            else if (!field(*f, lRailway).isEmpty() && field(*f, lRailway) != QLatin1String("abandoned"))
                addTo(railways, 0, QString(), g);
        } else if (layer == areas) {
            if (!field(*f, aBuilding).isEmpty()) {
                addTo(buildings, 0, QString(), g);
                continue;
            }
            const QString natural = field(*f, aNatural), landuseValue = field(*f, aLanduse),
                          leisure = field(*f, aLeisure);
            if (natural == QLatin1String("water") || field(*f, aWaterway) == QLatin1String("riverbank") ||
                !field(*f, aWater).isEmpty() || landuseValue == QLatin1String("reservoir") ||
                landuseValue == QLatin1String("basin")) {
                addTo(water, 0, field(*f, aName), g);
            } else if (natural == QLatin1String("wood") || landuseValue == QLatin1String("forest")) {
                addTo(landuse, 3, QString(), g);
            } else if (green.contains(leisure) || green.contains(landuseValue)) {
                addTo(landuse, 2, field(*f, aName), g);
            } else if (landuseValue == QLatin1String("industrial") || landuseValue == QLatin1String("railway")) {
                addTo(landuse, 1, QString(), g);
            } else if (landuseValue == QLatin1String("residential") || landuseValue == QLatin1String("commercial") ||
                       landuseValue == QLatin1String("retail")) {
                addTo(landuse, 0, QString(), g);
            }
        }
    }
    if (failed > 0)
        out.warnings << QStringLiteral("%1 features could not be projected and were skipped").arg(failed);
    finish(pending, prefix, kOsmAttribution, out);
}

QString nameField(const OGRFeatureDefn* defn)
{
    for (const char* candidate : {"name", "nombre", "NAME", "Name", "NOMBRE", "label", "sector", "call_sign"})
        if (defn->GetFieldIndex(candidate) >= 0)
            return QString::fromLatin1(candidate);
    return {};
}

void loadVector(GDALDataset& ds, const Projection& projection, const QString& prefix, LoadedMap& out)
{
    static const std::array<QColor, 6> palette = {QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x69, 0x5c),
                                                  QColor(0x1e, 0x88, 0xe5), QColor(0xad, 0x14, 0x57),
                                                  QColor(0x45, 0x5a, 0x64), QColor(0xef, 0x6c, 0x00)};
    const OGRSpatialReference geographic = wgs84();
    int colour = 0;
    for (OGRLayer* layer : ds.GetLayers()) {
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        const QString layerName = QString::fromUtf8(layer->GetName());
        const OGRSpatialReference* srs = layer->GetSpatialRef();
        if (!srs)
            out.warnings << QStringLiteral("layer %1 has no coordinate system: read as WGS84 lon/lat").arg(layerName);
        CoordinateTransformationPtr ct = projection.transformationFrom(srs ? *srs : geographic);
        if (!ct) {
            out.warnings
                << QStringLiteral("layer %1: no transformation to the display projection; skipped").arg(layerName);
            continue;
        }
        GeometryReader reader(ct.get());
        const int highway = defn->GetFieldIndex("highway");
        const QString nameKey = nameField(defn);
        const int name = nameKey.isEmpty() ? -1 : defn->GetFieldIndex(nameKey.toUtf8().constData());
        const QColor c = palette[std::size_t(colour++) % palette.size()];
        std::unique_ptr<Pending> byDim[3];
        qint64 failed = 0;
        layer->ResetReading();
        for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g)
                continue;
            const VectorData::Geometry dim = dimensionOf(g->getGeometryType());
            std::unique_ptr<Pending>& p = byDim[int(dim)];
            const bool isRoads = highway >= 0 && dim == VectorData::Geometry::Lines;
            if (!p) {
                const QString suffix = dim == VectorData::Geometry::Points  ? QStringLiteral("points")
                                       : dim == VectorData::Geometry::Lines ? QStringLiteral("lines")
                                                                            : QStringLiteral("areas");
                static const QStringList waterNames = {QStringLiteral("water"), QStringLiteral("agua"),
                                                       QStringLiteral("hydro"), QStringLiteral("lakes"),
                                                       QStringLiteral("rivers")};
                const bool isWater = waterNames.contains(layerName.toLower());
                VectorStyle style = isRoads                                            ? VectorStyle::roads()
                                    : isWater && dim == VectorData::Geometry::Polygons ? VectorStyle::waterAreas()
                                    : isWater && dim == VectorData::Geometry::Lines    ? VectorStyle::waterways()
                                                                                    : VectorStyle::generic(c, int(dim));
                if (isWater && dim == VectorData::Geometry::Lines)
                    style.classes = {style.classes.last()};
                p = std::make_unique<Pending>(layerName + QLatin1Char('/') + suffix, layerName, style, dim);
            }
            const int style = isRoads ? p->style.indexOf(VectorStyle::roadClassFor(field(*f, highway))) : 0;
            if (style < 0)
                continue;
            p->builder.beginFeature(style, field(*f, name));
            if (!reader.add(g, p->builder, dim))
                ++failed;
            p->builder.endFeature();
        }
        if (failed > 0)
            out.warnings << QStringLiteral("layer %1: %2 features could not be projected").arg(layerName).arg(failed);
        std::vector<std::unique_ptr<Pending>> done;
        // Areas below lines below points.
        for (int d : {2, 1, 0})
            if (byDim[d])
                done.push_back(std::move(byDim[d]));
        if (done.size() == 1)
            done.front()->key = layerName;
        finish(done, prefix,
               QString::fromUtf8(ds.GetMetadataItem("attribution") ? ds.GetMetadataItem("attribution") : ""), out);
    }
}

void loadRaster(GDALDataset& ds, const QString& path, const Projection& projection, const QString& prefix,
                LoadedMap& out)
{
    QRectF extent;
    QString error;
    if (!RasterLayer::displayExtent(ds, projection, &extent, &error)) {
        out.warnings << QStringLiteral("raster %1: %2").arg(path, error);
        return;
    }
    LoadedMap::Layer layer;
    layer.id = prefix + QStringLiteral(":raster");
    layer.name = QFileInfo(path).completeBaseName();
    layer.rasterPath = path;
    layer.extent = extent;
    const char* attribution = ds.GetMetadataItem("attribution");
    layer.attribution = attribution ? QString::fromUtf8(attribution) : QString();
    out.layers << layer;
}

} // namespace

qint64 LoadedMap::segments() const
{
    qint64 n = 0;
    for (const Layer& l : layers)
        if (l.data)
            n += l.data->segmentCount();
    return n;
}

LoadedMap MapLoader::load(const QString& path, const QString& projectionDefinition)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    LoadedMap out;
    out.source = path;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        out.error = QStringLiteral("%1: no such readable file").arg(path);
        return out;
    }
    const Projection projection(projectionDefinition);
    if (!projection.isValid()) {
        out.error = QStringLiteral("display projection %1 is not understood by GDAL").arg(projectionDefinition);
        return out;
    }
    const QString prefix = info.fileName();
    const QString suffix = info.fileName().toLower();
    if (suffix.endsWith(QLatin1String(".osm.pbf")) || suffix.endsWith(QLatin1String(".pbf")) ||
        suffix.endsWith(QLatin1String(".osm"))) {
        loadOsm(path, projection, prefix, out);
    } else {
        GDALDatasetUniquePtr ds(GDALDataset::Open(
            path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        if (!ds) {
            out.error = QStringLiteral("GDAL cannot open %1: %2")
                            .arg(path, errors.failures.isEmpty() ? QStringLiteral("not a map format GDAL reads")
                                                                 : errors.failures.first());
            return out;
        }
        if (ds->GetRasterCount() > 0)
            loadRaster(*ds, path, projection, prefix, out);
        loadVector(*ds, projection, prefix, out);
        // Rasters at the bottom, then areas, lines and points, whatever order the file lists its layers in.
        auto rank = [](const LoadedMap::Layer& l) {
            return l.data ? 3 - int(l.data->geometry == VectorData::Geometry::Polygons) * 2 +
                                int(l.data->geometry == VectorData::Geometry::Points)
                          : 0;
        };
        std::stable_sort(out.layers.begin(), out.layers.end(),
                         [&rank](const LoadedMap::Layer& a, const LoadedMap::Layer& b) { return rank(a) < rank(b); });
        if (out.layers.isEmpty() && out.error.isEmpty())
            out.error = QStringLiteral("%1 holds no features and no raster that can be shown").arg(path);
    }
    for (const LoadedMap::Layer& l : out.layers)
        out.extent = out.extent.isNull() ? l.extent : out.extent.united(l.extent);
    return out;
}

QList<MapLayer*> MapLoader::createLayers(const LoadedMap& map, const QString& projection, QObject* parent)
{
    QList<MapLayer*> layers;
    for (const LoadedMap::Layer& l : map.layers) {
        if (l.data)
            layers << new VectorLayer(l.id, l.name, l.data, l.style, l.attribution, parent);
        else
            layers << new RasterLayer(l.id, l.name, l.rasterPath, l.extent, projection, l.attribution, parent);
    }
    return layers;
}

} // namespace centinela::maps
