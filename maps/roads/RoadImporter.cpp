#include "RoadImporter.h"

#include "GdalSupport.h"
#include "OsmConfigData.h"
#include "OsmOrderCheck.h"
#include "routing/RoadGraphBuilder.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <vector>

namespace centinela::maps {

namespace {

/// Parses GDAL's hstore text ("k"=>"v","k2"=>"v2", with \" and \\ escaped) into tags, in order.
bool parseHstore(const char* p, core::RoadTags& tags)
{
    const auto quoted = [&p](QByteArray& out) {
        while (*p == ' ')
            ++p;
        if (*p != '"')
            return false;
        ++p;
        out.clear();
        while (*p && *p != '"') {
            if (*p == '\\' && p[1])
                ++p;
            out += *p++;
        }
        if (*p != '"')
            return false;
        ++p;
        return true;
    };
    QByteArray key, value;
    while (*p) {
        if (!quoted(key))
            return false;
        while (*p == ' ')
            ++p;
        if (p[0] != '=' || p[1] != '>')
            return false;
        p += 2;
        if (!quoted(value))
            return false;
        tags.add(key, value);
        while (*p == ' ')
            ++p;
        if (*p == ',')
            ++p;
        else if (*p)
            return false;
    }
    return true;
}

/// Feeds the parts of a line or multi-line geometry to the builder. Returns false when a point is not
/// a plausible lon/lat (a layer in another CRS without one declared, or damage).
bool addGeometry(const OGRGeometry* geometry, OGRCoordinateTransformation* transform,
                 const core::RoadAttributes& attributes, core::RoadGraphBuilder& builder,
                 std::vector<core::FixedPoint>& scratch)
{
    if (!geometry)
        return true;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbMultiLineString || type == wkbGeometryCollection) {
        for (const OGRGeometry* part : *geometry->toGeometryCollection())
            if (!addGeometry(part, transform, attributes, builder, scratch))
                return false;
        return true;
    }
    if (type != wkbLineString)
        return true; // points and polygons are not roads
    const OGRLineString* line = geometry->toLineString();
    const int n = line->getNumPoints();
    std::vector<double> x(static_cast<std::size_t>(n)), y(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        x[std::size_t(i)] = line->getX(i);
        y[std::size_t(i)] = line->getY(i);
    }
    if (transform && n > 0 && !transform->Transform(n, x.data(), y.data()))
        return false;
    scratch.clear();
    for (std::size_t i = 0; i < std::size_t(n); ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || std::abs(x[i]) > 180 || std::abs(y[i]) > 90)
            return false;
        scratch.push_back(core::FixedPoint::fromDegrees(x[i], y[i]));
    }
    builder.addRoad(scratch, attributes);
    return true;
}

QString joined(const QStringList& messages)
{
    return messages.mid(0, 3).join(QStringLiteral("; "));
}

/// Reads the OSM driver's lines layer.
void importOsm(const QString& path, const core::RoadProfile& profile, RoadImport& out, core::RoadGraphBuilder& builder)
{
    const OsmOrderCheck::Result order = OsmOrderCheck::check(path);
    if (!order.readable) {
        out.error = QStringLiteral("%1 cannot be read as OpenStreetMap data: %2").arg(path, order.error);
        return;
    }
    if (!order.nodesBeforeWays) {
        out.error = QStringLiteral("%1 is not sorted (%2): GDAL's OSM driver would silently drop or cut the roads "
                                   "whose nodes come later. Sort it first, e.g. `osmium sort %1 -o sorted.osm.pbf`.")
                        .arg(path, order.detail);
        return;
    }
    if (!order.typesInOrder)
        out.warnings << QStringLiteral("%1 is not sorted (%2): GDAL's OSM driver drops relations whose members come "
                                       "later. Roads are read from ways, which are all complete, and routing uses no "
                                       "relations, so the road graph is not affected.")
                            .arg(path, order.detail);

    const VsiMemFile config(QStringLiteral("osmconf.ini"), RoadImporter::osmConfig());
    QByteArray configOption = "CONFIG_FILE=" + config.path();
    // GDAL's compact node index needs increasing node ids; its SQLite index does not.
    const char* options[] = {configOption.constData(),
                             order.nodeIdsInOrder ? "USE_CUSTOM_INDEXING=YES" : "USE_CUSTOM_INDEXING=NO", nullptr};
    if (!order.nodeIdsInOrder)
        out.warnings << QStringLiteral("%1: %2; read with GDAL's slower node index").arg(path, order.detail);
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr));
    if (!ds) {
        out.error = QStringLiteral("GDAL cannot open %1").arg(path);
        return;
    }
    ds->ReleaseResultSet(ds->ExecuteSQL("SET interest_layers = lines", nullptr, nullptr));
    OGRLayer* layer = ds->GetLayerByName("lines");
    if (!layer) {
        out.error = QStringLiteral("%1 has no lines layer").arg(path);
        return;
    }
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int allTags = defn->GetFieldIndex("all_tags");
    const char* const exposed[] = {"highway", "oneway", "maxspeed", "junction", "access"};
    int exposedIndex[5];
    for (int i = 0; i < 5; ++i)
        exposedIndex[i] = defn->GetFieldIndex(exposed[i]);
    if (exposedIndex[0] < 0) {
        out.error = QStringLiteral("GDAL's OSM driver did not use Centinela's osmconf.ini (no highway field)");
        return;
    }

    core::RoadTags tags;
    std::vector<core::FixedPoint> scratch;
    for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++out.features;
        if (!f->IsFieldSetAndNotNull(exposedIndex[0]))
            continue;
        tags.clear();
        if (allTags < 0 || !f->IsFieldSetAndNotNull(allTags) || !parseHstore(f->GetFieldAsString(allTags), tags)) {
            tags.clear();
            for (int i = 0; i < 5; ++i)
                if (exposedIndex[i] >= 0 && f->IsFieldSetAndNotNull(exposedIndex[i]))
                    tags.add(exposed[i], f->GetFieldAsString(exposedIndex[i]));
        }
        const std::optional<core::RoadAttributes> attributes = profile.evaluate(tags);
        if (!attributes)
            continue;
        ++out.roads;
        if (!addGeometry(f->GetGeometryRef(), nullptr, *attributes, builder, scratch))
            out.warnings << QStringLiteral("way %1 has coordinates outside lon/lat range: skipped").arg(f->GetFID());
    }
}

/// Reads every line layer of a GeoPackage, Shapefile, GeoJSON… through the profile's field mapping.
void importGeneric(const QString& path, const core::RoadProfile& profile, RoadImport& out,
                   core::RoadGraphBuilder& builder)
{
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) {
        out.error = QStringLiteral("GDAL cannot open %1 as vector data").arg(path);
        return;
    }
    const core::RoadProfile::FieldMapping& map = profile.fields();
    const QString mapped[] = {map.roadClass, map.oneway, map.maxspeed, map.access, map.junction};
    const char* const keys[] = {"highway", "oneway", "maxspeed", "access", "junction"};

    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    int lineLayers = 0;
    qint64 skipped = 0;
    core::RoadTags tags;
    std::vector<core::FixedPoint> scratch;
    for (OGRLayer* layer : ds->GetLayers()) {
        const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
        if (type != wkbLineString && type != wkbMultiLineString && type != wkbUnknown && type != wkbGeometryCollection)
            continue;
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        int index[5];
        for (int i = 0; i < 5; ++i)
            index[i] = mapped[i].isEmpty() ? -1 : defn->GetFieldIndex(mapped[i].toUtf8().constData());
        if (index[0] < 0) {
            out.warnings << QStringLiteral("layer %1 has no field %2 (the road class): skipped")
                                .arg(QString::fromUtf8(layer->GetName()), map.roadClass);
            continue;
        }
        ++lineLayers;
        CoordinateTransformationPtr transform;
        if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&wgs84)) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            transform.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
            if (!transform) {
                out.error = QStringLiteral("cannot transform layer %1 to WGS84 lon/lat")
                                .arg(QString::fromUtf8(layer->GetName()));
                return;
            }
        }
        layer->ResetReading();
        for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
            ++out.features;
            tags.clear();
            for (int i = 0; i < 5; ++i)
                if (index[i] >= 0 && f->IsFieldSetAndNotNull(index[i]))
                    tags.add(keys[i], QByteArray(f->GetFieldAsString(index[i])).trimmed());
            const std::optional<core::RoadAttributes> attributes = profile.evaluate(tags);
            if (!attributes)
                continue;
            ++out.roads;
            if (!addGeometry(f->GetGeometryRef(), transform.get(), *attributes, builder, scratch))
                ++skipped;
        }
    }
    if (lineLayers == 0 && out.error.isEmpty())
        out.error = QStringLiteral("%1 has no line layer with a %2 field (name the road class field in a profile's "
                                   "[fields] class=)")
                        .arg(path, map.roadClass);
    if (skipped > 0)
        out.warnings << QStringLiteral("%1 features with coordinates that are not lon/lat were skipped (a layer "
                                       "without a declared CRS?)")
                            .arg(skipped);
}

} // namespace

QByteArray RoadImporter::osmConfig()
{
    return QByteArray(kOsmConfig);
}

RoadImport RoadImporter::import(const QString& path, const core::RoadProfile& profile)
{
    RoadImport out;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        out.error = QStringLiteral("cannot read %1: no such file").arg(path);
        return out;
    }
    ensureGdalRegistered();
    GdalErrorCollector gdal;
    GDALDriverH driver = GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    if (!driver) {
        out.error = QStringLiteral("%1 is not a vector format GDAL can read").arg(path);
        return out;
    }
    out.driver = QString::fromUtf8(GDALGetDriverShortName(driver));
    core::RoadGraphBuilder builder;
    if (out.driver == QLatin1String("OSM"))
        importOsm(path, profile, out, builder);
    else
        importGeneric(path, profile, out, builder);
    if (out.error.isEmpty() && !gdal.failures.isEmpty())
        out.error = QStringLiteral("GDAL failed reading %1: %2").arg(path, joined(gdal.failures));
    if (!out.error.isEmpty())
        return out;
    for (const QString& w : gdal.warnings)
        out.warnings << QStringLiteral("GDAL: %1").arg(w);
    if (builder.roadCount() == 0) {
        out.error = QStringLiteral("%1 holds no road the %2 profile can drive").arg(path, profile.name());
        return out;
    }
    out.graph = builder.build();
    return out;
}

} // namespace centinela::maps
