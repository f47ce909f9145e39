#include "IntervalStatistics.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

std::optional<double> percentileCont(std::vector<double>& values, double p)
{
    if (values.empty())
        return std::nullopt;
    // Exactly as PostgreSQL's orderedsetaggs.c: rows are counted from zero, the rank is a double.
    const double rank = p * double(qint64(values.size()) - 1);
    const double firstRow = std::floor(rank);
    const double secondRow = std::ceil(rank);
    const auto first = std::size_t(firstRow);
    std::nth_element(values.begin(), values.begin() + qint64(first), values.end());
    const double low = values[first];
    if (secondRow == firstRow)
        return low;
    // After the selection every later element is ≥ low: the next rank is their minimum.
    const double high = *std::min_element(values.begin() + qint64(first) + 1, values.end());
    const double proportion = rank - firstRow;
    return low + (proportion * (high - low));
}

void IntervalAccumulator::merge(IntervalAccumulator&& other)
{
    if (m_values.empty())
        m_values = std::move(other.m_values);
    else
        m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
    m_sum += other.m_sum;
    m_missing += other.m_missing;
    other.m_values.clear();
    other.m_sum = 0;
    other.m_missing = 0;
}

IntervalStats IntervalAccumulator::finish(const QList<double>& targets, const Histogram& histogram)
{
    IntervalStats s;
    s.count = qint64(m_values.size());
    s.missing = m_missing;
    const std::vector<double> limits(targets.begin(), targets.end());
    std::vector<qint64> within(limits.size(), 0);
    qint64 zero = 0, negative = 0;
    for (double v : m_values) {
        zero += v == 0;
        negative += v < 0;
        for (std::size_t t = 0; t < limits.size(); ++t)
            within[t] += v <= limits[t];
    }
    s.zero = zero;
    s.negative = negative;
    if (histogram.bucketS > 0) {
        s.histogram.fill(0, histogram.buckets + 1);
        for (double v : m_values)
            if (v >= 0)
                ++s.histogram[int(std::min<double>(std::floor(v / histogram.bucketS), histogram.buckets))];
    }
    for (std::size_t t = 0; t < limits.size(); ++t)
        s.targets.append({limits[t], within[t]});
    if (s.count > 0) {
        s.meanS = double(m_sum / (long double)(s.count));
        s.p50S = percentileCont(m_values, 0.5);
        s.p90S = percentileCont(m_values, 0.9);
    }
    std::vector<double>().swap(m_values);
    return s;
}

} // namespace centinela::core
