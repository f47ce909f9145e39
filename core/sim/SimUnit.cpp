#include "SimUnit.h"

#include "routing/Geodesic.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

SimUnit::SimUnit(int index, qint64 id, QString callSign, GeoPoint start, int homeSector, quint64 seed)
    : m_index(index)
    , m_id(id)
    , m_callSign(std::move(callSign))
    , m_homeSector(homeSector)
    , m_rng(seed)
    , m_position(start)
{
}

void SimUnit::drive(std::vector<GeoPoint> route, double durationS, double nowS)
{
    m_route = std::move(route);
    if (m_route.empty())
        m_route.push_back(m_position);
    m_along.assign(m_route.size(), 0);
    for (std::size_t i = 1; i < m_route.size(); ++i)
        m_along[i] = m_along[i - 1] +
                     geodesic::haversine(m_route[i - 1].lon, m_route[i - 1].lat, m_route[i].lon, m_route[i].lat);
    m_startS = nowS;
    m_durationS = std::max(0.0, durationS);
    m_position = m_route.front();
    m_speed = 0;
}

void SimUnit::clearRoute()
{
    m_route.clear();
    m_along.clear();
    m_speed = 0;
}

bool SimUnit::advance(double nowS)
{
    if (m_route.empty())
        return false;
    const double total = m_along.back();
    const double t = m_durationS > 0 ? std::clamp((nowS - m_startS) / m_durationS, 0.0, 1.0) : 1.0;
    const double at = t * total;
    const auto it = std::upper_bound(m_along.begin(), m_along.end(), at);
    const std::size_t i = std::min<std::size_t>(std::max<std::ptrdiff_t>(it - m_along.begin(), 1), m_route.size() - 1);
    const GeoPoint a = m_route[i - 1], b = m_route[i];
    const double seg = m_along[i] - m_along[i - 1];
    const double f = seg > 0 ? std::clamp((at - m_along[i - 1]) / seg, 0.0, 1.0) : 1.0;
    m_position = {a.lon + f * (b.lon - a.lon), a.lat + f * (b.lat - a.lat)};
    if (seg > 0) {
        const double dx = (b.lon - a.lon) * std::cos(a.lat * M_PI / 180);
        const double dy = b.lat - a.lat;
        m_heading = std::fmod(std::atan2(dx, dy) * 180 / M_PI + 360, 360);
    }
    m_speed = m_durationS > 0 ? total / m_durationS : 0;
    if (t >= 1.0) {
        m_position = m_route.back();
        clearRoute();
        return true;
    }
    return false;
}

} // namespace centinela::core
