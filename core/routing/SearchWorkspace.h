#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace centinela::core {

/// Scratch memory of one search: a cost, a heap position and a parent per item (graph nodes, then
/// units) in 16 bytes, and a 4-ary min-heap with decrease-key. The second metric is not kept: routes
/// and their other metric are traced afterwards along the parents. Items
/// touched by a query are reset by the next one, so a query costs nothing in proportion to the graph.
/// One workspace per thread (they are not shared) makes concurrent queries lock-free.
class SearchWorkspace
{
public:
    static constexpr double kUnreached = std::numeric_limits<double>::infinity();

    /// Starts a new query over `items` items.
    void prepare(std::uint32_t items)
    {
        for (std::uint32_t id : m_touched)
            m_items[id] = Item{};
        m_touched.clear();
        m_heap.clear();
        if (m_items.size() < items)
            m_items.resize(items);
    }

    /// The best cost found so far (exact once settled), or kUnreached.
    double cost(std::uint32_t id) const { return m_items[id].cost; }
    bool settled(std::uint32_t id) const { return m_items[id].pos == kSettled; }

    /// Whatever the search noted with the item's cost (its next node towards the start, say).
    std::uint32_t parent(std::uint32_t id) const { return m_items[id].parent; }

    /// Lowers the cost of `id` to `cost` and notes `parent`, queueing it if new; false when it had a cost
    /// as low already.
    bool relax(std::uint32_t id, double cost, std::uint32_t parent)
    {
        Item& item = m_items[id];
        if (cost >= item.cost)
            return false; // also covers settled items: their cost is final and minimal
        if (item.cost == kUnreached)
            m_touched.push_back(id);
        item.cost = cost;
        item.parent = parent;
        std::uint32_t i = item.pos;
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
    std::uint32_t topId() const { return m_heap.front().id; }

    /// Removes and settles the cheapest item.
    std::uint32_t pop()
    {
        const std::uint32_t id = m_heap.front().id;
        m_items[id].pos = kSettled;
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
        return m_items.capacity() * sizeof(Item) + m_touched.capacity() * sizeof(std::uint32_t) +
               m_heap.capacity() * sizeof(Entry);
    }

private:
    static constexpr std::uint32_t kNotQueued = 0xFFFFFFFFu;
    static constexpr std::uint32_t kSettled = 0xFFFFFFFEu;

    struct Entry
    {
        double cost;
        std::uint32_t id;
    };
    /// Cost, heap position and parent side by side: a relaxation touches one cache line, not three.
    struct Item
    {
        double cost = kUnreached;
        std::uint32_t pos = kNotQueued;
        std::uint32_t parent = 0;
    };

    void siftUp(std::uint32_t i)
    {
        const Entry e = m_heap[i];
        while (i > 0) {
            const std::uint32_t parent = (i - 1) / 4;
            if (m_heap[parent].cost <= e.cost)
                break;
            m_heap[i] = m_heap[parent];
            m_items[m_heap[i].id].pos = i;
            i = parent;
        }
        m_heap[i] = e;
        m_items[e.id].pos = i;
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
            m_items[m_heap[i].id].pos = i;
            i = best;
        }
        m_heap[i] = e;
        m_items[e.id].pos = i;
    }

    std::vector<Item> m_items;
    std::vector<std::uint32_t> m_touched;
    std::vector<Entry> m_heap;
};

} // namespace centinela::core
