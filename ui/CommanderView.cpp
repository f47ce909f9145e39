#include "CommanderView.h"

#include "SectorMapView.h"
#include "store/StationGeometry.h"

#include "CommanderCharts.h"
#include "HotSpotModel.h"
#include "ReportLabels.h"
#include "ReportTableModel.h"
#include "analytics/ReportEngine.h"
#include "analytics/ReportFormatter.h"
#include "render/ReportDocument.h"
#include "store/PgConnection.h"
#include "util/Clock.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

namespace centinela::ui {

namespace {

/// The instant a refresh was asked for, so the report says when it was made however long it takes.
class FixedClock final : public core::Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

/// The period just before `p` with the same length: whole calendar months compare with the months
/// before, anything else with the same number of days.
core::ReportPeriod previousPeriod(const core::ReportPeriod& p)
{
    const bool wholeMonths = p.from.day() == 1 && p.to.addDays(1).day() == 1;
    if (wholeMonths) {
        const int months = (p.to.year() - p.from.year()) * 12 + p.to.month() - p.from.month() + 1;
        return {p.from.addMonths(-months), p.from.addDays(-1)};
    }
    const qint64 days = p.from.daysTo(p.to) + 1;
    return {p.from.addDays(-days), p.from.addDays(-1)};
}

} // namespace

struct CommanderView::Results
{
    QString error;
    core::Report report;
    core::ReportResult trend;
    core::ReportField trendField = core::ReportField::Day;
    core::ReportResult sectors;
    core::ReportResult distribution;
    core::ReportResult hotSpots;
    core::ResponseInterval interval = core::ResponseInterval::Response;
    core::Histogram histogram;
    QList<core::SectorShape> sectorShapes;
    QList<core::IncidentPlace> places;
};

CommanderView::CommanderView(QString conninfo, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_conninfo(std::move(conninfo))
    , m_clock(clock)
    , m_results(std::make_shared<Results>())
    , m_sectorMap(new SectorMapView(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_allHistory(new QCheckBox(tr("All history"), this))
    , m_compare(new QCheckBox(tr("Compare with the period before"), this))
    , m_baselineLabel(new QLabel(this))
    , m_groupBy(new QComboBox(this))
    , m_thenBy(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Show"), this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tableView(new QTableView(this))
    , m_table(new ReportTableModel(this))
    , m_trend(new QChartView(this))
    , m_distribution(new QChartView(this))
    , m_sectors(new QChartView(this))
    , m_hotSpots(new HotSpotModel(this))
{
    setWindowTitle(tr("Response-time review"));
    setObjectName(QStringLiteral("commanderView"));
    m_pool.setMaxThreadCount(1); // one report at a time; a newer request supersedes the older

    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_groupBy->addItem(tr("No grouping"));
    m_thenBy->addItem(tr("—"));
    for (core::ReportField f : core::allReportFields()) {
        m_groupBy->addItem(reportFieldName(f), int(f));
        m_thenBy->addItem(reportFieldName(f), int(f));
    }
    for (core::ResponseInterval i : core::allResponseIntervals())
        m_interval->addItem(intervalName(i), int(i));
    m_interval->setCurrentIndex(int(core::ResponseInterval::Response));

    // A commander's monthly report: last month, compared with the month before.
    const QDate today = m_clock.now().date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    setPeriod({firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)}, true);
    setGroupBy({core::ReportField::Shift});

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_allHistory);
    controls->addWidget(m_compare);
    controls->addWidget(m_baselineLabel);
    controls->addStretch(1);
    auto* grouping = new QHBoxLayout;
    grouping->addWidget(new QLabel(tr("Group by"), this));
    grouping->addWidget(m_groupBy);
    grouping->addWidget(new QLabel(tr("then by"), this));
    grouping->addWidget(m_thenBy);
    grouping->addWidget(new QLabel(tr("Charts show"), this));
    grouping->addWidget(m_interval);
    grouping->addStretch(1);
    grouping->addWidget(m_refresh);
    grouping->addWidget(m_pdf);
    grouping->addWidget(m_csv);

    m_tableView->setObjectName(QStringLiteral("reportTable"));
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* hotSpotView = new QTableView(this);
    hotSpotView->setObjectName(QStringLiteral("hotSpotTable"));
    hotSpotView->setModel(m_hotSpots);
    hotSpotView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (QChartView* v : {m_trend, m_distribution, m_sectors})
        v->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(m_tableView, tr("Figures"));
    m_tabs->addTab(m_trend, tr("Trend"));
    m_tabs->addTab(m_distribution, tr("Distribution"));
    m_tabs->addTab(m_sectors, tr("By sector"));
    m_tabs->addTab(hotSpotView, tr("Hot spots (type × hour)"));
    m_tabs->addTab(m_sectorMap, tr("Map"));

    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(grouping);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CommanderView::refresh);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_allHistory, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
        m_compare->setEnabled(!all);
        updateBaselineDates();
    });
    connect(m_compare, &QCheckBox::toggled, this, &CommanderView::updateBaselineDates);
    connect(m_from, &QDateEdit::dateChanged, this, &CommanderView::updateBaselineDates);
    connect(m_to, &QDateEdit::dateChanged, this, &CommanderView::updateBaselineDates);
    // Choosing what the charts show needs no new figures when the last report had them.
    connect(m_interval, &QComboBox::currentIndexChanged, this, &CommanderView::refresh);
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    resize(1100, 700);
}

CommanderView::~CommanderView()
{
    ++m_generation; // results still on their way are dropped
    m_pool.waitForDone();
}

void CommanderView::setPeriod(const core::ReportPeriod& period, bool compare)
{
    m_allHistory->setChecked(period.isOpen());
    if (!period.isOpen()) {
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    m_compare->setChecked(compare);
    updateBaselineDates();
}

void CommanderView::setGroupBy(const QList<core::ReportField>& fields)
{
    m_groupBy->setCurrentIndex(fields.size() > 0 ? m_groupBy->findData(int(fields.at(0))) : 0);
    m_thenBy->setCurrentIndex(fields.size() > 1 ? m_thenBy->findData(int(fields.at(1))) : 0);
}

core::ReportQuery CommanderView::query() const
{
    core::ReportQuery q;
    if (!m_allHistory->isChecked()) {
        q.period = {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
        if (m_compare->isChecked())
            q.baseline = previousPeriod(q.period);
    }
    for (QComboBox* box : {m_groupBy, m_thenBy}) {
        if (box->currentData().isValid()) {
            const auto f = core::ReportField(box->currentData().toInt());
            if (!q.groupBy.contains(f))
                q.groupBy << f;
        }
    }
    return q;
}

const core::Report& CommanderView::report() const
{
    return m_table->report();
}

void CommanderView::updateBaselineDates()
{
    const core::ReportQuery q = query();
    m_baselineLabel->setText(
        q.baseline ? tr("(%1 – %2)").arg(q.baseline->from.toString(Qt::ISODate), q.baseline->to.toString(Qt::ISODate))
                   : QString());
}

void CommanderView::refresh()
{
    const int generation = ++m_generation;
    const core::ReportQuery q = query();
    const auto interval = core::ResponseInterval(m_interval->currentData().toInt());
    const QString conninfo = m_conninfo;
    const FixedClock at(m_clock.now());
    m_status->setText(tr("Computing…"));
    m_refresh->setEnabled(false);
    QPointer<CommanderView> self(this);
    m_pool.start([self, generation, q, interval, conninfo, at] {
        auto r = std::make_shared<Results>();
        r->interval = interval;
        r->histogram = CommanderCharts::histogramFor(interval);
        core::ReportSettings settings;
        try {
            core::PgConnection c(conninfo);
            if (!core::ReportSettings::load(c, &settings, &r->error))
                settings = {};
        } catch (const core::PgError& e) {
            r->error = e.message();
        }
        const core::ReportEngine engine(conninfo, qBound(1, QThread::idealThreadCount(), 4));
        const QList<core::ReportField> trendBy{q.period.isOpen() || q.period.from.daysTo(q.period.to) > 62
                                                   ? core::ReportField::Week
                                                   : core::ReportField::Day};
        auto compute = [&](const QList<core::ReportField>& by, core::ReportResult* out, const core::Histogram& h = {}) {
            if (!r->error.isEmpty())
                return;
            if (auto result = engine.compute(q.period, by, settings, &r->error, h))
                *out = std::move(*result);
        };
        if (r->error.isEmpty() && !engine.run(q, settings, at, &r->report, &r->error) && r->error.isEmpty())
            r->error = QStringLiteral("?");
        compute(trendBy, &r->trend);
        compute({core::ReportField::Sector}, &r->sectors);
        compute({}, &r->distribution, r->histogram);
        compute({core::ReportField::Type, core::ReportField::Hour}, &r->hotSpots);
        if (r->error.isEmpty()) {
            // The map tab: sectors and where the period's incidents were, in the station's days.
            try {
                core::StationGeometry geometry(conninfo);
                r->sectorShapes = geometry.sectors();
                const QTimeZone zone(settings.timeZone.toUtf8());
                const QDateTime since =
                    q.period.from.isNull() ? QDateTime::fromSecsSinceEpoch(0, Qt::UTC) : q.period.from.startOfDay(zone);
                const QDateTime until =
                    q.period.to.isNull() ? at.now().addSecs(60) : q.period.to.addDays(1).startOfDay(zone);
                r->places = geometry.incidentPlaces(since, until);
            } catch (const core::PgError& e) {
                r->error = e.message();
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, r] {
                if (self && generation == self->m_generation)
                    self->apply(*r);
            },
            Qt::QueuedConnection);
    });
}

void CommanderView::apply(const Results& results)
{
    m_refresh->setEnabled(true);
    if (!results.error.isEmpty()) {
        const QString message = results.error.contains(QLatin1String("permission denied"))
                                    ? tr("This login may not read the response-time review: it needs a commander's "
                                         "login.")
                                    : tr("The review could not be computed: %1").arg(results.error);
        m_status->setText(message);
        Q_EMIT reportFailed(message);
        return;
    }
    *m_results = results;
    m_table->setReport(results.report);
    m_hotSpots->setResult(results.hotSpots);
    m_sectorMap->setData(results.sectorShapes, results.sectors, results.interval, results.places,
                         results.report.settings.timeZone);
    updateCharts();
    const core::Report& r = results.report;
    m_status->setText(tr("%n incident(s) in the period; times in %1. Missing stages are counted apart, never as zero.",
                         nullptr, int(r.current.rows))
                          .arg(r.settings.timeZone));
    m_pdf->setEnabled(true);
    m_csv->setEnabled(true);
    Q_EMIT reportReady();
}

void CommanderView::updateCharts()
{
    const Results& r = *m_results;
    auto replace = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_trend, CommanderCharts::trend(r.trend, r.trendField, r.interval));
    replace(m_distribution, CommanderCharts::distribution(r.distribution, r.interval, r.histogram.bucketS));
    replace(m_sectors, CommanderCharts::bySector(r.sectors, r.interval));
}

void CommanderView::setBaseMap(const QList<maps::MapLayer*>& layers)
{
    m_sectorMap->setBaseLayers(layers);
}

bool CommanderView::exportCsv(const QString& path, QString* error) const
{
    QFile f(path);
    const QByteArray data = core::ReportFormatter::toCsv(report());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool CommanderView::exportPdf(const QString& path, QString* error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = f.errorString();
        return false;
    }
    core::ReportLabels labels = translatedReportLabels();
    return maps::ReportDocument::writePdf(report(), labels, &f, error);
}

void CommanderView::exportWithDialog(bool pdf)
{
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), QString(),
                                                      pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1: %2").arg(path, error));
}

} // namespace centinela::ui
