#include "ReportLabels.h"

#include <QCoreApplication>

namespace centinela::ui {

namespace {
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

QString intervalName(core::ResponseInterval interval)
{
    switch (interval) {
    case core::ResponseInterval::Processing:
        return ReportText::tr("Processing");
    case core::ResponseInterval::Queue:
        return ReportText::tr("Queue");
    case core::ResponseInterval::Turnout:
        return ReportText::tr("Turnout");
    case core::ResponseInterval::Travel:
        return ReportText::tr("Travel");
    case core::ResponseInterval::Response:
        return ReportText::tr("Response");
    case core::ResponseInterval::OnScene:
        return ReportText::tr("On scene");
    }
    return {};
}

QString reportFieldName(core::ReportField field)
{
    switch (field) {
    case core::ReportField::Day:
        return ReportText::tr("Day");
    case core::ReportField::Week:
        return ReportText::tr("Week");
    case core::ReportField::Month:
        return ReportText::tr("Month");
    case core::ReportField::Hour:
        return ReportText::tr("Hour");
    case core::ReportField::Weekday:
        return ReportText::tr("Weekday");
    case core::ReportField::Shift:
        return ReportText::tr("Shift");
    case core::ReportField::Sector:
        return ReportText::tr("Sector");
    case core::ReportField::Priority:
        return ReportText::tr("Priority");
    case core::ReportField::Channel:
        return ReportText::tr("Channel");
    case core::ReportField::Type:
        return ReportText::tr("Type");
    case core::ReportField::Unit:
        return ReportText::tr("Unit");
    case core::ReportField::Source:
        return ReportText::tr("Source");
    }
    return {};
}

core::ReportLabels translatedReportLabels()
{
    core::ReportLabels l;
    l.title = ReportText::tr("Response-time review");
    l.station = ReportText::tr("Station");
    l.period = ReportText::tr("Period");
    l.baseline = ReportText::tr("Compared with");
    l.generated = ReportText::tr("Generated");
    l.timeZone = ReportText::tr("Time zone");
    l.shifts = ReportText::tr("Shifts");
    l.allHistory = ReportText::tr("all history");
    l.all = ReportText::tr("All incidents");
    l.none = ReportText::tr("(none)");
    l.target = ReportText::tr("Target");
    l.interval = ReportText::tr("Interval");
    l.count = ReportText::tr("Measured");
    l.missing = ReportText::tr("Missing");
    l.mean = ReportText::tr("Mean");
    l.p50 = ReportText::tr("Median");
    l.p90 = ReportText::tr("90th pct.");
    l.within = ReportText::tr("Within target");
    l.dataQuality = ReportText::tr("Zero / negative");
    l.change = ReportText::tr("Change (90th)");
    l.note = ReportText::tr("Percentiles are exact (linear interpolation between closest ranks, as PostgreSQL's "
                            "percentile_cont). A missing stage is counted as missing, never as zero. Zero and negative "
                            "intervals are recording errors of the source system; they are kept in the figures and "
                            "counted in the zero / negative column.");
    l.intervals = {
        ReportText::tr("Processing (received → dispatched)"), ReportText::tr("Queue (received → acknowledged)"),
        ReportText::tr("Turnout (dispatched → en route)"),    ReportText::tr("Travel (en route → on scene)"),
        ReportText::tr("Response (received → on scene)"),     ReportText::tr("On scene (on scene → cleared)")};
    for (core::ReportField f : core::allReportFields())
        l.fields[std::size_t(f)] = reportFieldName(f);
    return l;
}

} // namespace centinela::ui
