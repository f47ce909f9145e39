#include "DemoStation.h"

#include "roads/CityGenerator.h"
#include "roads/RoadNetworkLoader.h"
#include "routing/RoadProfile.h"
#include "sim/Simulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace centinela::app {

DemoStation::DemoStation(Settings settings)
    : m_settings(std::move(settings))
{
}

DemoStation::~DemoStation()
{
    stop();
}

void DemoStation::stop()
{
    m_stop = true;
    wait();
}

void DemoStation::run()
{
    QString error;
    const QString path = m_settings.mapPath;
    if (m_settings.generateCity && !QFileInfo::exists(path)) {
        // The desk's map may be writing the same city: write our own copy beside it and rename.
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString partial = path;
        partial.replace(QStringLiteral(".gpkg"), QStringLiteral(".demo-partial.gpkg"));
        QFile::remove(partial);
        maps::CityGenerator::Options options;
        options.nodes = 10000;
        maps::CityGenerator::Stats stats;
        if (!maps::CityGenerator::write(partial, options, &stats, &error)) {
            std::fprintf(stderr, "centinela: demo: the synthetic city could not be written: %s\n",
                         qUtf8Printable(error));
            return;
        }
        if (!QFile::rename(partial, path))
            QFile::remove(partial); // the desk won the race: same city
    }
    if (m_stop)
        return;
    const maps::LoadedRoads roads = maps::RoadNetworkLoader::load(path, core::RoadProfile::car());
    if (!roads.graph) {
        std::fprintf(stderr, "centinela: demo: no roads to drive on in %s: %s\n", qUtf8Printable(path),
                     qUtf8Printable(roads.error));
        return;
    }
    core::SimulatorOptions options;
    options.operatorConninfo = m_settings.operatorConninfo;
    options.gatewayConninfo = m_settings.gatewayConninfo;
    options.adminConninfo = m_settings.adminConninfo;
    options.units = m_settings.units;
    options.alertsPerHour = m_settings.alertsPerHour;
    options.speedup = 1;
    options.seed = quint64(QDateTime::currentMSecsSinceEpoch()); // a different shift every start
    options.policy = core::DispatchPolicy::None;
    core::Simulator sim(roads.graph, options, m_clock);
    if (!sim.start(&error)) {
        std::fprintf(stderr, "centinela: demo: the simulation could not start: %s\n", qUtf8Printable(error));
        return;
    }
    sim.run(0, &m_stop);
}

} // namespace centinela::app
