#pragma once

#include <cstdint>
#include <vector>

namespace centinela::core {

/// Scratch memory of one search: a label per node (and per unit), and a 4-ary min-heap with
/// decrease-key. Labels carry a query stamp, so a new query costs nothing to reset; one workspace
/// per thread (they are not shared) makes concurrent queries lock-free.
class SearchWorkspace
{
public:
    static constexpr std::uint32_t kNotQueued = 0xFFFFFFFFu;
    static constexpr std::uint32_t kSettled = 0xFFFFFFFEu;

    struct Label
    {
        double cost;          ///< primary metric from here to the incident
        float second;         ///< the other metric along the same path
        std::uint32_t parent; ///< edge towards the incident (or a root/departure marker)
        std::uint32_t stamp;
        std::uint32_t heapPos;
    };

    /// Starts a new query over `items` labels (nodes, then units).
    void prepare(std::uint32_t items)
    {
        if (m_labels.size() < items)
            m_labels.resize(items, Label{0, 0, 0, 0, kNotQueued});
        if (++m_stamp == 0) { // wrapped: old stamps could collide with new ones
            for (Label& l : m_labels)
                l.stamp = 0;
            m_stamp = 1;
        }
        m_heap.clear();
    }

    bool seen(std::uint32_t id) const { return m_labels[id].stamp == m_stamp; }
    bool settled(std::uint32_t id) const { return seen(id) && m_labels[id].heapPos == kSettled; }
    const Label& label(std::uint32_t id) const { return m_labels[id]; }

    /// Lowers the cost of `id` to `cost` (queueing it if new); false when it had a cost as low already
    /// or is settled.
    bool relax(std::uint32_t id, double cost, float second, std::uint32_t parent)
    {
        Label& l = m_labels[id];
        if (l.stamp != m_stamp) {
            l = {cost, second, parent, m_stamp, std::uint32_t(m_heap.size())};
            m_heap.push_back({cost, id});
            siftUp(l.heapPos);
            return true;
        }
        if (l.heapPos == kSettled || cost >= l.cost)
            return false;
        l.cost = cost;
        l.second = second;
        l.parent = parent;
        m_heap[l.heapPos].cost = cost;
        siftUp(l.heapPos);
        return true;
    }

    bool empty() const { return m_heap.empty(); }
    double topCost() const { return m_heap.front().cost; }

    /// Removes and settles the cheapest item.
    std::uint32_t pop()
    {
        const std::uint32_t id = m_heap.front().id;
        m_labels[id].heapPos = kSettled;
        const Entry last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty()) {
            m_heap.front() = last;
            m_labels[last.id].heapPos = 0;
            siftDown(0);
        }
        return id;
    }

    std::size_t memoryBytes() const { return m_labels.capacity() * sizeof(Label) + m_heap.capacity() * sizeof(Entry); }

private:
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
            m_labels[m_heap[i].id].heapPos = i;
            i = parent;
        }
        m_heap[i] = e;
        m_labels[e.id].heapPos = i;
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
            m_labels[m_heap[i].id].heapPos = i;
            i = best;
        }
        m_heap[i] = e;
        m_labels[e.id].heapPos = i;
    }

    std::vector<Label> m_labels;
    std::vector<Entry> m_heap;
    std::uint32_t m_stamp = 0;
};

} // namespace centinela::core
