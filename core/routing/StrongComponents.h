#pragma once

#include <cstdint>
#include <vector>

namespace centinela::core {

class RoadGraph;

/// Strongly connected components of the forward graph (Tarjan's algorithm without recursion, so a
/// million-node city cannot overflow the stack).
class StrongComponents
{
public:
    /// Component number of every node; numbers are dense from 0.
    static std::vector<std::uint32_t> label(const RoadGraph& graph);
};

} // namespace centinela::core
