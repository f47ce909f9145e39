#include "ReportDocument.h"

#include <QFontMetrics>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace centinela::maps {

namespace {

constexpr int kMaxGroups = 40;

struct Bar
{
    QString label;
    double p50 = 0, p90 = 0;
    std::optional<double> baselineP90;
};

QString minutes(double seconds)
{
    return QStringLiteral("%1:%2").arg(int(seconds) / 60).arg(int(seconds) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QImage ReportDocument::responseChart(const core::Report& report, const core::ReportLabels& labels, int width)
{
    std::vector<Bar> bars;
    for (const core::Report::Row& row : report.rows()) {
        const core::IntervalStats& s = row.current.stats(core::ResponseInterval::Response);
        if (!s.p90S || !s.p50S)
            continue;
        QStringList title;
        for (int f = 0; f < row.values.size(); ++f)
            title << (row.values.at(f).isNull() ? labels.none : row.values.at(f));
        Bar b{title.isEmpty() ? labels.all : title.join(QStringLiteral(" · ")), *s.p50S, *s.p90S, std::nullopt};
        if (row.baseline)
            b.baselineP90 = row.baseline->stats(core::ResponseInterval::Response).p90S;
        bars.push_back(b);
    }
    if (bars.empty() || width < 200)
        return {};
    if (bars.size() > std::size_t(kMaxGroups)) { // keep the slowest: they are what the chart is for
        std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.p90 > b.p90; });
        bars.resize(kMaxGroups);
    }
    const QList<double> targets = report.settings.targetsFor(core::ResponseInterval::Response);
    double top = 0;
    for (const Bar& b : bars)
        top = std::max({top, b.p90, b.baselineP90.value_or(0)});
    for (double t : targets)
        top = std::max(top, t);
    // A round scale: whole minutes, 4 to 8 ticks.
    const double stepS = 60.0 * std::max(1.0, std::ceil(top / 60.0 / 6.0));
    const double scaleS = stepS * std::ceil(top / stepS);

    const double k = width / 1000.0; // everything scales with the width
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(8, int(13 * k)));
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(std::max(9, int(15 * k)));
    const QFontMetrics fm(font);
    int labelWidth = 0;
    for (const Bar& b : bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
    labelWidth = std::min(labelWidth + int(10 * k), width / 3);
    const int rowH = int(22 * k), titleH = int(30 * k), axisH = int(24 * k), legendH = int(24 * k);
    const int left = labelWidth, right = width - int(40 * k); // room for the last tick's label
    const int height = titleH + int(bars.size()) * rowH + axisH + legendH;
    const auto x = [&](double s) { return left + (right - left) * s / scaleS; };

    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRect(0, 0, width, titleH), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1 — %2 / %3")
                   .arg(labels.intervals[std::size_t(core::ResponseInterval::Response)], labels.p50, labels.p90));
    p.setFont(font);
    const int plotTop = titleH, plotBottom = titleH + int(bars.size()) * rowH;
    // Grid and axis (minutes).
    for (double s = 0; s <= scaleS + 0.5; s += stepS) {
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(QPointF(x(s), plotTop), QPointF(x(s), plotBottom));
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.drawText(QRectF(x(s) - 40 * k, plotBottom, 80 * k, axisH), Qt::AlignHCenter | Qt::AlignVCenter, minutes(s));
    }
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const double y = plotTop + double(i) * rowH;
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelWidth - 6 * k, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelWidth - int(8 * k)));
        const double barTop = y + rowH * 0.2, barH = rowH * 0.6;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x90, 0xcd, 0xf4)); // to the 90th percentile
        p.drawRect(QRectF(x(0), barTop, x(b.p90) - x(0), barH));
        p.setBrush(QColor(0x2b, 0x6c, 0xb0)); // to the median
        p.drawRect(QRectF(x(0), barTop, x(b.p50) - x(0), barH));
        if (b.baselineP90) {
            p.setPen(QPen(QColor(0xc5, 0x30, 0x30), std::max(2.0, 3 * k)));
            p.drawLine(QPointF(x(*b.baselineP90), y + rowH * 0.1), QPointF(x(*b.baselineP90), y + rowH * 0.9));
        }
    }
    for (double t : targets) {
        p.setPen(QPen(QColor(0x2f, 0x85, 0x5a), std::max(1.5, 2 * k), Qt::DashLine));
        p.drawLine(QPointF(x(t), plotTop), QPointF(x(t), plotBottom));
    }
    // Legend.
    const double ly = plotBottom + axisH + legendH * 0.2, lh = legendH * 0.6;
    double lx = left;
    const auto legend = [&](const QColor& colour, bool line, const QString& text) {
        if (line) {
            p.setPen(QPen(colour, std::max(2.0, 3 * k)));
            p.drawLine(QPointF(lx + lh / 2, ly), QPointF(lx + lh / 2, ly + lh));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRect(QRectF(lx, ly, lh, lh));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(lx + lh + 4 * k, ly - 2 * k, 400 * k, lh + 4 * k), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += lh + 12 * k + fm.horizontalAdvance(text);
    };
    legend(QColor(0x2b, 0x6c, 0xb0), false, labels.p50);
    legend(QColor(0x90, 0xcd, 0xf4), false, labels.p90);
    if (report.baseline)
        legend(QColor(0xc5, 0x30, 0x30), true, QStringLiteral("%1 (%2)").arg(labels.p90, labels.baseline));
    if (!targets.isEmpty())
        legend(QColor(0x2f, 0x85, 0x5a), true, labels.target);
    return image;
}

bool ReportDocument::writePdf(const core::Report& report, const core::ReportLabels& labels, QIODevice* device,
                              QString* error)
{
    if (!device || !device->isWritable()) {
        *error = QStringLiteral("the PDF's destination is not open for writing");
        return false;
    }
    QString html = core::ReportFormatter::toHtml(report, labels);
    QTextDocument doc;
    const QImage chart = responseChart(report, labels, 1400);
    if (!chart.isNull()) {
        const QUrl url(QStringLiteral("centinela-chart://response"));
        doc.addResource(QTextDocument::ImageResource, url, chart);
        // Before the first table, after the heading block; laid out 680 px wide (A4's text block is
        // about 695 px at the document's 96 dpi layout), drawn from twice as many pixels.
        constexpr int kWidth = 680;
        const QString img = QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                                .arg(url.toString())
                                .arg(kWidth)
                                .arg(chart.height() * kWidth / chart.width());
        const qsizetype at = html.indexOf(QLatin1String("<table"));
        html.insert(at >= 0 ? at : html.size(), img);
    }
    doc.setHtml(html);
    QPdfWriter writer(device);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(labels.title);
    writer.setCreator(QStringLiteral("Centinela"));
    doc.print(&writer);
    return true;
}

} // namespace centinela::maps
