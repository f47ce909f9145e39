#pragma once

#include "util/Clock.h"

#include <QString>
#include <QThread>

#include <atomic>

namespace centinela::app {

/// `centinela --demo`: a simulated station running beside the desk, in the same process, on its own
/// thread: about twenty units patrolling the map and a modest stream of alerts, at real speed and
/// without automatic dispatch (the operators at the desk dispatch). Failures go to stderr; the desk
/// keeps working without the simulation.
class DemoStation : public QThread
{
public:
    struct Settings
    {
        QString mapPath;         ///< the map to drive on
        bool waitForMap = false; ///< the desk is writing it (the synthetic city on first run): wait for it
        QString operatorConninfo;
        QString gatewayConninfo;
        QString adminConninfo;
        int units = 20;
        double alertsPerHour = 12;
    };

    explicit DemoStation(Settings settings);
    ~DemoStation() override;
    /// Asks the simulation to stop and waits for it.
    void stop();

protected:
    void run() override;

private:
    Settings m_settings;
    std::atomic<bool> m_stop{false};
    core::SystemClock m_clock;
};

} // namespace centinela::app
