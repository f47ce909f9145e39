#include "StationMap.h"

#include "canvas/MapCanvas.h"
#include "canvas/StationMapFeed.h"
#include "render/MapLayer.h"
#include "render/MapLoader.h"
#include "render/VectorLayer.h"
#include "roads/CityGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

#include <memory>

namespace centinela::ui {

StationMap::StationMap(const core::StationState& state, maps::MapCanvas& canvas, QString stationKey, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_feed(new maps::StationMapFeed(state, canvas, this))
    , m_stationKey(std::move(stationKey))
{
    connect(&canvas, &maps::MapCanvas::homeViewChanged, this, &StationMap::saveLayout);
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
                partial.replace(QStringLiteral(".gpkg"), QStringLiteral(".partial.gpkg"));
                QFile::remove(partial);
                maps::CityGenerator::Options options;
                options.nodes = 10000;
                maps::CityGenerator::Stats stats;
                if (!maps::CityGenerator::write(partial, options, &stats, &error) || !QFile::rename(partial, source))
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
    m_canvas.setLayers(m_layers);
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
