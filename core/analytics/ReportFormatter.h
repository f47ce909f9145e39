#pragma once

#include "Report.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace centinela::core {

/// The words of a printed report. English by default; the desk passes its translations.
struct ReportLabels
{
    QString title = QStringLiteral("Response-time review");
    QString station = QStringLiteral("Station");
    QString period = QStringLiteral("Period");
    QString baseline = QStringLiteral("Compared with");
    QString generated = QStringLiteral("Generated");
    QString timeZone = QStringLiteral("Time zone");
    QString shifts = QStringLiteral("Shifts");
    QString allHistory = QStringLiteral("all history");
    QString all = QStringLiteral("All incidents");
    QString none = QStringLiteral("(none)");
    QString interval = QStringLiteral("Interval");
    QString count = QStringLiteral("Measured");
    QString missing = QStringLiteral("Missing");
    QString mean = QStringLiteral("Mean");
    QString p50 = QStringLiteral("Median");
    QString p90 = QStringLiteral("90th pct.");
    QString within = QStringLiteral("Within target");
    QString dataQuality = QStringLiteral("Zero / negative");
    QString change = QStringLiteral("Change (90th)");
    QString target = QStringLiteral("Target");
    QString note = QStringLiteral(
        "Percentiles are exact (linear interpolation between closest ranks, as PostgreSQL's percentile_cont). "
        "A missing stage is counted as missing, never as zero. Zero and negative intervals are recording "
        "errors of the source system; they are kept in the figures and counted in the zero / negative column.");
    std::array<QString, kResponseIntervalCount> intervals = {
        QStringLiteral("Processing (received → dispatched)"), QStringLiteral("Queue (received → acknowledged)"),
        QStringLiteral("Turnout (dispatched → en route)"),    QStringLiteral("Travel (en route → on scene)"),
        QStringLiteral("Response (received → on scene)"),     QStringLiteral("On scene (on scene → cleared)")};
    std::array<QString, 12> fields = {QStringLiteral("Day"),    QStringLiteral("Week"),     QStringLiteral("Month"),
                                      QStringLiteral("Hour"),   QStringLiteral("Weekday"),  QStringLiteral("Shift"),
                                      QStringLiteral("Sector"), QStringLiteral("Priority"), QStringLiteral("Channel"),
                                      QStringLiteral("Type"),   QStringLiteral("Unit"),     QStringLiteral("Source")};
};

/// Renders a report as JSON (the contract of `centinela-cli report`), CSV (one row per group and
/// interval) or HTML (for print and PDF). The same functions serve the CLI and the commander view,
/// so both hand upward the same figures.
namespace ReportFormatter {

/// An array of groups: {"group": {...}, "intervals": {"processing": {"count", "missing", "mean_s",
/// "p50_s", "p90_s"}, ...}, "compliance": ..., "data_quality": ...} plus "baseline" and "change"
/// when the report compares two periods.
QByteArray toJson(const Report& report);
QByteArray toCsv(const Report& report);
QString toHtml(const Report& report, const ReportLabels& labels = {});

/// "4:05" for 245 s, "1:02:03" past an hour, "−0:03" for a negative interval; "–" for nothing.
QString formatDuration(std::optional<double> seconds);
/// The shortest text that reads back as the same double.
QString formatNumber(double value);

} // namespace ReportFormatter

} // namespace centinela::core
