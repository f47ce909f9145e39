#include "RoadGraph.h"

#include "StrongComponents.h"

#include <algorithm>

namespace centinela::core {

namespace {

template <typename T> std::size_t bytes(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

} // namespace

std::size_t RoadGraph::memoryBytes() const
{
    return bytes(m_nodes) + bytes(m_edgeSource) + bytes(m_edgeTarget) + bytes(m_edgeLength) + bytes(m_edgeTimeFwd) +
           bytes(m_edgeTimeBwd) + bytes(m_shapeBegin) + bytes(m_shape) + bytes(m_fwdBegin) + bytes(m_fwdEdge) +
           bytes(m_bwdBegin) + bytes(m_bwdArcs) + bytes(m_bwdLength) + bytes(m_edgeMain) + m_grid.memoryBytes();
}

bool RoadGraph::validate(QString* error) const
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const std::size_t n = m_nodes.size(), e = m_edgeSource.size();
    if (n >= kNone || e >= kNone)
        return fail(QStringLiteral("too many nodes or edges"));
    if (m_edgeTarget.size() != e || m_edgeLength.size() != e || m_edgeTimeFwd.size() != e ||
        m_edgeTimeBwd.size() != e || m_shapeBegin.size() != e + 1 || m_fwdBegin.size() != n + 1 ||
        m_bwdBegin.size() != n + 1 || m_bwdLength.size() != m_bwdArcs.size())
        return fail(QStringLiteral("array sizes disagree"));
    if (m_shapeBegin.front() != 0 || m_shapeBegin.back() != m_shape.size())
        return fail(QStringLiteral("shape offsets out of range"));
    for (std::size_t i = 0; i < e; ++i) {
        if (m_shapeBegin[i] > m_shapeBegin[i + 1])
            return fail(QStringLiteral("shape offsets decrease"));
        if (m_edgeSource[i] >= n || m_edgeTarget[i] >= n)
            return fail(QStringLiteral("edge %1 names a node out of range").arg(i));
        const float len = m_edgeLength[i], tf = m_edgeTimeFwd[i], tb = m_edgeTimeBwd[i];
        if (!(len >= 0) || !std::isfinite(len) || !(tf >= 0) || !(tb >= 0) || (tf == kClosed && tb == kClosed))
            return fail(QStringLiteral("edge %1 has an invalid length or time").arg(i));
    }
    const auto checkOffsets = [n](const std::vector<std::uint32_t>& begin, std::size_t arcs) {
        if (begin.front() != 0 || begin.back() != arcs)
            return false;
        for (std::size_t i = 0; i < n; ++i)
            if (begin[i] > begin[i + 1])
                return false;
        return true;
    };
    if (!checkOffsets(m_fwdBegin, m_fwdEdge.size()) || !checkOffsets(m_bwdBegin, m_bwdArcs.size()))
        return fail(QStringLiteral("adjacency offsets out of range"));
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint32_t a = m_fwdBegin[v]; a < m_fwdBegin[v + 1]; ++a)
            if (m_fwdEdge[a] >= e || (m_edgeSource[m_fwdEdge[a]] != v && m_edgeTarget[m_fwdEdge[a]] != v))
                return fail(QStringLiteral("forward arc %1 out of range").arg(a));
    for (std::size_t a = 0; a < m_bwdArcs.size(); ++a) {
        const BackwardArc& arc = m_bwdArcs[a];
        if (arc.head >= n || !(arc.time >= 0) || !std::isfinite(arc.time) || !(m_bwdLength[a] >= 0) ||
            !std::isfinite(m_bwdLength[a]))
            return fail(QStringLiteral("backward arc %1 out of range").arg(a));
    }
    return true;
}

void RoadGraph::finish()
{
    const std::vector<std::uint32_t> component = StrongComponents::label(*this);
    std::vector<std::uint32_t> sizes;
    for (std::uint32_t c : component) {
        if (c >= sizes.size())
            sizes.resize(c + 1, 0);
        ++sizes[c];
    }
    const auto largest = std::max_element(sizes.begin(), sizes.end());
    const std::uint32_t main = largest == sizes.end() ? kNone : std::uint32_t(largest - sizes.begin());
    m_mainNodes = largest == sizes.end() ? 0 : *largest;
    m_edgeMain.assign(edgeCount(), 0);
    for (std::uint32_t e = 0; e < edgeCount(); ++e)
        m_edgeMain[e] = component[m_edgeSource[e]] == main && component[m_edgeTarget[e]] == main;
    m_grid.build(*this);
}

} // namespace centinela::core
