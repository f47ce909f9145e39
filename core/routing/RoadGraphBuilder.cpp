#include "RoadGraphBuilder.h"

#include "Geodesic.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace centinela::core {

namespace {

/// Open-addressing map from a fixed-point coordinate to a counter, then to a node id. Far faster and
/// smaller than std::unordered_map for the millions of vertices of a large city.
class PointTable
{
public:
    explicit PointTable(std::size_t expected)
    {
        const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, expected * 2));
        m_keys.resize(capacity);
        m_values.assign(capacity, kEmpty);
        m_mask = capacity - 1;
    }
    /// The value slot of `p`, inserted with 0 when new.
    std::uint32_t& operator[](FixedPoint p)
    {
        const std::uint64_t key = (std::uint64_t(std::uint32_t(p.lon)) << 32) | std::uint32_t(p.lat);
        std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask;
        while (m_values[i] != kEmpty && m_keys[i] != key)
            i = (i + 1) & m_mask;
        if (m_values[i] == kEmpty) {
            m_keys[i] = key;
            m_values[i] = 0;
        }
        return m_values[i];
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_values;
    std::size_t m_mask = 0;
};

/// Position of (x, y) along a Hilbert curve over a 2^16 x 2^16 grid.
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y)
{
    std::uint32_t d = 0;
    for (std::uint32_t s = 1u << 15; s > 0; s >>= 1) {
        const std::uint32_t rx = (x & s) ? 1 : 0;
        const std::uint32_t ry = (y & s) ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

struct RawEdge
{
    std::uint32_t source, target;
    std::uint32_t shapeBegin, shapeCount; // into the builder's shape buffer
    float length, timeFwd, timeBwd;
};

float travelTime(double metres, bool allowed, double kmh)
{
    if (!allowed)
        return RoadGraph::kClosed;
    return float(metres / (std::max(kmh, 1.0) / 3.6));
}

} // namespace

void RoadGraphBuilder::addRoad(std::span<const FixedPoint> points, const RoadAttributes& attributes)
{
    if (!attributes.forward && !attributes.backward)
        return;
    const std::size_t begin = m_points.size();
    for (const FixedPoint& p : points)
        if (m_points.size() == begin || !(m_points.back() == p))
            m_points.push_back(p);
    const std::size_t count = m_points.size() - begin;
    if (count < 2) {
        m_points.resize(begin);
        return;
    }
    m_roads.push_back({std::uint32_t(begin), std::uint32_t(count), attributes});
}

std::shared_ptr<const RoadGraph> RoadGraphBuilder::build()
{
    PointTable table(m_points.size());
    // Ends count twice so that every road end becomes a node even when nothing else touches it.
    for (const Road& r : m_roads)
        for (std::uint32_t i = 0; i < r.count; ++i)
            table[m_points[r.begin + i]] += (i == 0 || i + 1 == r.count) ? 2 : 1;

    std::vector<FixedPoint> nodes;
    constexpr std::uint32_t kIdBase = 0x80000000u; // marks a counter turned into a node id
    const auto nodeOf = [&](FixedPoint p) -> std::uint32_t {
        std::uint32_t& v = table[p];
        if (v >= kIdBase)
            return v - kIdBase;
        if (v < 2)
            return RoadGraph::kNone;
        v = kIdBase + std::uint32_t(nodes.size());
        nodes.push_back(p);
        return std::uint32_t(nodes.size() - 1);
    };

    std::vector<RawEdge> edges;
    std::vector<FixedPoint> shape;
    for (const Road& r : m_roads) {
        std::uint32_t from = nodeOf(m_points[r.begin]);
        std::uint32_t shapeBegin = std::uint32_t(shape.size());
        double length = 0;
        for (std::uint32_t i = 1; i < r.count; ++i) {
            const FixedPoint a = m_points[r.begin + i - 1], b = m_points[r.begin + i];
            length += geodesic::distance(a.lonDeg(), a.latDeg(), b.lonDeg(), b.latDeg());
            const std::uint32_t to = nodeOf(b);
            if (to == RoadGraph::kNone) {
                shape.push_back(b);
                continue;
            }
            const std::uint32_t inner = std::uint32_t(shape.size()) - shapeBegin;
            if (from != to || inner > 0) {
                const RoadAttributes& at = r.attributes;
                edges.push_back({from, to, shapeBegin, inner, float(length),
                                 travelTime(length, at.forward, at.speedForwardKmh),
                                 travelTime(length, at.backward, at.speedBackwardKmh)});
            } else {
                shape.resize(shapeBegin);
            }
            from = to;
            shapeBegin = std::uint32_t(shape.size());
            length = 0;
        }
    }
    m_points = {};
    m_roads = {};

    // Renumber nodes along a Hilbert curve: a search then walks memory mostly in order.
    std::int32_t minLon = INT32_MAX, minLat = INT32_MAX, maxLon = INT32_MIN, maxLat = INT32_MIN;
    for (const FixedPoint& p : nodes) {
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
    }
    const double spanLon = std::max(1.0, double(maxLon) - minLon), spanLat = std::max(1.0, double(maxLat) - minLat);
    std::vector<std::uint32_t> keys(nodes.size()), order(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        keys[i] = hilbert(std::uint32_t((nodes[i].lon - double(minLon)) / spanLon * 65535.0),
                          std::uint32_t((nodes[i].lat - double(minLat)) / spanLat * 65535.0));
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    std::vector<std::uint32_t> newId(nodes.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        newId[order[i]] = i;
    keys = {};

    std::shared_ptr<RoadGraph> g(new RoadGraph);
    g->m_nodes.resize(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        g->m_nodes[newId[i]] = nodes[i];
    nodes = {};
    for (RawEdge& e : edges) {
        e.source = newId[e.source];
        e.target = newId[e.target];
    }
    std::stable_sort(edges.begin(), edges.end(), [](const RawEdge& a, const RawEdge& b) {
        return std::min(a.source, a.target) < std::min(b.source, b.target);
    });

    const std::size_t m = edges.size();
    g->m_edgeSource.resize(m);
    g->m_edgeTarget.resize(m);
    g->m_edgeLength.resize(m);
    g->m_edgeTimeFwd.resize(m);
    g->m_edgeTimeBwd.resize(m);
    g->m_shapeBegin.resize(m + 1);
    g->m_shape.reserve(shape.size());
    for (std::size_t i = 0; i < m; ++i) {
        const RawEdge& e = edges[i];
        g->m_edgeSource[i] = e.source;
        g->m_edgeTarget[i] = e.target;
        g->m_edgeLength[i] = e.length;
        g->m_edgeTimeFwd[i] = e.timeFwd;
        g->m_edgeTimeBwd[i] = e.timeBwd;
        g->m_shapeBegin[i] = std::uint32_t(g->m_shape.size());
        g->m_shape.insert(g->m_shape.end(), shape.begin() + e.shapeBegin, shape.begin() + e.shapeBegin + e.shapeCount);
    }
    g->m_shapeBegin[m] = std::uint32_t(g->m_shape.size());
    edges = {};
    shape = {};

    // Adjacency: counting sort by owner node keeps each node's arcs in edge order.
    const std::uint32_t n = g->nodeCount();
    g->m_fwdBegin.assign(n + 1, 0);
    g->m_bwdBegin.assign(n + 1, 0);
    for (std::uint32_t e = 0; e < m; ++e) {
        if (g->edgeForward(e)) {
            ++g->m_fwdBegin[g->m_edgeSource[e] + 1];
            ++g->m_bwdBegin[g->m_edgeTarget[e] + 1];
        }
        if (g->edgeBackward(e)) {
            ++g->m_fwdBegin[g->m_edgeTarget[e] + 1];
            ++g->m_bwdBegin[g->m_edgeSource[e] + 1];
        }
    }
    for (std::uint32_t i = 0; i < n; ++i) {
        g->m_fwdBegin[i + 1] += g->m_fwdBegin[i];
        g->m_bwdBegin[i + 1] += g->m_bwdBegin[i];
    }
    g->m_fwdEdge.resize(g->m_fwdBegin[n]);
    g->m_bwdArcs.resize(g->m_bwdBegin[n]);
    g->m_bwdLength.resize(g->m_bwdBegin[n]);
    std::vector<std::uint32_t> fwdFill(g->m_fwdBegin.begin(), g->m_fwdBegin.end() - 1);
    std::vector<std::uint32_t> bwdFill(g->m_bwdBegin.begin(), g->m_bwdBegin.end() - 1);
    for (std::uint32_t e = 0; e < m; ++e) {
        const std::uint32_t s = g->m_edgeSource[e], t = g->m_edgeTarget[e];
        const float len = g->m_edgeLength[e];
        if (g->edgeForward(e)) {
            g->m_fwdEdge[fwdFill[s]++] = e;
            g->m_bwdLength[bwdFill[t]] = len;
            g->m_bwdArcs[bwdFill[t]++] = {s, g->m_edgeTimeFwd[e]};
        }
        if (g->edgeBackward(e)) {
            g->m_fwdEdge[fwdFill[t]++] = e;
            g->m_bwdLength[bwdFill[s]] = len;
            g->m_bwdArcs[bwdFill[s]++] = {t, g->m_edgeTimeBwd[e]};
        }
    }
    g->finish();
    return g;
}

} // namespace centinela::core
