#pragma once

#include "Report.h"

#include <QString>

#include <optional>

namespace centinela::core {

class Clock;

/// Computes response-time reports from the station database.
///
/// Where the grouping runs: in C++, over the facts streamed out of PostgreSQL with binary COPY on
/// parallel connections. Measured on 1,000,000 incidents (2 cores): percentile_cont for the six
/// intervals alone costs 1.1 s in one PostgreSQL backend (1.4 s grouped; ordered-set aggregates
/// neither hash nor run in parallel), while streaming the facts and selecting the percentiles with
/// nth_element stays well under a second (README, Measured). The percentiles are still exactly
/// PostgreSQL's percentile_cont: same ranks, same floating-point operations, on the interval values
/// PostgreSQL itself computes (the report views); test_report checks the engine against
/// report_response_times(), the same report written in SQL.
class ReportEngine
{
public:
    /// `conninfo` of a commander or admin; `connections` parallel streams (at least one).
    explicit ReportEngine(QString conninfo, int connections = 2);

    /// The figures of one period. Nothing, with `error`, when the database refuses.
    std::optional<ReportResult> compute(const ReportPeriod& period, const QList<ReportField>& groupBy,
                                        const ReportSettings& settings, QString* error,
                                        const Histogram& histogram = {}) const;

    /// The period and, when the query has one, the baseline period. False with `error`.
    bool run(const ReportQuery& query, const ReportSettings& settings, const Clock& clock, Report* report,
             QString* error) const;

private:
    QString m_conninfo;
    int m_connections;
};

} // namespace centinela::core
