#include "MapCanvas.h"

#include "render/FrameComposer.h"
#include "render/MapLayer.h"
#include "render/RenderJob.h"
#include "routing/Geodesic.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QMenu>
#include <QPainter>
#include <QThreadPool>
#include <QWheelEvent>

#include <cmath>

namespace centinela::maps {

namespace {

constexpr double kMinResolution = 0.05;  // m/px: closer than any street needs
constexpr double kMaxResolution = 40000; // m/px: a continent

} // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent)
    , m_projection(Projection::webMercator())
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_pool(new QThreadPool(this))
{
    setObjectName(QStringLiteral("mapCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    // Base renders use at most two threads: the desk's other work (sync, the models) keeps a core.
    m_pool->setMaxThreadCount(std::max(1, std::min(2, QThread::idealThreadCount())));
    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    m_frameTimer.setInterval(16);
    connect(&m_frameTimer, &QTimer::timeout, this, &MapCanvas::onFrame);
    // Alert ages and stale marks change with time even when nothing moves.
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_tickTimer.start();
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->cancel();
    m_pool->clear();
    m_pool->waitForDone();
}

void MapCanvas::setTimeSource(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void MapCanvas::setLayers(const QList<MapLayer*>& layers)
{
    for (MapLayer* old : std::as_const(m_layers))
        if (old)
            disconnect(old, nullptr, this, nullptr);
    m_layers = layers;
    m_cache.clear();
    for (MapLayer* layer : std::as_const(m_layers)) {
        connect(layer, &MapLayer::changed, this, [this, layer] {
            m_cache.invalidate(layer->id());
            changeView(m_view, 0);
        });
        connect(layer, &QObject::destroyed, this, [this, layer] { m_layers.removeAll(layer); });
    }
    if (!m_view.isValid() || !fullExtent().intersects(m_view.extent()))
        zoomToExtent(fullExtent());
    else
        changeView(m_view, 0);
}

void MapCanvas::setLayerOrder(const QStringList& ids)
{
    QList<MapLayer*> ordered;
    for (const QString& id : ids)
        for (MapLayer* layer : std::as_const(m_layers))
            if (layer->id() == id && !ordered.contains(layer))
                ordered << layer;
    for (MapLayer* layer : std::as_const(m_layers))
        if (!ordered.contains(layer))
            ordered << layer;
    m_layers = ordered;
    update();
}

QStringList MapCanvas::layerOrder() const
{
    QStringList ids;
    for (const MapLayer* layer : m_layers)
        ids << layer->id();
    return ids;
}

void MapCanvas::setLayerVisible(const QString& id, bool visible)
{
    if (visible == isLayerVisible(id))
        return;
    if (visible)
        m_hidden.removeAll(id);
    else
        m_hidden << id;
    changeView(m_view, 0);
}

QList<MapLayer*> MapCanvas::visibleLayers() const
{
    QList<MapLayer*> out;
    for (MapLayer* layer : m_layers)
        if (!m_hidden.contains(layer->id()))
            out << layer;
    return out;
}

QRectF MapCanvas::fullExtent() const
{
    QRectF extent;
    for (const MapLayer* layer : m_layers) {
        const QRectF e = layer->extent();
        if (!e.isEmpty())
            extent = extent.isNull() ? e : extent.united(e);
    }
    return extent;
}

void MapCanvas::setView(const MapTransform& view)
{
    changeView(view, 0);
}

void MapCanvas::zoomToExtent(const QRectF& extent)
{
    if (extent.isEmpty())
        return;
    changeView(MapTransform::fitting(extent, size()), 0);
}

void MapCanvas::setHomeView(const MapTransform& view)
{
    m_home = view;
    Q_EMIT homeViewChanged(view);
}

void MapCanvas::goHome()
{
    if (m_home.isValid())
        changeView(MapTransform(m_home.centre(), m_home.resolution(), size()), 0);
    else
        zoomToExtent(fullExtent());
}

void MapCanvas::setFollowedUnit(qint64 unitId)
{
    if (m_follow == unitId)
        return;
    m_follow = unitId;
    Q_EMIT followChanged(unitId);
    onFrame();
}

void MapCanvas::centreOn(core::GeoPoint point)
{
    if (const auto map = m_projection.toMap(point))
        changeView(m_view.withCentre(*map), 0);
}

void MapCanvas::setMessage(const QString& message)
{
    m_message = message;
    update();
}

bool MapCanvas::isRendering() const
{
    return m_job && m_job->isActive();
}

void MapCanvas::overlayChanged()
{
    if (!m_frameTimer.isActive() && (m_overlay.isAnimating(m_now()) || m_follow))
        m_frameTimer.start();
    update();
}

std::optional<core::GeoPoint> MapCanvas::toLonLat(QPointF screen) const
{
    return m_projection.toLonLat(m_view.toMap(screen));
}

void MapCanvas::changeView(const MapTransform& view, int renderDelayMs)
{
    MapTransform next = view.withSize(size()).clamped(kMinResolution, kMaxResolution);
    if (!next.isValid())
        return;
    const bool moved = !(next == m_view);
    m_view = next;
    if (moved)
        Q_EMIT viewChanged();
    update();
    if (renderDelayMs < 0)
        return; // the caller renders later (a drag in progress)
    m_renderTimer.start(renderDelayMs);
}

void MapCanvas::startRender()
{
    if (!m_view.isValid())
        return;
    QList<const MapLayer*> stale;
    for (MapLayer* layer : visibleLayers())
        if (!m_cache.isCurrent(layer->id(), m_view))
            stale << layer;
    if (stale.isEmpty())
        return;
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater();
    }
    auto* job = new RenderJob(m_view, devicePixelRatioF(), stale, m_pool, this);
    connect(job, &RenderJob::layerRendered, this, &MapCanvas::onLayerRendered);
    connect(job, &RenderJob::finished, this, [this, job] {
        if (m_job == job)
            job->deleteLater();
        Q_EMIT renderFinished();
    });
    m_job = job;
    ++m_renders;
    job->start();
}

void MapCanvas::onLayerRendered(const QString& id, const QImage& image, const MapTransform& view)
{
    m_cache.insert(id, image, view);
    update();
}

void MapCanvas::onFrame()
{
    const qint64 now = m_now();
    if (m_follow) {
        QPointF at;
        if (m_overlay.unitPosition(m_follow, now, &at) &&
            QLineF(at, m_view.centre()).length() > 0.5 * m_view.resolution())
            changeView(m_view.withCentre(at), isRendering() ? 400 : 150);
    }
    if (!m_overlay.isAnimating(now) && !m_follow)
        m_frameTimer.stop();
    update();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStringList ids;
    for (const MapLayer* layer : visibleLayers())
        ids << layer->id();
    FrameComposer::compose(painter, m_view, m_cache, ids);
    m_overlay.draw(painter, m_view, m_now());
    drawScaleBar(painter);
    drawAttribution(painter);
    if (!m_message.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        painter.setFont(font);
        const QRectF box = QRectF(rect()).adjusted(40, 40, -40, -40);
        const QRectF text = painter.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        painter.fillRect(text.adjusted(-12, -8, 12, 8), QColor(255, 255, 255, 230));
        painter.setPen(QColor(0x37, 0x47, 0x4f));
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    if (m_follow) {
        painter.setPen(QColor(0x0d, 0x47, 0xa1));
        painter.drawText(QRectF(rect()).adjusted(8, 6, -8, -6), Qt::AlignTop | Qt::AlignRight,
                         tr("Following unit — press F or Esc to stop"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(QColor(0x00, 0x91, 0xea), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapCanvas::drawScaleBar(QPainter& painter)
{
    const QPointF left(12, height() - 18);
    const auto a = toLonLat(left), b = toLonLat(left + QPointF(100, 0));
    if (!a || !b)
        return;
    const double metresPer100 = core::geodesic::distance(a->lon, a->lat, b->lon, b->lat);
    if (!(metresPer100 > 0))
        return;
    const double maxMetres = metresPer100 * 1.5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double nice = magnitude;
    for (double m : {5.0, 2.0, 1.0})
        if (m * magnitude <= maxMetres) {
            nice = m * magnitude;
            break;
        }
    const double px = nice / metresPer100 * 100;
    const QString label = nice >= 1000 ? tr("%1 km").arg(nice / 1000) : tr("%1 m").arg(nice);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(left.x() - 4, left.y() - 18, px + 8 + 60, 24), QColor(255, 255, 255, 190));
    painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 2));
    painter.drawLine(left, left + QPointF(px, 0));
    painter.drawLine(left, left - QPointF(0, 6));
    painter.drawLine(left + QPointF(px, 0), left + QPointF(px, -6));
    painter.drawText(QPointF(left.x() + px + 6, left.y()), label);
    painter.restore();
}

void MapCanvas::drawAttribution(QPainter& painter)
{
    QStringList credits;
    for (const MapLayer* layer : visibleLayers())
        if (!layer->attribution().isEmpty() && !credits.contains(layer->attribution()))
            credits << layer->attribution();
    if (credits.isEmpty())
        return;
    const QString text = credits.join(QStringLiteral(" · "));
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QRectF box = painter.boundingRect(QRectF(rect()), Qt::AlignBottom | Qt::AlignRight, text);
    painter.fillRect(box.adjusted(-6, -2, 0, 0), QColor(255, 255, 255, 200));
    painter.setPen(QColor(0x37, 0x47, 0x4f));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    if (!m_view.isValid() && !fullExtent().isEmpty())
        zoomToExtent(fullExtent());
    else if (m_view.isValid())
        changeView(m_view, 100);
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    changeView(m_view.zoomedAround(event->position(), std::pow(1.25, steps)), 120);
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastPos = event->position();
        m_dragging = false;
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && QLineF(event->position(), m_pressPos).length() < 4)
        return;
    if (!m_dragging && m_follow)
        setFollowedUnit(0); // dragging the map away from a followed unit stops following
    m_dragging = true;
    changeView(m_view.panned(event->position() - m_lastPos), -1);
    m_lastPos = event->position();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        changeView(m_view, 0);
        return;
    }
    const LiveOverlay::Pick pick = m_overlay.pick(event->position(), m_view, m_now());
    m_overlay.setSelection(pick.target, pick.id);
    update();
    Q_EMIT picked(pick.target, pick.id);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const LiveOverlay::Pick pick = m_overlay.pick(event->position(), m_view, m_now());
    if (pick.target != LiveOverlay::Target::None)
        Q_EMIT activated(pick.target, pick.id);
    else
        changeView(m_view.zoomedAround(event->position(), 2), 0);
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const double stepX = width() / 4.0, stepY = height() / 4.0;
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left:
        changeView(m_view.panned(QPointF(stepX, 0)), 100);
        break;
    case Qt::Key_Right:
        changeView(m_view.panned(QPointF(-stepX, 0)), 100);
        break;
    case Qt::Key_Up:
        changeView(m_view.panned(QPointF(0, stepY)), 100);
        break;
    case Qt::Key_Down:
        changeView(m_view.panned(QPointF(0, -stepY)), 100);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        changeView(m_view.zoomedAround(centre, 2), 100);
        break;
    case Qt::Key_Minus:
        changeView(m_view.zoomedAround(centre, 0.5), 100);
        break;
    case Qt::Key_Home:
        goHome();
        break;
    case Qt::Key_F:
        if (m_follow)
            setFollowedUnit(0);
        else if (m_overlay.selection().target == LiveOverlay::Target::Unit)
            setFollowedUnit(m_overlay.selection().id);
        break;
    case Qt::Key_Escape:
        setFollowedUnit(0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const QPointF at = event->pos();
    QMenu menu(this);
    const std::optional<core::GeoPoint> point = toLonLat(at);
    QAction* create = menu.addAction(tr("Create incident here"));
    create->setEnabled(point.has_value());
    const LiveOverlay::Pick pick = m_overlay.pick(at, m_view, m_now());
    QAction* follow = nullptr;
    if (m_follow)
        follow = menu.addAction(tr("Stop following"));
    else if (pick.target == LiveOverlay::Target::Unit)
        follow = menu.addAction(tr("Follow this unit"));
    menu.addSeparator();
    QAction* home = menu.addAction(tr("Go to home view"));
    QAction* setHome = menu.addAction(tr("Make this the home view"));
    QAction* full = menu.addAction(tr("Show the whole map"));
    QAction* chosen = menu.exec(event->globalPos());
    if (!chosen)
        return;
    if (chosen == create && point)
        Q_EMIT createIncidentRequested(*point);
    else if (chosen == follow)
        setFollowedUnit(m_follow ? 0 : pick.id);
    else if (chosen == home)
        goHome();
    else if (chosen == setHome)
        setHomeView(m_view);
    else if (chosen == full)
        zoomToExtent(fullExtent());
}

} // namespace centinela::maps
