#include "IntervalStatistics.h"

#include <algorithm>
#include <cmath>

namespace centinela::core {

std::vector<std::optional<double>> percentilesCont(std::vector<double>& values, const std::vector<double>& ps)
{
    std::vector<std::optional<double>> out(ps.size());
    if (values.empty())
        return out;
    // Exactly as PostgreSQL's orderedsetaggs.c: rows are counted from zero, the rank is a double,
    // the result low + proportion * (high - low).
    auto begin = values.begin();
    for (std::size_t k = 0; k < ps.size(); ++k) {
        const double rank = ps[k] * double(qint64(values.size()) - 1);
        const double firstRow = std::floor(rank);
        const double secondRow = std::ceil(rank);
        const auto first = values.begin() + qint64(firstRow);
        if (first >= begin) { // ranks at or above what earlier selections left in place
            std::nth_element(begin, first, values.end());
            begin = first;
        }
        const double low = *first;
        if (secondRow == firstRow) {
            out[k] = low;
            continue;
        }
        // After the selection every later element is at least low: the next rank is their minimum.
        const double high = *std::min_element(first + 1, values.end());
        out[k] = low + ((rank - firstRow) * (high - low));
    }
    return out;
}

std::optional<double> percentileCont(std::vector<double>& values, double p)
{
    return percentilesCont(values, {p}).front();
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
        const auto p = percentilesCont(m_values, {0.5, 0.9});
        s.p50S = p[0];
        s.p90S = p[1];
    }
    std::vector<double>().swap(m_values);
    return s;
}

} // namespace centinela::core
