#pragma once

#include <QList>

#include <optional>
#include <vector>

namespace centinela::core {

/// The share of measured intervals at or under a target.
struct TargetShare
{
    double targetS = 0;
    qint64 within = 0; ///< intervals ≤ target (zero and negative ones included)
    /// within / count, or nothing when no interval was measured.
    std::optional<double> share(qint64 count) const
    {
        return count > 0 ? std::optional<double>(double(within) / double(count)) : std::nullopt;
    }
};

/// Statistics of one interval over one group. `count` intervals were measured, `missing` incidents
/// lacked one of the two moments. Zero and negative intervals are data-quality findings: they stay in
/// the statistics as recorded and are counted apart.
struct IntervalStats
{
    qint64 count = 0;
    qint64 missing = 0;
    qint64 zero = 0;
    qint64 negative = 0;
    std::optional<double> meanS;
    std::optional<double> p50S;
    std::optional<double> p90S;
    QList<TargetShare> targets;
    /// Counts per bucket of Histogram::bucketS seconds from zero, the last one open-ended; empty
    /// unless asked for. Negative intervals are not in it (see `negative`).
    QList<qint64> histogram;
};

/// Buckets for a distribution chart.
struct Histogram
{
    double bucketS = 0; ///< 0: no histogram
    int buckets = 0;    ///< buckets before the open-ended last one
};

/// PostgreSQL's percentile_cont: linear interpolation between the values at ranks floor(p·(n−1))
/// and ceil(p·(n−1)) of the sorted values, computed with the same floating-point operations so the
/// result is bit-identical. Reorders `values` (selection, not a full sort). Nothing for no values.
std::optional<double> percentileCont(std::vector<double>& values, double p);
/// Several percentiles at once, `ps` ascending: each selection works on what is left above the
/// previous one. Same results as percentileCont one by one.
std::vector<std::optional<double>> percentilesCont(std::vector<double>& values, const std::vector<double>& ps);

/// Collects one interval's values for one group, then computes its statistics.
class IntervalAccumulator
{
public:
    void add(double seconds)
    {
        m_values.push_back(seconds);
        m_sum += seconds;
    }
    void addMissing() { ++m_missing; }
    void merge(IntervalAccumulator&& other);
    qint64 count() const { return qint64(m_values.size()); }

    /// Consumes the collected values.
    IntervalStats finish(const QList<double>& targets, const Histogram& histogram = {});

private:
    std::vector<double> m_values;
    long double m_sum = 0; // wider than the values, so the mean does not depend on row order
    qint64 m_missing = 0;
};

} // namespace centinela::core
