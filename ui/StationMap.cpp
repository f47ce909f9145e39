#include "StationMap.h"

#include "canvas/MapCanvas.h"
#include "canvas/StationMapFeed.h"
#include "domain/StationState.h"
#include "render/GeoJsonParts.h"
#include "render/HeatMapLayer.h"
#include "render/MapLayer.h"
#include "render/MapLoader.h"
#include "render/Projection.h"
#include "render/VectorLayer.h"
#include "roads/CityGenerator.h"
#include "store/PgConnection.h"
#include "store/StationGeometry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

#include <cmath>
#include <memory>

namespace centinela::ui {

StationMap::StationMap(const core::StationState& state, maps::MapCanvas& canvas, QString stationKey, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_feed(new maps::StationMapFeed(state, canvas, this))
    , m_stationKey(std::move(stationKey))
    , m_state(state)
    , m_ordersTimer(new QTimer(this))
{
    connect(&canvas, &maps::MapCanvas::homeViewChanged, this, &StationMap::saveLayout);
    // A bracelet alert (new, moving with the offender, cleared) redraws its order's zones and track.
    m_ordersTimer->setSingleShot(true);
    m_ordersTimer->setInterval(1500);
    connect(m_ordersTimer, &QTimer::timeout, this, &StationMap::refreshOrders);
    auto bracelet = [this](qint64 id) {
        const auto& alerts = m_state.alerts();
        if ((!alerts.contains(id) || alerts[id].channel == QLatin1String("bracelet")) && !m_ordersTimer->isActive())
            m_ordersTimer->start();
    };
    connect(&state, &core::StationState::alertAdded, this, bracelet);
    connect(&state, &core::StationState::alertChanged, this, bracelet);
    connect(&state, &core::StationState::alertRemoved, this, bracelet);
    connect(&state, &core::StationState::reset, m_ordersTimer, qOverload<>(&QTimer::start));
}

StationMap::~StationMap() = default;

QString StationMap::syntheticCityPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/synthetic-city-n10000-s1.gpkg");
}

QString StationMap::group() const
{
    return QStringLiteral("desk/") + m_stationKey + QStringLiteral("/map");
}

void StationMap::load(const QString& path)
{
    m_canvas.setMessage(tr("Loading the map…"));
    const int generation = ++m_generation;
    QPointer<StationMap> self(this);
    QThreadPool::globalInstance()->start([self, path, generation] {
        QString source = path;
        QString error;
        if (source.isEmpty()) {
            source = syntheticCityPath();
            if (!QFileInfo::exists(source)) {
                QDir().mkpath(QFileInfo(source).absolutePath());
                // Written beside, then renamed: a desk killed mid-write leaves no half city behind.
                QString partial = source;
                partial.replace(QStringLiteral(".gpkg"),
                                QStringLiteral(".partial-%1.gpkg").arg(QCoreApplication::applicationPid()));
                QFile::remove(partial);
                maps::CityGenerator::Options options;
                options.nodes = 10000;
                maps::CityGenerator::Stats stats;
                const bool written = maps::CityGenerator::write(partial, options, &stats, &error);
                // Another desk (or the demo) may have finished the same city meanwhile: theirs is as good.
                if (written && !QFile::rename(partial, source) && QFileInfo::exists(source))
                    QFile::remove(partial);
                else if (!written || !QFileInfo::exists(source))
                    error = QStringLiteral("the synthetic city could not be written to %1: %2").arg(source, error);
            }
        }
        auto map =
            std::make_shared<maps::LoadedMap>(error.isEmpty() ? maps::MapLoader::load(source) : maps::LoadedMap{});
        if (!error.isEmpty())
            map->error = error;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, source, map, generation] {
                if (self && self->m_generation == generation)
                    self->onLoaded(source, *map);
            },
            Qt::QueuedConnection);
    });
}

void StationMap::onLoaded(const QString& source, const maps::LoadedMap& map)
{
    const QString& error = map.error;
    if (!error.isEmpty()) {
        m_canvas.setMessage(tr("The map could not be loaded: %1").arg(error));
        Q_EMIT failed(error);
        return;
    }
    m_source = source;
    const QList<maps::MapLayer*> old = m_layers;
    m_layers = maps::MapLoader::createLayers(map, m_canvas.projection().definition(), this);
    applyLayers();
    qDeleteAll(old);
    m_places = maps::PlaceIndex();
    for (const maps::LoadedMap::Layer& l : map.layers)
        if (l.data)
            m_places.add(l.data);
    m_canvas.setMessage(QString());
    restoreLayout();
    for (const QString& w : map.warnings)
        qWarning("map: %s", qUtf8Printable(w));
    Q_EMIT loaded(source);
    reloadStationLayers();
    refreshOrders();
}

QList<maps::PlaceIndex::Place> StationMap::searchPlaces(const QString& query) const
{
    return m_places.search(query, m_canvas.projection());
}

void StationMap::applyLayers()
{
    m_canvas.setLayers(m_layers + m_stationLayers + m_orderLayers);
}

namespace {

/// A circle of `radiusM` around a lon/lat point, as a GeoJSON Polygon.
QJsonObject circle(double lon, double lat, double radiusM)
{
    const double perLat = 111'132.0, perLon = 111'320.0 * std::cos(lat * M_PI / 180);
    QJsonArray ring;
    for (int i = 0; i <= 48; ++i) {
        const double a = 2 * M_PI * i / 48;
        ring.append(QJsonArray{lon + radiusM * std::cos(a) / perLon, lat + radiusM * std::sin(a) / perLat});
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                       {QStringLiteral("coordinates"), QJsonArray{ring}}};
}

} // namespace

void StationMap::refreshOrders()
{
    if (m_conninfo.isEmpty() || m_layers.isEmpty())
        return;
    QList<qint64> orders;
    for (const core::Alert& a : m_state.alerts())
        if (a.channel == QLatin1String("bracelet") && a.details.contains(QLatin1String("order_id")))
            orders << qint64(a.details.value(QLatin1String("order_id")).toDouble());
    struct Result
    {
        std::shared_ptr<const maps::VectorData> zones, tracks;
        QString error;
    };
    QPointer<StationMap> self(this);
    const QString conninfo = m_conninfo;
    const QString projection = m_canvas.projection().definition();
    QThreadPool::globalInstance()->start([self, conninfo, projection, orders] {
        auto result = std::make_shared<Result>();
        try {
            core::StationGeometry db(conninfo);
            const maps::Projection proj(projection);
            maps::VectorDataBuilder zones(maps::VectorData::Geometry::Polygons, 1);
            maps::VectorDataBuilder tracks(maps::VectorData::Geometry::Lines, 1);
            for (qint64 order : orders) {
                for (const QJsonValue& f : db.protectionZones(order).value(QLatin1String("features")).toArray()) {
                    const QJsonObject feature = f.toObject();
                    const QJsonObject props = feature.value(QLatin1String("properties")).toObject();
                    const QJsonObject g = feature.value(QLatin1String("geometry")).toObject();
                    zones.beginFeature(0, props.value(QLatin1String("zone")).toString());
                    // A zone given as a point with a radius is drawn as the circle it stands for.
                    if (g.value(QLatin1String("type")).toString() == QLatin1String("Point")) {
                        const QJsonArray c = g.value(QLatin1String("coordinates")).toArray();
                        maps::addGeoJsonParts(zones,
                                              circle(c.at(0).toDouble(), c.at(1).toDouble(),
                                                     props.value(QLatin1String("radius_m")).toDouble(100)),
                                              proj);
                    } else {
                        maps::addGeoJsonParts(zones, g, proj);
                    }
                    zones.endFeature();
                }
                tracks.beginFeature(0, QString());
                maps::addGeoJsonParts(tracks, db.braceletTrack(order, 60).value(QLatin1String("geometry")).toObject(),
                                      proj);
                tracks.endFeature();
            }
            if (zones.featureCount() > 0)
                result->zones = std::make_shared<maps::VectorData>(zones.build());
            if (tracks.featureCount() > 0)
                result->tracks = std::make_shared<maps::VectorData>(tracks.build());
        } catch (const core::PgError& e) {
            result->error = e.message();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self)
                    return;
                if (!result->error.isEmpty()) {
                    qWarning("map: protective orders: %s", qUtf8Printable(result->error));
                    return;
                }
                const QList<maps::MapLayer*> old = self->m_orderLayers;
                self->m_orderLayers.clear();
                maps::VectorStyle zoneStyle = maps::VectorStyle::generic(QColor(0xc6, 0x28, 0x28), 2);
                zoneStyle.classes[0].fill = QColor(0xc6, 0x28, 0x28, 50);
                maps::VectorStyle trackStyle = maps::VectorStyle::generic(QColor(0x88, 0x0e, 0x4f), 1);
                trackStyle.classes[0].minWidthPx = trackStyle.classes[0].maxWidthPx = 3;
                trackStyle.classes[0].dashed = true;
                if (result->zones)
                    self->m_orderLayers << new maps::VectorLayer(QStringLiteral("station:protected-zones"),
                                                                 tr("Protected zones (open alerts)"), result->zones,
                                                                 zoneStyle, QString(), self);
                if (result->tracks)
                    self->m_orderLayers << new maps::VectorLayer(QStringLiteral("station:offender-tracks"),
                                                                 tr("Offender tracks (last hour)"), result->tracks,
                                                                 trackStyle, QString(), self);
                if (old.isEmpty() && self->m_orderLayers.isEmpty())
                    return;
                self->applyLayers();
                qDeleteAll(old);
                Q_EMIT self->layersChanged();
            },
            Qt::QueuedConnection);
    });
}

void StationMap::reloadStationLayers()
{
    if (m_conninfo.isEmpty())
        return;
    struct Result
    {
        std::shared_ptr<const maps::VectorData> sectors;
        std::vector<maps::HeatMapLayer::Point> places;
        QString error;
    };
    QPointer<StationMap> self(this);
    const QString conninfo = m_conninfo;
    const QString projection = m_canvas.projection().definition();
    QThreadPool::globalInstance()->start([self, conninfo, projection] {
        auto result = std::make_shared<Result>();
        try {
            core::StationGeometry db(conninfo);
            const maps::Projection proj(projection);
            maps::VectorDataBuilder builder(maps::VectorData::Geometry::Polygons, 1);
            for (const core::SectorShape& sector : db.sectors()) {
                builder.beginFeature(0, sector.name);
                maps::addGeoJsonParts(builder, sector.boundary, proj);
                builder.endFeature();
            }
            if (builder.featureCount() > 0)
                result->sectors = std::make_shared<maps::VectorData>(builder.build());
            for (const core::IncidentPlace& p : db.incidentPlaces(QDateTime::currentDateTimeUtc().addDays(-30),
                                                                  QDateTime::currentDateTimeUtc().addSecs(60)))
                if (const auto m = proj.toMap(p.point))
                    result->places.push_back({*m, float(6 - std::clamp(p.priority, 1, 5))});
        } catch (const core::PgError& e) {
            result->error = e.message();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self)
                    return;
                if (!result->error.isEmpty()) {
                    qWarning("map: station layers: %s", qUtf8Printable(result->error));
                    return;
                }
                const QList<maps::MapLayer*> old = self->m_stationLayers;
                self->m_stationLayers.clear();
                auto* heat =
                    new maps::HeatMapLayer(QStringLiteral("station:hotspots"), tr("Hot spots (30 days)"), self);
                heat->setPoints(std::move(result->places));
                self->m_stationLayers << heat;
                if (result->sectors)
                    self->m_stationLayers << new maps::VectorLayer(
                        QStringLiteral("station:sectors"), tr("Sectors"), result->sectors,
                        maps::VectorStyle::generic(QColor(0x6a, 0x1b, 0x9a), 2), QString(), self);
                self->applyLayers();
                qDeleteAll(old);
                self->restoreLayout();
                Q_EMIT self->layersChanged();
            },
            Qt::QueuedConnection);
    });
}

void StationMap::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(group());
    const QStringList order = settings.value(QStringLiteral("order")).toStringList();
    if (!order.isEmpty())
        m_canvas.setLayerOrder(order);
    for (const QString& id : settings.value(QStringLiteral("hidden")).toStringList())
        m_canvas.setLayerVisible(id, false);
    // Hot spots are for looking at on purpose: hidden until someone shows them once.
    if (!order.contains(QStringLiteral("station:hotspots")))
        m_canvas.setLayerVisible(QStringLiteral("station:hotspots"), false);
    const QList<QVariant> home = settings.value(QStringLiteral("home")).toList();
    if (home.size() == 3) {
        const maps::MapTransform view(QPointF(home[0].toDouble(), home[1].toDouble()), home[2].toDouble(),
                                      m_canvas.size());
        QSignalBlocker block(&m_canvas);
        m_canvas.setHomeView(view);
        m_canvas.goHome();
    }
}

void StationMap::saveLayout() const
{
    if (m_layers.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(group());
    settings.setValue(QStringLiteral("order"), m_canvas.layerOrder());
    settings.setValue(QStringLiteral("hidden"), m_canvas.hiddenLayers());
    const maps::MapTransform home = m_canvas.homeView();
    if (home.isValid())
        settings.setValue(QStringLiteral("home"),
                          QVariantList{home.centre().x(), home.centre().y(), home.resolution()});
}

} // namespace centinela::ui
