#pragma once

#include "analytics/ReportFormatter.h"

namespace centinela::ui {

/// The report's words in the desk's language, for the table, the charts and the printed report.
core::ReportLabels translatedReportLabels();
/// "Response", "Processing", … for menus and chart titles.
QString intervalName(core::ResponseInterval interval);
QString reportFieldName(core::ReportField field);

} // namespace centinela::ui
