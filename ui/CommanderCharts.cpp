#include "CommanderCharts.h"

#include "Labels.h"
#include "ReportLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace centinela::ui {

namespace {

class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)
};

double minutes(const std::optional<double>& s)
{
    return s ? *s / 60.0 : 0.0;
}

QValueAxis* minutesAxis(double max)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(ChartText::tr("minutes"));
    axis->setRange(0, std::max(1.0, max * 1.1));
    axis->setLabelFormat(QStringLiteral("%.1f"));
    return axis;
}

QChart* emptyChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

namespace CommanderCharts {

core::Histogram histogramFor(core::ResponseInterval interval)
{
    switch (interval) {
    case core::ResponseInterval::Processing:
    case core::ResponseInterval::Queue:
    case core::ResponseInterval::Turnout:
        return {15, 24}; // quarter minutes up to six minutes
    case core::ResponseInterval::OnScene:
        return {600, 24}; // ten minutes up to four hours
    default:
        return {60, 30}; // minutes up to half an hour
    }
}

QChart* trend(const core::ReportResult& result, core::ReportField field, core::ResponseInterval interval)
{
    QChart* chart =
        emptyChart(field == core::ReportField::Week ? ChartText::tr("%1 time by week").arg(intervalName(interval))
                                                    : ChartText::tr("%1 time by day").arg(intervalName(interval)));
    auto* p50 = new QLineSeries;
    p50->setName(ChartText::tr("Median"));
    auto* p90 = new QLineSeries;
    p90->setName(ChartText::tr("90th percentile"));
    QStringList categories;
    double max = 0;
    for (const core::ReportGroup& g : result.groups) {
        const core::IntervalStats& s = g.stats(interval);
        const int x = int(categories.size());
        // "10-01" and "W40" fit under a point; the year is in the period above.
        const QString label = g.values.value(0);
        categories << (field == core::ReportField::Week ? label.mid(label.indexOf(QLatin1Char('W'))) : label.mid(5));
        if (s.p50S) {
            p50->append(x, minutes(s.p50S));
            p90->append(x, minutes(s.p90S));
            max = std::max(max, minutes(s.p90S));
        }
    }
    chart->addSeries(p50);
    chart->addSeries(p90);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = minutesAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {p50, p90}) {
        s->attachAxis(x);
        s->attachAxis(y);
        s->setPointsVisible(true);
    }
    return chart;
}

QChart* distribution(const core::ReportResult& result, core::ResponseInterval interval, double bucketS)
{
    QChart* chart = emptyChart(ChartText::tr("Distribution of %1 times").arg(intervalName(interval).toLower()));
    auto* set = new QBarSet(ChartText::tr("Incidents"));
    QStringList categories;
    const QList<qint64> counts =
        result.groups.isEmpty() ? QList<qint64>() : result.groups.first().stats(interval).histogram;
    qint64 max = 0;
    for (int i = 0; i < counts.size(); ++i) {
        const bool last = i + 1 == counts.size();
        categories << (last ? ChartText::tr("%1+").arg(formatElapsed(qint64(i * bucketS)))
                            : formatElapsed(qint64(i * bucketS)));
        set->append(double(counts.at(i)));
        max = std::max(max, counts.at(i));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(1.0);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    x->setTitleText(ChartText::tr("from (min:s)"));
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setTitleText(ChartText::tr("incidents"));
    y->setRange(0, std::max<qint64>(1, qint64(double(max) * 1.1)));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart* bySector(const core::ReportResult& result, core::ResponseInterval interval)
{
    QChart* chart = emptyChart(ChartText::tr("%1 time by sector").arg(intervalName(interval)));
    auto* p50 = new QBarSet(ChartText::tr("Median"));
    auto* p90 = new QBarSet(ChartText::tr("90th percentile"));
    QStringList categories;
    double max = 0;
    for (const core::ReportGroup& g : result.groups) {
        const core::IntervalStats& s = g.stats(interval);
        categories << (g.values.value(0).isNull() ? ChartText::tr("(none)") : g.values.value(0));
        p50->append(minutes(s.p50S));
        p90->append(minutes(s.p90S));
        max = std::max(max, minutes(s.p90S));
    }
    auto* series = new QBarSeries;
    series->append(p50);
    series->append(p90);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = minutesAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace CommanderCharts

} // namespace centinela::ui
