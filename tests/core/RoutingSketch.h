#pragma once

#include "routing/RoadGraphBuilder.h"

#include <initializer_list>
#include <vector>

namespace centinela::test {

/// Hand-drawn road graphs for routing tests: points on a lattice of 0.001 degree around (7 E, 45 N),
/// about 79 m east-west and 111 m north-south.
class RoutingSketch
{
public:
    static constexpr double kLon0 = 7.0, kLat0 = 45.0, kStep = 0.001;

    static double lon(double x) { return kLon0 + x * kStep; }
    static double lat(double y) { return kLat0 + y * kStep; }
    static core::FixedPoint at(double x, double y) { return core::FixedPoint::fromDegrees(lon(x), lat(y)); }

    /// A road through lattice points, two-way unless `forward`/`backward` say otherwise.
    RoutingSketch& road(std::initializer_list<std::pair<double, double>> xy, bool forward = true, bool backward = true,
                        double kmh = 36)
    {
        std::vector<core::FixedPoint> points;
        for (const auto& [x, y] : xy)
            points.push_back(at(x, y));
        core::RoadAttributes a;
        a.forward = forward;
        a.backward = backward;
        a.speedForwardKmh = a.speedBackwardKmh = kmh;
        m_builder.addRoad(points, a);
        return *this;
    }

    std::shared_ptr<const core::RoadGraph> build() { return m_builder.build(); }

private:
    core::RoadGraphBuilder m_builder;
};

} // namespace centinela::test
