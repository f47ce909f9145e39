#include "StrongComponents.h"

#include "RoadGraph.h"

#include <algorithm>
#include <limits>

namespace centinela::core {

std::vector<std::uint32_t> StrongComponents::label(const RoadGraph& graph)
{
    constexpr std::uint32_t kUnvisited = std::numeric_limits<std::uint32_t>::max();
    const std::uint32_t n = graph.nodeCount();
    std::vector<std::uint32_t> index(n, kUnvisited), low(n, 0), component(n, kUnvisited);
    std::vector<std::uint32_t> stack;                           // Tarjan's node stack
    std::vector<std::pair<std::uint32_t, std::uint32_t>> calls; // (node, next arc) — the DFS call stack
    std::uint32_t counter = 0, components = 0;

    for (std::uint32_t root = 0; root < n; ++root) {
        if (index[root] != kUnvisited)
            continue;
        calls.push_back({root, graph.forwardBegin(root)});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        while (!calls.empty()) {
            auto& [v, arc] = calls.back();
            if (arc < graph.forwardEnd(v)) {
                const std::uint32_t w = graph.forwardHead(v, arc++);
                if (index[w] == kUnvisited) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    calls.push_back({w, graph.forwardBegin(w)});
                } else if (component[w] == kUnvisited) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            const std::uint32_t done = v;
            calls.pop_back();
            if (!calls.empty())
                low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            if (low[done] == index[done]) {
                std::uint32_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    component[w] = components;
                } while (w != done);
                ++components;
            }
        }
    }
    return component;
}

} // namespace centinela::core
