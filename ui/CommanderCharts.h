#pragma once

#include "analytics/Report.h"

class QChart;

namespace centinela::ui {

/// Charts of the commander view, built from report figures (Qt Charts). Each returns a new chart
/// for a QChartView to own.
namespace CommanderCharts {

/// Median and 90th percentile of one interval per day or week (`field`) of the period.
QChart* trend(const core::ReportResult& byDayOrWeek, core::ReportField field, core::ResponseInterval interval);
/// How the interval's values spread: incidents per bucket (from an ungrouped result with a histogram).
QChart* distribution(const core::ReportResult& all, core::ResponseInterval interval, double bucketS);
/// Median and 90th percentile per sector.
QChart* bySector(const core::ReportResult& bySector, core::ResponseInterval interval);

/// The histogram buckets that suit an interval (seconds per bucket, and how many before "more").
core::Histogram histogramFor(core::ResponseInterval interval);

} // namespace CommanderCharts

} // namespace centinela::ui
