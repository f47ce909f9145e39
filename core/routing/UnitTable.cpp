#include "UnitTable.h"

#include <algorithm>
#include <bit>

namespace centinela::core {

UnitTable::UnitTable(const RoadGraph* graph, std::vector<Unit> units)
    : m_units(std::move(units))
{
    m_index.reserve(qsizetype(m_units.size()));
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        const Unit& u = m_units[i];
        m_index.insert(u.id, int(i));
        if (!graph || !u.available || !u.snap.valid() || u.snap.tooFar || u.snap.edge >= graph->edgeCount())
            continue;
        ++m_routable;
        const std::uint32_t unit = std::uint32_t(i), e = u.snap.edge;
        if (u.snap.node != RoadGraph::kNone) {
            m_departures.push_back({u.snap.node, unit, RoadGraph::kNone, 0, true});
            continue;
        }
        const double f = u.snap.fraction;
        if (graph->edgeForward(e))
            m_departures.push_back({graph->edgeTarget(e), unit, e, f, true});
        if (graph->edgeBackward(e))
            m_departures.push_back({graph->edgeSource(e), unit, e, f, false});
    }
    std::sort(m_departures.begin(), m_departures.end(), [](const Departure& a, const Departure& b) {
        return a.node < b.node || (a.node == b.node && a.unit < b.unit);
    });
    if (m_departures.empty())
        return;
    m_hasDeparture.assign((graph->nodeCount() + 63) / 64, 0);
    for (const Departure& d : m_departures)
        m_hasDeparture[d.node / 64] |= std::uint64_t(1) << (d.node % 64);
    m_slots.resize(std::bit_ceil(m_departures.size() * 2));
    m_mask = m_slots.size() - 1;
    for (std::size_t b = 0; b < m_departures.size();) {
        std::size_t e = b;
        while (e < m_departures.size() && m_departures[e].node == m_departures[b].node)
            ++e;
        std::size_t i = hash(m_departures[b].node) & m_mask;
        while (m_slots[i].node != RoadGraph::kNone)
            i = (i + 1) & m_mask;
        m_slots[i] = {m_departures[b].node, std::uint32_t(b), std::uint32_t(e)};
        b = e;
    }
}

} // namespace centinela::core
