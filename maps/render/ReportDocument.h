#pragma once

#include "analytics/ReportFormatter.h"

#include <QImage>
#include <QString>

class QIODevice;

namespace centinela::maps {

/// The printed response-time review, one piece for the CLI (`report --format pdf`) and the
/// commander view: the report's tables (ReportFormatter::toHtml) headed by a chart of the response
/// time (received → on scene) of every group — median and 90th percentile as bars, the baseline
/// period's 90th percentile as a mark, the station's targets as lines — so a shift commander sees at
/// a glance which sector or shift is slow.
class ReportDocument
{
public:
    /// The chart, `width` pixels wide (height grows with the groups; at most 40 groups are drawn,
    /// the slowest first beyond that). A null image when no group has a response time.
    static QImage responseChart(const core::Report& report, const core::ReportLabels& labels, int width);
    /// The whole review as an A4 PDF into `device` (open for writing). False with `error`.
    static bool writePdf(const core::Report& report, const core::ReportLabels& labels, QIODevice* device,
                         QString* error);
};

} // namespace centinela::maps
