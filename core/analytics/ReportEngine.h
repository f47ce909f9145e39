#pragma once

#include "Report.h"

#include <QString>

#include <optional>

namespace centinela::core {

class Clock;

/// Computes response-time reports from the station database.
///
/// Where the grouping runs: in C++, not in SQL. Measured on 1,000,000 incidents on the 2-core
/// machine: the six percentile_cont sorts alone cost 1.1–1.4 s of one PostgreSQL backend
/// (ordered-set aggregates neither hash nor run in parallel) and the whole report written in SQL
/// (report_response_times) 3.7 s of CPU; streaming one row per incident with binary COPY cost
/// 0.5–0.9 s of backend CPU before any grouping. So live incidents stream as rows
/// (report_live_incidents), imported history as per-day packs (history_packs: a few hundred rows per
/// million incidents), on parallel connections; the engine groups them and selects the percentiles
/// with nth_element. The figures are still exactly PostgreSQL's: the intervals are computed by
/// PostgreSQL from the stored timestamps, and the percentiles use percentile_cont's ranks and
/// floating-point operations bit for bit. test_report checks the engine against
/// report_response_times() over many groupings, periods and a DST zone.
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
