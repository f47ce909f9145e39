// The printed review's chart and PDF: bars in proportion to each group's median and 90th percentile
// response, the baseline's 90th as a mark, the target as a line; the PDF carries the chart as an
// image beside the tables; a report without response times still prints, without a chart.
#include "render/ReportDocument.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace centinela;

namespace {

core::ReportGroup group(const QString& sector, double p50, double p90)
{
    core::ReportGroup g;
    g.values = {sector};
    g.sortKeys = {sector};
    core::IntervalStats& s = g.intervals[std::size_t(core::ResponseInterval::Response)];
    s.count = 20;
    s.p50S = p50;
    s.p90S = p90;
    s.meanS = (p50 + p90) / 2;
    return g;
}

core::Report sampleReport(bool withBaseline)
{
    core::Report r;
    r.query.groupBy = {core::ReportField::Sector};
    r.settings.stationName = QStringLiteral("Estación Zona 18");
    r.settings.addTarget(core::ResponseInterval::Response, 600);
    r.generatedAt = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
    r.current.groups = {group(QStringLiteral("Sector A"), 300, 500), group(QStringLiteral("Sector B"), 400, 900)};
    r.current.rows = 40;
    if (withBaseline) {
        core::ReportResult before;
        before.groups = {group(QStringLiteral("Sector A"), 320, 700), group(QStringLiteral("Sector B"), 380, 850)};
        r.baseline = before;
        r.query.baseline = core::ReportPeriod{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    }
    return r;
}

bool near(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) < 24;
}

/// [first, last] x of pixels near `colour` on row y, or {-1, -1}.
std::pair<int, int> extent(const QImage& image, int y, const QList<QRgb>& colours)
{
    int first = -1, last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (QRgb c : colours) {
            if (near(image.pixel(x, y), c)) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
    }
    return {first, last};
}

} // namespace

class ReportDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsAreInProportionWithBaselineAndTarget()
    {
        const QImage chart = maps::ReportDocument::responseChart(sampleReport(true), {}, 1000);
        QVERIFY(!chart.isNull());
        const QRgb dark = qRgb(0x2b, 0x6c, 0xb0), light = qRgb(0x90, 0xcd, 0xf4), red = qRgb(0xc5, 0x30, 0x30),
                   green = qRgb(0x2f, 0x85, 0x5a);
        // The bars' rows, top to bottom: the middle line of each run of rows holding the median colour.
        QList<int> middles;
        for (int y = 0, start = -1; y < chart.height(); ++y) {
            const bool has = extent(chart, y, {dark}).first >= 0;
            if (has && start < 0)
                start = y;
            if (!has && start >= 0) {
                middles << (start + y - 1) / 2;
                start = -1;
            }
        }
        QCOMPARE(middles.size(), 3); // two groups and the legend's swatch
        const auto [a0, aMedian] = extent(chart, middles[0], {dark});
        const auto [b0, bMedian] = extent(chart, middles[1], {dark});
        const int aNinety = extent(chart, middles[0], {dark, light}).second;
        const int bNinety = extent(chart, middles[1], {dark, light}).second;
        QCOMPARE(a0, b0); // one origin
        QVERIFY2(std::abs(double(bNinety - b0) / (aNinety - a0) - 900.0 / 500.0) < 0.03,
                 qPrintable(QStringLiteral("%1 %2").arg(bNinety - b0).arg(aNinety - a0)));
        QVERIFY(std::abs(double(bMedian - b0) / (aMedian - a0) - 400.0 / 300.0) < 0.03);
        // Sector A's baseline 90th (700 s) is marked beyond its bar, at 700/500 of its length.
        const auto [redFirst, redLast] = extent(chart, middles[0], {red});
        QVERIFY(redFirst > aNinety);
        QVERIFY(std::abs(double((redFirst + redLast) / 2 - a0) / (aNinety - a0) - 700.0 / 500.0) < 0.04);
        // The 10-minute target crosses both rows at 600/500 of A's bar (dashed: look a few rows around).
        int targetX = -1;
        for (int dy = -4; dy <= 4 && targetX < 0; ++dy) {
            const auto [g0, g1] = extent(chart, middles[0] + dy, {green});
            if (g0 >= 0)
                targetX = (g0 + g1) / 2;
        }
        QVERIFY(targetX > 0);
        QVERIFY(std::abs(double(targetX - a0) / (aNinety - a0) - 600.0 / 500.0) < 0.04);
    }

    void pdfCarriesTheChartAndTheTables()
    {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(maps::ReportDocument::writePdf(sampleReport(false), {}, &pdf, &error), qPrintable(error));
        QVERIFY(pdf.data().startsWith("%PDF-"));
        QVERIFY(pdf.data().contains("/Subtype /Image"));

        // No response time anywhere: no chart, the tables still print.
        core::Report empty = sampleReport(false);
        for (core::ReportGroup& g : empty.current.groups)
            g.intervals[std::size_t(core::ResponseInterval::Response)] = {};
        QVERIFY(maps::ReportDocument::responseChart(empty, {}, 1000).isNull());
        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        QVERIFY(maps::ReportDocument::writePdf(empty, {}, &plain, &error));
        QVERIFY(plain.data().startsWith("%PDF-"));
        QVERIFY(!plain.data().contains("/Subtype /Image"));
        // A closed device is refused with a reason.
        QBuffer closed;
        QVERIFY(!maps::ReportDocument::writePdf(empty, {}, &closed, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(ReportDocumentTest)
#include "ReportDocumentTest.moc"
