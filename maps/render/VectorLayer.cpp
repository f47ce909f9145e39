#include "VectorLayer.h"

#include "LabelPlacer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace centinela::maps {

namespace {

class VectorRenderer : public LayerRenderer
{
public:
    VectorRenderer(std::shared_ptr<const VectorData> data, VectorStyle style, const MapTransform& view)
        : m_data(std::move(data))
        , m_style(std::move(style))
        , m_view(view)
    {
    }

    void render(QPainter& painter, const std::atomic_bool& cancelled) override
    {
        painter.setRenderHint(QPainter::Antialiasing, true);
        const double res = m_view.resolution();
        // A margin so wide lines and labels at the edge are not cut.
        m_extent = m_view.extent().adjusted(-30 * res, -30 * res, 30 * res, 30 * res);
        const int classes = int(m_style.classes.size());
        switch (m_data->geometry) {
        case VectorData::Geometry::Lines:
            // All casings first, then all strokes: a junction of two roads reads as one surface.
            for (int c = 0; c < classes && !cancelled; ++c)
                drawLines(painter, c, true, cancelled);
            for (int c = 0; c < classes && !cancelled; ++c)
                drawLines(painter, c, false, cancelled);
            break;
        case VectorData::Geometry::Polygons:
            for (int c = 0; c < classes && !cancelled; ++c)
                drawPolygons(painter, c, cancelled);
            break;
        case VectorData::Geometry::Points:
            for (int c = 0; c < classes && !cancelled; ++c)
                drawPoints(painter, c, cancelled);
            break;
        }
        if (!cancelled)
            drawLabels(painter, cancelled);
    }

private:
    bool visible(const StyleClass& s) const { return m_view.resolution() <= s.maxResolution; }

    /// The part's vertices on screen, dropping those less than `tolerance` px from the last kept one.
    const QPolygonF& screenPart(std::uint32_t part, double tolerance)
    {
        m_scratch.clear();
        const double inv = 1 / m_view.resolution();
        const double cx = m_view.centre().x(), cy = m_view.centre().y();
        const double hw = m_view.size().width() * 0.5, hh = m_view.size().height() * 0.5;
        const std::uint32_t end = m_data->partStarts[part + 1];
        const double t2 = tolerance * tolerance;
        for (std::uint32_t v = m_data->partStarts[part]; v < end; ++v) {
            const QPointF& q = m_data->vertices[v];
            const QPointF s((q.x() - cx) * inv + hw, (cy - q.y()) * inv + hh);
            if (!m_scratch.isEmpty() && v + 1 < end) {
                const QPointF d = s - m_scratch.last();
                if (d.x() * d.x() + d.y() * d.y() < t2)
                    continue;
            }
            m_scratch.append(s);
        }
        return m_scratch;
    }

    void drawLines(QPainter& painter, int c, bool casing, const std::atomic_bool& cancelled)
    {
        const StyleClass& s = m_style.classes[c];
        if (!visible(s) || (casing && !s.casing.isValid()) || (!casing && !s.stroke.isValid()))
            return;
        const double width = s.widthAt(m_view.resolution()) + (casing ? 2 : 0);
        if (casing && width < 3.5)
            return; // a casing on a hairline is noise
        QPen pen(casing ? s.casing : s.stroke, width, s.dashed && !casing ? Qt::DashLine : Qt::SolidLine,
                 width > 2.5 ? Qt::RoundCap : Qt::FlatCap, width > 2.5 ? Qt::RoundJoin : Qt::BevelJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const double tolerance = width > 3 ? 0.8 : 0.6;
        for (std::uint32_t i = m_data->classStart[c]; i < m_data->classStart[c + 1]; ++i) {
            const VectorData::Feature& f = m_data->features[i];
            if (!f.bounds.intersects(m_extent) && !degenerateInside(f.bounds))
                continue;
            if ((i & 1023) == 0 && cancelled)
                return;
            for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
                painter.drawPolyline(screenPart(p, tolerance));
        }
    }

    bool degenerateInside(const QRectF& b) const
    {
        // Horizontal or vertical lines have zero-height bounds, which intersects() rejects.
        return (b.width() == 0 || b.height() == 0) && b.right() >= m_extent.left() && b.left() <= m_extent.right() &&
               b.bottom() >= m_extent.top() && b.top() <= m_extent.bottom();
    }

    void drawPolygons(QPainter& painter, int c, const std::atomic_bool& cancelled)
    {
        const StyleClass& s = m_style.classes[c];
        if (!visible(s))
            return;
        painter.setBrush(s.fill.isValid() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
        if (s.stroke.isValid())
            painter.setPen(QPen(s.stroke, s.widthAt(m_view.resolution())));
        else
            painter.setPen(Qt::NoPen);
        const double minArea = m_view.resolution() * m_view.resolution() * 2; // below 2 px² it is a speck
        for (std::uint32_t i = m_data->classStart[c]; i < m_data->classStart[c + 1]; ++i) {
            const VectorData::Feature& f = m_data->features[i];
            if (!f.bounds.intersects(m_extent) || f.bounds.width() * f.bounds.height() < minArea)
                continue;
            if ((i & 1023) == 0 && cancelled)
                return;
            if (f.partCount == 1) {
                painter.drawPolygon(screenPart(f.firstPart, 0.5));
                continue;
            }
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
                path.addPolygon(screenPart(p, 0.5));
            painter.drawPath(path);
        }
    }

    void drawPoints(QPainter& painter, int c, const std::atomic_bool& cancelled)
    {
        const StyleClass& s = m_style.classes[c];
        if (!visible(s))
            return;
        painter.setBrush(s.fill.isValid() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
        painter.setPen(s.stroke.isValid() ? QPen(s.stroke, 1.2) : QPen(Qt::NoPen));
        const double r = s.pointRadiusPx;
        for (std::uint32_t i = m_data->classStart[c]; i < m_data->classStart[c + 1]; ++i) {
            const VectorData::Feature& f = m_data->features[i];
            if (!m_extent.contains(f.bounds.topLeft()))
                continue;
            if ((i & 1023) == 0 && cancelled)
                return;
            for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
                painter.drawEllipse(m_view.toScreen(m_data->vertices[m_data->partStarts[p]]), r, r);
        }
    }

    void drawLabels(QPainter& painter, const std::atomic_bool& cancelled)
    {
        LabelPlacer placer(m_view.size(), 6);
        QHash<std::uint32_t, QList<QPointF>> placedByName; // one name once per ~300 px
        const double res = m_view.resolution();
        // Major classes first: they win the space.
        for (int c = int(m_style.classes.size()) - 1; c >= 0 && !cancelled; --c) {
            const StyleClass& s = m_style.classes[c];
            if (!visible(s) || res > s.labelMaxResolution)
                continue;
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(s.labelPixelSize);
            painter.setFont(font);
            const QFontMetricsF metrics(font);
            for (std::uint32_t i = m_data->classStart[c]; i < m_data->classStart[c + 1]; ++i) {
                const VectorData::Feature& f = m_data->features[i];
                if (f.name == 0 || !f.bounds.intersects(m_extent) && !degenerateInside(f.bounds))
                    continue;
                const QString& name = m_data->names[int(f.name)];
                const double textWidth = metrics.horizontalAdvance(name);
                QPointF at;
                double angle = 0;
                if (!placement(f, textWidth, &at, &angle))
                    continue;
                QList<QPointF>& seen = placedByName[nameKey(name)];
                bool near = false;
                for (const QPointF& q : seen)
                    near = near || QLineF(q, at).length() < 300;
                if (near)
                    continue;
                const QRectF box = rotatedBox(at, textWidth + 4, metrics.height() + 2, angle);
                if (!placer.tryPlace(box))
                    continue;
                seen << at;
                drawHaloText(painter, at, angle, name, textWidth, metrics);
            }
        }
    }

    std::uint32_t nameKey(const QString& name)
    {
        auto it = m_nameKeys.constFind(name);
        if (it != m_nameKeys.constEnd())
            return *it;
        const std::uint32_t key = std::uint32_t(m_nameKeys.size());
        m_nameKeys.insert(name, key);
        return key;
    }

    bool placement(const VectorData::Feature& f, double textWidth, QPointF* at, double* angle)
    {
        if (m_data->geometry == VectorData::Geometry::Points) {
            const QPointF p = m_view.toScreen(m_data->vertices[m_data->partStarts[f.firstPart]]);
            *at = p + QPointF(textWidth / 2 + 7, 0);
            *angle = 0;
            return true;
        }
        if (m_data->geometry == VectorData::Geometry::Polygons) {
            const QRectF screen(m_view.toScreen(f.bounds.topLeft()), m_view.toScreen(f.bounds.bottomRight()));
            if (std::abs(screen.width()) < textWidth * 0.8)
                return false;
            *at = screen.center();
            *angle = 0;
            return true;
        }
        // Lines: a nearly straight run of the line (path at most 10 % longer than its chord) that holds
        // the text, the one nearest the middle of the line; text kept upright.
        bool found = false;
        double bestScore = 0;
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
            const QPolygonF& line = screenPart(p, 1.5);
            const qsizetype n = line.size();
            double total = 0;
            for (qsizetype k = 0; k + 1 < n; ++k)
                total += QLineF(line[k], line[k + 1]).length();
            double walked = 0; // path length from the start to vertex i
            qsizetype j = 0;
            double path = 0; // path length from i to j
            for (qsizetype i = 0; i + 1 < n; ++i) {
                if (j < i) {
                    j = i;
                    path = 0;
                }
                while (j + 1 < n && path < textWidth + 10) {
                    path += QLineF(line[j], line[j + 1]).length();
                    ++j;
                }
                const QLineF chord(line[i], line[j]);
                if (path >= textWidth + 10 && chord.length() * 1.1 >= path) {
                    const double score = -std::abs(walked + path / 2 - total / 2);
                    if (!found || score > bestScore) {
                        bestScore = score;
                        *at = chord.center();
                        double a = std::atan2(chord.dy(), chord.dx()) * 180 / M_PI;
                        if (a > 90)
                            a -= 180;
                        else if (a < -90)
                            a += 180;
                        *angle = a;
                        found = true;
                    }
                }
                const double step = QLineF(line[i], line[i + 1]).length();
                walked += step;
                path -= step;
            }
        }
        return found;
    }

    static QRectF rotatedBox(QPointF centre, double w, double h, double angle)
    {
        const double r = angle * M_PI / 180;
        const double c = std::abs(std::cos(r)), s = std::abs(std::sin(r));
        const double bw = w * c + h * s, bh = w * s + h * c;
        return QRectF(centre.x() - bw / 2, centre.y() - bh / 2, bw, bh);
    }

    void drawHaloText(QPainter& painter, QPointF at, double angle, const QString& text, double width,
                      const QFontMetricsF& metrics)
    {
        painter.save();
        painter.translate(at);
        painter.rotate(angle);
        const QPointF origin(-width / 2, metrics.ascent() / 2 - metrics.descent() / 2);
        painter.setPen(m_style.labelHalo);
        for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
            painter.drawText(origin + d, text);
        painter.setPen(m_style.labelColor);
        painter.drawText(origin, text);
        painter.restore();
    }

    std::shared_ptr<const VectorData> m_data;
    VectorStyle m_style;
    MapTransform m_view;
    QRectF m_extent;
    QPolygonF m_scratch;
    QHash<QString, std::uint32_t> m_nameKeys;
};

} // namespace

VectorLayer::VectorLayer(QString id, QString name, std::shared_ptr<const VectorData> data, VectorStyle style,
                         QString attribution, QObject* parent)
    : MapLayer(std::move(id), std::move(name), parent)
    , m_data(std::move(data))
    , m_style(std::move(style))
    , m_attribution(std::move(attribution))
{
}

std::unique_ptr<LayerRenderer> VectorLayer::createRenderer(const MapTransform& view, double) const
{
    return std::make_unique<VectorRenderer>(m_data, m_style, view);
}

void VectorLayer::setStyle(const VectorStyle& style)
{
    m_style = style;
    Q_EMIT changed();
}

} // namespace centinela::maps
