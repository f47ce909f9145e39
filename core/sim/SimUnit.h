#pragma once

#include "domain/Entities.h"

#include <QString>

#include <random>
#include <vector>

namespace centinela::core {

/// One simulated unit: where it is, what it is doing, and the route it is driving. Moves along the
/// route's polyline at the route's average road speed (its ETA over its length).
class SimUnit
{
public:
    enum class Activity {
        Parked,     ///< patrolling, stopped for a while
        Patrolling, ///< driving a patrol route in its sector
        Driving,    ///< en route to an incident
        OnScene,    ///< at an incident until serviceUntilS
        Stopped,    ///< out of service or off duty (set by a human): stays where it is
    };

    SimUnit(int index, qint64 id, QString callSign, GeoPoint start, int homeSector, quint64 seed);

    int index() const { return m_index; }
    qint64 id() const { return m_id; }
    const QString& callSign() const { return m_callSign; }
    int homeSector() const { return m_homeSector; }
    std::mt19937_64& rng() { return m_rng; }

    GeoPoint position() const { return m_position; }
    double headingDeg() const { return m_heading; }
    /// m/s over the last move (0 when not moving).
    double speedMps() const { return m_speed; }

    Activity activity() const { return m_activity; }
    void setActivity(Activity a) { m_activity = a; }
    /// The database status as last read or set ("available", "en_route", …).
    QString dbStatus;
    qint64 assignmentId = 0; ///< the live assignment being answered, 0 when none
    qint64 incidentId = 0;
    double enRouteAtS = 0;    ///< simulated time the unit set off
    double serviceUntilS = 0; ///< OnScene: when it clears; Parked: when it drives on
    double serviceS = 0;      ///< time on scene once there

    /// Starts driving `route` (lon/lat points from here) taking `durationS` simulated seconds, from `nowS`.
    void drive(std::vector<GeoPoint> route, double durationS, double nowS);
    /// Moves to simulated time `nowS`. Returns true when the end of the route was reached in this call.
    bool advance(double nowS);
    bool hasRoute() const { return !m_route.empty(); }
    void clearRoute();
    double routeEndS() const { return m_startS + m_durationS; }

private:
    int m_index;
    qint64 m_id;
    QString m_callSign;
    int m_homeSector;
    std::mt19937_64 m_rng;
    GeoPoint m_position;
    double m_heading = 0;
    double m_speed = 0;
    Activity m_activity = Activity::Parked;

    std::vector<GeoPoint> m_route;
    std::vector<double> m_along; ///< cumulative metres at each route point
    double m_startS = 0;
    double m_durationS = 0;
};

} // namespace centinela::core
