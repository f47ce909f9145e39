#include "LiveOverlay.h"

#include "LabelPlacer.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace centinela::maps {

namespace {

constexpr int kSprite = 28; // logical pixels, square
constexpr int kCompactSprite = 18;
constexpr qsizetype kDense = 1500; // visible units above which sprites are compact
constexpr int kHeadingBuckets = 36;

QFont labelFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setBold(true);
    return font;
}

} // namespace

LiveOverlay::LiveOverlay() = default;

LiveOverlay::Kind LiveOverlay::kindFromName(const QString& kind)
{
    const QString k = kind.toLower();
    if (k == QLatin1String("car") || k == QLatin1String("patrol") || k.isEmpty())
        return Kind::Car;
    if (k == QLatin1String("motorcycle") || k == QLatin1String("moto"))
        return Kind::Motorcycle;
    if (k == QLatin1String("foot"))
        return Kind::Foot;
    if (k == QLatin1String("k9"))
        return Kind::K9;
    return Kind::Other;
}

QColor LiveOverlay::statusColour(Status status)
{
    switch (status) {
    case Status::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Dispatched:
        return QColor(0xf9, 0xa8, 0x25);
    case Status::EnRoute:
        return QColor(0xef, 0x6c, 0x00);
    case Status::OnScene:
        return QColor(0xc6, 0x28, 0x28);
    case Status::OutOfService:
        return QColor(0x61, 0x61, 0x61);
    case Status::OffDuty:
        return QColor(0x9e, 0x9e, 0x9e);
    case Status::Emergency:
        return QColor(0xd5, 0x00, 0xf9);
    }
    return Qt::black;
}

QColor LiveOverlay::priorityColour(int priority)
{
    switch (priority) {
    case 1:
        return QColor(0xd3, 0x2f, 0x2f);
    case 2:
        return QColor(0xf5, 0x7c, 0x00);
    case 3:
        return QColor(0xfb, 0xc0, 0x2d);
    default:
        return QColor(0x19, 0x76, 0xd2);
    }
}

void LiveOverlay::setUnit(qint64 id, const QString& callSign, Kind kind, Status status)
{
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd()) {
        it = m_index.insert(id, m_units.size());
        m_units.push_back(Unit{});
        m_units.back().id = id;
    }
    Unit& u = m_units[*it];
    if (u.callSign != callSign) {
        u.callSign = callSign;
        u.label = QStaticText(callSign);
        u.label.setPerformanceHint(QStaticText::AggressiveCaching);
        u.labelSize = QSizeF();
    }
    u.kind = kind;
    u.status = status;
}

void LiveOverlay::moveUnit(qint64 id, QPointF map, double heading, qint64 fixMs, qint64 nowMs)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    Unit& u = m_units[*it];
    if (u.hasPosition && fixMs < u.fixMs)
        return; // an older fix arriving late changes nothing
    if (!u.hasPosition) {
        u.from = u.to = map;
        u.glideStartMs = u.glideEndMs = nowMs;
    } else {
        // Glide over the interval the unit reports at, so it arrives about when the next fix does.
        const qint64 interval = std::clamp<qint64>(fixMs - u.fixMs, 250, 10'000);
        u.from = positionOf(u, nowMs);
        u.to = map;
        u.glideStartMs = nowMs;
        u.glideEndMs = nowMs + interval;
    }
    u.hasPosition = true;
    u.fixMs = fixMs;
    u.heading = float(heading);
}

void LiveOverlay::removeUnit(qint64 id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    const std::size_t index = *it;
    m_index.erase(it);
    if (index + 1 != m_units.size()) {
        m_units[index] = std::move(m_units.back());
        m_index[m_units[index].id] = index;
    }
    m_units.pop_back();
}

void LiveOverlay::clearUnits()
{
    m_units.clear();
    m_index.clear();
}

QPointF LiveOverlay::positionOf(const Unit& u, qint64 nowMs) const
{
    if (nowMs >= u.glideEndMs || u.glideEndMs <= u.glideStartMs)
        return u.to;
    if (nowMs <= u.glideStartMs)
        return u.from;
    const double t = double(nowMs - u.glideStartMs) / double(u.glideEndMs - u.glideStartMs);
    return u.from + (u.to - u.from) * t;
}

bool LiveOverlay::unitPosition(qint64 id, qint64 nowMs, QPointF* map) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd() || !m_units[*it].hasPosition)
        return false;
    *map = positionOf(m_units[*it], nowMs);
    return true;
}

bool LiveOverlay::isAnimating(qint64 nowMs) const
{
    return std::any_of(m_units.begin(), m_units.end(),
                       [nowMs](const Unit& u) { return u.hasPosition && nowMs < u.glideEndMs; });
}

void LiveOverlay::setSelection(Target target, qint64 id)
{
    m_selection = Pick{id ? target : Target::None, id};
}

void LiveOverlay::setAgeThresholdsMs(qint64 amber, qint64 red)
{
    m_amberMs = amber;
    m_redMs = red;
}

const QImage& LiveOverlay::sprite(Kind kind, Status status, bool stale, int headingBucket, bool compact)
{
    const quint32 key = quint32(kind) | quint32(status) << 4 | quint32(stale) << 8 | quint32(headingBucket) << 9 |
                        quint32(compact) << 16;
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return *it;
    // Compact sprites (two thirds the size) when thousands of units share the screen: the frame
    // budget goes on blending sprite pixels, and at that density full-size icons only overlap.
    const int side = compact ? kCompactSprite : kSprite;
    QImage image(QSize(side, side) * m_spriteDpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_spriteDpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(side / 2.0, side / 2.0);
    if (compact)
        p.scale(double(kCompactSprite) / kSprite, double(kCompactSprite) / kSprite);
    QColor fill = statusColour(status);
    if (stale)
        fill = QColor::fromHsvF(fill.hsvHueF(), fill.hsvSaturationF() * 0.35, 0.85);
    // Heading arrow: a small wedge outside the body pointing the way the unit goes.
    if (kind != Kind::Foot) {
        p.save();
        p.rotate(headingBucket * (360.0 / kHeadingBuckets));
        QPolygonF wedge({QPointF(0, -13), QPointF(-4.5, -7), QPointF(4.5, -7)});
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(fill.darker(130));
        p.drawPolygon(wedge);
        p.restore();
    }
    p.setPen(
        QPen(stale ? QColor(0x42, 0x42, 0x42) : Qt::white, stale ? 1.6 : 1.8, stale ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(fill);
    switch (kind) {
    case Kind::Car:
        p.drawEllipse(QPointF(0, 0), 7.5, 7.5);
        break;
    case Kind::Motorcycle:
        p.drawPolygon(QPolygonF({QPointF(0, -8.5), QPointF(8.5, 0), QPointF(0, 8.5), QPointF(-8.5, 0)}));
        break;
    case Kind::Foot:
        p.drawEllipse(QPointF(0, 0), 5.5, 5.5);
        break;
    case Kind::K9:
        p.drawRect(QRectF(-6.5, -6.5, 13, 13));
        break;
    case Kind::Other:
        p.drawPolygon(QPolygonF({QPointF(0, -8), QPointF(7.5, 6), QPointF(-7.5, 6)}));
        break;
    }
    if (stale) { // the stale mark: a clock-like tick on the body
        p.setPen(QPen(QColor(0x21, 0x21, 0x21), 1.6));
        p.drawLine(QPointF(0, 0), QPointF(0, -4.5));
        p.drawLine(QPointF(0, 0), QPointF(3.5, 0));
    }
    p.end();
    return *m_sprites.insert(key, image);
}

void LiveOverlay::drawMarkers(QPainter& painter, const MapTransform& view, qint64 nowMs, const QList<Marker>& markers,
                              bool incident)
{
    const QRectF screen(QPointF(-20, -20), QSizeF(view.size()) + QSizeF(40, 40));
    for (const Marker& m : markers) {
        const QPointF s = view.toScreen(m.map);
        if (!screen.contains(s))
            continue;
        const qint64 age = nowMs - m.sinceMs;
        const QColor ring = age >= m_redMs     ? QColor(0xc6, 0x28, 0x28)
                            : age >= m_amberMs ? QColor(0xff, 0xa0, 0x00)
                                               : QColor(255, 255, 255);
        painter.setPen(QPen(ring, 2.5));
        painter.setBrush(priorityColour(m.priority));
        if (incident) {
            painter.drawPolygon(
                QPolygonF({s + QPointF(0, -10), s + QPointF(10, 0), s + QPointF(0, 10), s + QPointF(-10, 0)}));
        } else {
            painter.drawPolygon(QPolygonF({s + QPointF(0, -10), s + QPointF(9, 7), s + QPointF(-9, 7)}));
            painter.setPen(QPen(Qt::white, 2));
            painter.drawLine(s + QPointF(0, -4), s + QPointF(0, 1));
            painter.drawPoint(s + QPointF(0, 4));
        }
        const Target t = incident ? Target::Incident : Target::Alert;
        if (m_selection.target == t && m_selection.id == m.id) {
            painter.setPen(QPen(QColor(0x00, 0x91, 0xea), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(s, 16, 16);
        }
    }
}

void LiveOverlay::draw(QPainter& painter, const MapTransform& view, qint64 nowMs)
{
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (dpr != m_spriteDpr) {
        m_sprites.clear();
        m_spriteDpr = dpr;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);

    if (m_route.size() >= 2) {
        QPolygonF screen(m_route.size());
        for (qsizetype i = 0; i < m_route.size(); ++i)
            screen[i] = view.toScreen(m_route[i]);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x0d, 0x47, 0xa1), 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(screen);
        painter.setPen(QPen(QColor(0x42, 0xa5, 0xf5), 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(screen);
    }
    drawMarkers(painter, view, nowMs, m_alerts, false);
    drawMarkers(painter, view, nowMs, m_incidents, true);

    // Units: cull, then sprites, then decluttered call signs (selection and emergencies first).
    m_visible.clear();
    const QRectF screenRect(QPointF(-kSprite, -kSprite), QSizeF(view.size()) + QSizeF(2 * kSprite, 2 * kSprite));
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        const Unit& u = m_units[i];
        if (!u.hasPosition)
            continue;
        const QPointF s = view.toScreen(positionOf(u, nowMs));
        if (screenRect.contains(s))
            m_visible.emplace_back(s, i);
    }
    const bool compact = qsizetype(m_visible.size()) > kDense;
    const double halfSide = (compact ? kCompactSprite : kSprite) / 2.0;
    const QPointF half(halfSide, halfSide);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const bool pulse = (nowMs / 500) % 2 == 0;
    for (const auto& [s, i] : m_visible) {
        const Unit& u = m_units[i];
        const bool stale = nowMs - u.fixMs > m_staleAfterMs;
        int bucket = int(std::lround(u.heading / (360.0 / kHeadingBuckets))) % kHeadingBuckets;
        if (bucket < 0)
            bucket += kHeadingBuckets;
        if (u.status == Status::Emergency) {
            painter.setPen(QPen(statusColour(Status::Emergency), pulse ? 4 : 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(s, pulse ? 17 : 14, pulse ? 17 : 14);
        }
        const QPointF corner = s - half;
        painter.drawImage(QPoint(qRound(corner.x()), qRound(corner.y())),
                          sprite(u.kind, u.status, stale, bucket, compact));
    }
    if (m_selection.target == Target::Unit) {
        if (const auto it = m_index.constFind(m_selection.id); it != m_index.constEnd() && m_units[*it].hasPosition) {
            painter.setPen(QPen(QColor(0x00, 0x91, 0xea), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(view.toScreen(positionOf(m_units[*it], nowMs)), 15, 15);
        }
    }

    LabelPlacer placer(view.size(), 8);
    std::stable_partition(m_visible.begin(), m_visible.end(), [this](const auto& v) {
        const Unit& u = m_units[v.second];
        return u.status == Status::Emergency || (m_selection.target == Target::Unit && m_selection.id == u.id);
    });
    painter.setFont(labelFont());
    const QColor text(0x10, 0x10, 0x10);
    m_labelsDrawn = 0;
    for (const auto& [s, i] : m_visible) {
        if (m_labelsDrawn >= m_maxLabels)
            break;
        Unit& u = m_units[i];
        if (u.callSign.isEmpty())
            continue;
        if (u.labelSize.isEmpty()) {
            u.label.prepare(QTransform(), labelFont());
            u.labelSize = u.label.size();
        }
        const QSizeF size = u.labelSize;
        const QRectF box(s.x() + halfSide - 3, s.y() - size.height() / 2, size.width() + 4, size.height());
        if (!placer.tryPlace(box))
            continue;
        painter.fillRect(box, QColor(255, 255, 255, 200));
        painter.setPen(text);
        painter.drawStaticText(box.topLeft() + QPointF(2, 0), u.label);
        ++m_labelsDrawn;
    }
    painter.restore();
}

LiveOverlay::Pick LiveOverlay::pick(QPointF screen, const MapTransform& view, qint64 nowMs, double radiusPx) const
{
    Pick best;
    double bestDistance = radiusPx * radiusPx;
    auto consider = [&](QPointF at, Target target, qint64 id) {
        const QPointF d = view.toScreen(at) - screen;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestDistance) {
            bestDistance = d2;
            best = Pick{target, id};
        }
    };
    for (const Marker& m : m_alerts)
        consider(m.map, Target::Alert, m.id);
    for (const Marker& m : m_incidents)
        consider(m.map, Target::Incident, m.id);
    // Units last: on a tie, the unit drawn on top wins.
    for (const Unit& u : m_units)
        if (u.hasPosition)
            consider(positionOf(u, nowMs), Target::Unit, u.id);
    return best;
}

} // namespace centinela::maps
