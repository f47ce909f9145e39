#include "DemoStation.h"

#include "roads/RoadNetworkLoader.h"
#include "routing/RoadProfile.h"
#include "sim/Simulator.h"

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
    // The desk's map writes the synthetic city on first run (written beside, then renamed): wait
    // for it rather than race it.
    for (int waited = 0; m_settings.waitForMap && !QFileInfo::exists(path) && !m_stop; waited += 200) {
        if (waited >= 300000) {
            std::fprintf(stderr, "centinela: demo: %s never appeared\n", qUtf8Printable(path));
            return;
        }
        msleep(200);
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
