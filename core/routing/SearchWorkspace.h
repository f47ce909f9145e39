#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace centinela::core {

/// Scratch memory of one search: a cost and a heap position per item (graph nodes, then units) and a
/// 4-ary min-heap with decrease-key. Only a cost is kept per node — no parent, no second metric — so
/// the search touches as little memory as possible; paths are traced afterwards from the costs. Items
/// touched by a query are reset by the next one, so a query costs nothing in proportion to the graph.
/// One workspace per thread (they are not shared) makes concurrent queries lock-free.
class SearchWorkspace
{
public:
    static constexpr double kUnreached = std::numeric_limits<double>::infinity();

    /// Starts a new query over `items` items.
    void prepare(std::uint32_t items)
    {
        for (std::uint32_t id : m_touched) {
            m_cost[id] = kUnreached;
            m_pos[id] = kNotQueued;
        }
        m_touched.clear();
        m_heap.clear();
        if (m_cost.size() < items) {
            m_cost.resize(items, kUnreached);
            m_pos.resize(items, kNotQueued);
        }
    }

    /// The best cost found so far (exact once settled), or kUnreached.
    double cost(std::uint32_t id) const { return m_cost[id]; }
    bool settled(std::uint32_t id) const { return m_pos[id] == kSettled; }

    /// Lowers the cost of `id` to `cost`, queueing it if new; false when it had a cost as low already.
    bool relax(std::uint32_t id, double cost)
    {
        if (cost >= m_cost[id])
            return false; // also covers settled items: their cost is final and minimal
        if (m_cost[id] == kUnreached)
            m_touched.push_back(id);
        m_cost[id] = cost;
        std::uint32_t i = m_pos[id];
        if (i == kNotQueued) {
            i = std::uint32_t(m_heap.size());
            m_heap.push_back({cost, id});
        } else {
            m_heap[i].cost = cost;
        }
        siftUp(i);
        return true;
    }

    bool empty() const { return m_heap.empty(); }
    double topCost() const { return m_heap.front().cost; }

    /// Removes and settles the cheapest item.
    std::uint32_t pop()
    {
        const std::uint32_t id = m_heap.front().id;
        m_pos[id] = kSettled;
        const Entry last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty()) {
            m_heap.front() = last;
            siftDown(0);
        }
        return id;
    }

    std::size_t memoryBytes() const
    {
        return m_cost.capacity() * sizeof(double) + m_pos.capacity() * sizeof(std::uint32_t) +
               m_touched.capacity() * sizeof(std::uint32_t) + m_heap.capacity() * sizeof(Entry);
    }

private:
    static constexpr std::uint32_t kNotQueued = 0xFFFFFFFFu;
    static constexpr std::uint32_t kSettled = 0xFFFFFFFEu;

    struct Entry
    {
        double cost;
        std::uint32_t id;
    };

    void siftUp(std::uint32_t i)
    {
        const Entry e = m_heap[i];
        while (i > 0) {
            const std::uint32_t parent = (i - 1) / 4;
            if (m_heap[parent].cost <= e.cost)
                break;
            m_heap[i] = m_heap[parent];
            m_pos[m_heap[i].id] = i;
            i = parent;
        }
        m_heap[i] = e;
        m_pos[e.id] = i;
    }

    void siftDown(std::uint32_t i)
    {
        const Entry e = m_heap[i];
        const std::uint32_t n = std::uint32_t(m_heap.size());
        for (;;) {
            const std::uint32_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::uint32_t best = first;
            const std::uint32_t last = first + 4 < n ? first + 4 : n;
            for (std::uint32_t c = first + 1; c < last; ++c)
                if (m_heap[c].cost < m_heap[best].cost)
                    best = c;
            if (m_heap[best].cost >= e.cost)
                break;
            m_heap[i] = m_heap[best];
            m_pos[m_heap[i].id] = i;
            i = best;
        }
        m_heap[i] = e;
        m_pos[e.id] = i;
    }

    std::vector<double> m_cost;
    std::vector<std::uint32_t> m_pos;
    std::vector<std::uint32_t> m_touched;
    std::vector<Entry> m_heap;
};

} // namespace centinela::core
