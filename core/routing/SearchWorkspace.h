#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace centinela::core {

/// Scratch memory of one search: a cost, a parent and a settled flag per item (graph nodes, then
/// units) in 16 bytes, and a 4-ary min-heap of (cost, item) entries without decrease-key: a cheaper
/// path pushes a second entry and the outdated one is dropped when it surfaces (the item is settled
/// by then, since its cheaper entry came out first). No heap positions are kept, so sifting moves
/// entries only, never touching the items. The second metric is not kept: routes and their other
/// metric are traced afterwards along the parents. Items touched by a query are reset by the next
/// one, so a query costs nothing in proportion to the graph. One workspace per thread (they are not
/// shared) makes concurrent queries lock-free.
class SearchWorkspace
{
public:
    static constexpr double kUnreached = std::numeric_limits<double>::infinity();
    /// What pop() returns for an outdated entry.
    static constexpr std::uint32_t kStale = 0xFFFFFFFFu;

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
    bool settled(std::uint32_t id) const { return m_items[id].settled != 0; }

    /// Whatever the search noted with the item's cost (its next node towards the start, say).
    std::uint32_t parent(std::uint32_t id) const { return m_items[id].parent; }

    /// Lowers the cost of `id` to `cost` and notes `parent`, queueing it; false when it had a cost as
    /// low already.
    bool relax(std::uint32_t id, double cost, std::uint32_t parent)
    {
        Item& item = m_items[id];
        if (cost >= item.cost)
            return false; // also covers settled items: their cost is final and minimal
        if (item.cost == kUnreached)
            m_touched.push_back(id);
        item.cost = cost;
        item.parent = parent;
        m_heap.push_back({cost, id});
        siftUp(std::uint32_t(m_heap.size() - 1));
        return true;
    }

    /// True when no entry is queued (outdated ones included).
    bool empty() const { return m_heap.empty(); }
    /// The cheapest queued cost; never above the cheapest unsettled item's cost.
    double topCost() const { return m_heap.front().cost; }
    std::uint32_t topId() const { return m_heap.front().id; }

    /// Removes the cheapest entry and settles its item, or returns kStale when the item was settled
    /// already (through a cheaper entry).
    std::uint32_t pop()
    {
        const std::uint32_t id = m_heap.front().id;
        const Entry last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty())
            siftDown(last);
        Item& item = m_items[id];
        if (item.settled)
            return kStale;
        item.settled = 1;
        return id;
    }

    std::size_t memoryBytes() const
    {
        return m_items.capacity() * sizeof(Item) + m_touched.capacity() * sizeof(std::uint32_t) +
               m_heap.capacity() * sizeof(Entry);
    }

private:
    struct Entry
    {
        double cost;
        std::uint32_t id;
    };
    /// Cost, parent and flag side by side: a relaxation touches one cache line, not three.
    struct Item
    {
        double cost = kUnreached;
        std::uint32_t parent = 0;
        std::uint32_t settled = 0;
    };

    void siftUp(std::uint32_t i)
    {
        const Entry e = m_heap[i];
        while (i > 0) {
            const std::uint32_t parent = (i - 1) / 4;
            if (m_heap[parent].cost <= e.cost)
                break;
            m_heap[i] = m_heap[parent];
            i = parent;
        }
        m_heap[i] = e;
    }

    /// Puts `e` in the hole at the root and sinks it to its place.
    void siftDown(const Entry e)
    {
        std::uint32_t i = 0;
        const std::uint32_t n = std::uint32_t(m_heap.size());
        Entry* heap = m_heap.data();
        for (;;) {
            const std::uint32_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::uint32_t best = first;
            double bestCost = heap[first].cost;
            const std::uint32_t last = first + 4 < n ? first + 4 : n;
            for (std::uint32_t c = first + 1; c < last; ++c) {
                const double cc = heap[c].cost;
                best = cc < bestCost ? c : best;
                bestCost = cc < bestCost ? cc : bestCost;
            }
            if (bestCost >= e.cost)
                break;
            heap[i] = heap[best];
            i = best;
        }
        heap[i] = e;
    }

    std::vector<Item> m_items;
    std::vector<std::uint32_t> m_touched;
    std::vector<Entry> m_heap;
};

} // namespace centinela::core
