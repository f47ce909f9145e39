#include "SectorMapView.h"

#include "Labels.h"
#include "ReportLabels.h"
#include "canvas/MapCanvas.h"
#include "render/GeoJsonParts.h"
#include "render/HeatMapLayer.h"
#include "render/VectorLayer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QResizeEvent>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace centinela::ui {

namespace {

/// Green → yellow → red.
QColor ramp(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    QColor c = QColor::fromHsvF(0.33 * (1 - t), 0.75, 0.9);
    c.setAlpha(120);
    return c;
}

} // namespace

SectorMapView::SectorMapView(QWidget* parent)
    : QWidget(parent)
    , m_canvas(new maps::MapCanvas(this))
    , m_legend(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_window(new QComboBox(this))
{
    m_canvas->setObjectName(QStringLiteral("sectorMap"));
    m_type->setObjectName(QStringLiteral("heatType"));
    m_window->setObjectName(QStringLiteral("heatWindow"));
    m_legend->setWordWrap(true);
    // The heat map by type and by time of day (station time): where robberies happen at night.
    m_window->addItem(tr("All day"), QPoint(0, 24));
    for (int from = 0; from < 24; from += 6)
        m_window->addItem(tr("%1:00–%2:00").arg(from, 2, 10, QLatin1Char('0')).arg(from + 6, 2, 10, QLatin1Char('0')),
                          QPoint(from, from + 6));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Heat map of:"), this));
    filters->addWidget(m_type);
    filters->addWidget(m_window);
    filters->addStretch(1);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SectorMapView::updateHeat);
    connect(m_window, &QComboBox::currentIndexChanged, this, &SectorMapView::updateHeat);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_legend);
}

void SectorMapView::setBaseLayers(const QList<maps::MapLayer*>& layers)
{
    m_base = layers;
    applyLayers();
}

void SectorMapView::applyLayers()
{
    QList<maps::MapLayer*> all = m_base;
    if (m_heat)
        all << m_heat;
    if (m_sectors)
        all << m_sectors;
    m_canvas->setLayers(all);
    m_fitted = false;
    if (m_sectors && !m_sectors->extent().isEmpty() && isVisible()) {
        m_canvas->zoomToExtent(m_sectors->extent());
        m_fitted = true;
    }
}

void SectorMapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A hidden tab has no real size yet: fit the sectors when it first gets one.
    if (!m_fitted && m_sectors && !m_sectors->extent().isEmpty() && isVisible()) {
        m_canvas->zoomToExtent(m_sectors->extent());
        m_fitted = true;
    }
}

void SectorMapView::updateHeat()
{
    if (!m_heat)
        return;
    const QString type = m_type->currentData().toString();
    const QPoint window = m_window->currentData().toPoint();
    const QTimeZone zone(m_zone);
    std::vector<maps::HeatMapLayer::Point> points;
    for (const core::IncidentPlace& p : std::as_const(m_places)) {
        if (!type.isEmpty() && p.type != type)
            continue;
        const int hour = p.receivedAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).time().hour();
        if (hour < window.x() || hour >= window.y())
            continue;
        if (const auto m = m_canvas->projection().toMap(p.point))
            points.push_back({*m, 1});
    }
    m_heatPoints = int(points.size());
    m_heat->setPoints(std::move(points));
}

void SectorMapView::setData(const QList<core::SectorShape>& sectors, const core::ReportResult& bySector,
                            core::ResponseInterval interval, const QList<core::IncidentPlace>& places,
                            const QString& timeZone)
{
    const maps::Projection& projection = m_canvas->projection();
    // The figures by sector name.
    QHash<QString, core::IntervalStats> stats;
    double best = 1e300, worst = 0;
    for (const core::ReportGroup& g : bySector.groups) {
        const core::IntervalStats& s = g.stats(interval);
        stats.insert(g.values.value(0), s);
        if (s.p90S) {
            best = std::min(best, *s.p90S);
            worst = std::max(worst, *s.p90S);
        }
    }
    // One style class per sector: its own fill.
    maps::VectorStyle style;
    style.labelColor = QColor(0x21, 0x21, 0x21);
    maps::VectorDataBuilder builder(maps::VectorData::Geometry::Polygons, int(sectors.size()));
    m_withFigures = 0;
    for (int i = 0; i < sectors.size(); ++i) {
        const core::SectorShape& sector = sectors[i];
        maps::StyleClass c;
        c.key = sector.name;
        c.stroke = QColor(0x4a, 0x14, 0x8c);
        c.minWidthPx = c.maxWidthPx = 2;
        c.labelMaxResolution = 1e12;
        c.labelPixelSize = 13;
        QString label = sector.name;
        const auto it = stats.constFind(sector.name);
        if (it != stats.constEnd() && it->p90S) {
            c.fill = ramp(worst > best ? (*it->p90S - best) / (worst - best) : 0);
            label += QStringLiteral(" · ") + tr("median %1, p90 %2")
                                                 .arg(formatElapsed(qint64(std::lround(it->p50S.value_or(0)))),
                                                      formatElapsed(qint64(std::lround(*it->p90S))));
            ++m_withFigures;
        } else {
            c.fill = QColor(0x9e, 0x9e, 0x9e, 60);
            label += QStringLiteral(" · ") + tr("no figures");
        }
        style.classes << c;
        builder.beginFeature(i, label);
        maps::addGeoJsonParts(builder, sector.boundary, projection);
        builder.endFeature();
    }
    m_places = places;
    m_zone = timeZone.toUtf8();
    {
        // The types present in the period, most frequent first.
        QHash<QString, int> counts;
        for (const core::IncidentPlace& p : places)
            ++counts[p.type];
        QList<std::pair<int, QString>> byCount;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byCount.append({-it.value(), it.key()});
        std::sort(byCount.begin(), byCount.end());
        const QString current = m_type->currentData().toString();
        const QSignalBlocker block(m_type);
        m_type->clear();
        m_type->addItem(tr("All types"), QString());
        for (const auto& [count, type] : byCount)
            m_type->addItem(tr("%1 (%2)").arg(incidentTypeLabel(type)).arg(-count), type);
        m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
    }
    delete m_sectors;
    m_sectors = nullptr;
    if (!sectors.isEmpty())
        m_sectors = new maps::VectorLayer(QStringLiteral("commander:sectors"), tr("Sectors"),
                                          std::make_shared<maps::VectorData>(builder.build()), style, QString(), this);
    if (!m_heat)
        m_heat = new maps::HeatMapLayer(QStringLiteral("commander:hotspots"), tr("Incidents of the period"), this);
    updateHeat();
    applyLayers();
    m_legend->setText(sectors.isEmpty()
                          ? tr("The station has no sectors yet; the heat map shows where the period's %n incident(s) "
                               "were.",
                               nullptr, int(places.size()))
                          : tr("Sectors coloured by the 90th percentile of %1 time, green (best) to red (worst); the "
                               "heat map shows where the period's %n incident(s) were.",
                               nullptr, int(places.size()))
                                .arg(intervalName(interval)));
}

} // namespace centinela::ui
