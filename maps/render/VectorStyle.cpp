#include "VectorStyle.h"

#include <algorithm>

namespace centinela::maps {

double StyleClass::widthAt(double resolution) const
{
    if (widthMetres <= 0 || resolution <= 0)
        return minWidthPx;
    return std::clamp(widthMetres / resolution, minWidthPx, maxWidthPx);
}

int VectorStyle::indexOf(const QString& key) const
{
    for (int i = 0; i < classes.size(); ++i)
        if (classes[i].key == key)
            return i;
    return -1;
}

namespace {

StyleClass road(const char* key, QColor stroke, QColor casing, double metres, double minPx, double maxPx,
                double maxResolution, double labelMaxResolution)
{
    StyleClass c;
    c.key = QString::fromLatin1(key);
    c.stroke = stroke;
    c.casing = casing;
    c.widthMetres = metres;
    c.minWidthPx = minPx;
    c.maxWidthPx = maxPx;
    c.maxResolution = maxResolution;
    c.labelMaxResolution = labelMaxResolution;
    return c;
}

StyleClass area(const char* key, QColor fill, QColor stroke, double maxResolution = 1e12)
{
    StyleClass c;
    c.key = QString::fromLatin1(key);
    c.fill = fill;
    c.stroke = stroke;
    c.maxResolution = maxResolution;
    return c;
}

} // namespace

VectorStyle VectorStyle::roads()
{
    // Minor first: drawn first, covered by the major roads at junctions. Resolutions are metres per
    // pixel (Web Mercator): 2 ≈ street level, 20 ≈ a whole city on screen.
    VectorStyle s;
    s.labelsAlongLines = true;
    const QColor grey(0xb0, 0xb0, 0xb0);
    s.classes = {
        road("path", QColor(0xfa, 0x80, 0x72), QColor(), 1.5, 0.8, 1.6, 3, 0.8),
        road("service", QColor(0xff, 0xff, 0xff), grey, 4, 0.8, 8, 6, 1.2),
        road("residential", QColor(0xff, 0xff, 0xff), grey, 8, 0.9, 16, 30, 4),
        road("tertiary", QColor(0xff, 0xff, 0xff), QColor(0x9e, 0x9e, 0x9e), 10, 1.2, 18, 60, 6),
        road("secondary", QColor(0xf7, 0xfa, 0xbf), QColor(0x99, 0x9a, 0x6a), 12, 1.4, 20, 200, 10),
        road("primary", QColor(0xfc, 0xd6, 0xa4), QColor(0xa0, 0x6b, 0x00), 14, 1.6, 22, 1e12, 16),
        road("trunk", QColor(0xf9, 0xb2, 0x9c), QColor(0xc8, 0x4e, 0x2f), 16, 1.8, 24, 1e12, 24),
        road("motorway", QColor(0xe8, 0x92, 0xa2), QColor(0xdc, 0x2a, 0x67), 18, 2, 26, 1e12, 30),
    };
    s.classes[0].dashed = true;
    return s;
}

QString VectorStyle::roadClassFor(const QString& highway)
{
    static const QStringList paths = {QStringLiteral("footway"),  QStringLiteral("path"),  QStringLiteral("cycleway"),
                                      QStringLiteral("steps"),    QStringLiteral("track"), QStringLiteral("pedestrian"),
                                      QStringLiteral("bridleway")};
    QString h = highway;
    if (h.endsWith(QLatin1String("_link")))
        h.chop(5);
    if (h == QLatin1String("motorway") || h == QLatin1String("trunk") || h == QLatin1String("primary") ||
        h == QLatin1String("secondary") || h == QLatin1String("tertiary") || h == QLatin1String("service"))
        return h;
    if (h == QLatin1String("residential") || h == QLatin1String("living_street") ||
        h == QLatin1String("unclassified") || h == QLatin1String("road"))
        return QStringLiteral("residential");
    if (paths.contains(h))
        return QStringLiteral("path");
    return {};
}

VectorStyle VectorStyle::railways()
{
    VectorStyle s;
    StyleClass rail = road("rail", QColor(0x70, 0x70, 0x70), QColor(), 3, 1, 3, 100, -1);
    rail.dashed = true;
    s.classes = {rail};
    return s;
}

VectorStyle VectorStyle::waterways()
{
    VectorStyle s;
    s.labelsAlongLines = true;
    s.labelColor = QColor(0x1a, 0x5f, 0x9e);
    s.classes = {road("stream", QColor(0xaa, 0xd3, 0xdf), QColor(), 3, 1, 4, 10, 2),
                 road("river", QColor(0xaa, 0xd3, 0xdf), QColor(), 30, 1.5, 40, 1e12, 20)};
    return s;
}

VectorStyle VectorStyle::waterAreas()
{
    VectorStyle s;
    s.labelColor = QColor(0x1a, 0x5f, 0x9e);
    StyleClass water = area("water", QColor(0xaa, 0xd3, 0xdf), QColor());
    water.labelMaxResolution = 10;
    s.classes = {water};
    return s;
}

VectorStyle VectorStyle::landUse()
{
    VectorStyle s;
    s.classes = {area("urban", QColor(0xe8, 0xe4, 0xe0), QColor()),
                 area("industrial", QColor(0xeb, 0xdb, 0xe8), QColor()),
                 area("green", QColor(0xc8, 0xfa, 0xcc), QColor()), area("forest", QColor(0xad, 0xd1, 0x9e), QColor())};
    s.classes[2].labelMaxResolution = 3;
    return s;
}

VectorStyle VectorStyle::buildings()
{
    VectorStyle s;
    s.classes = {area("building", QColor(0xd9, 0xd0, 0xc9), QColor(0xc4, 0xb6, 0xab), 4)};
    return s;
}

VectorStyle VectorStyle::generic(const QColor& colour, int geometry)
{
    VectorStyle s;
    StyleClass c;
    c.key = QStringLiteral("feature");
    c.stroke = colour;
    c.labelMaxResolution = 1e12;
    c.labelPixelSize = 12;
    s.labelColor = colour.darker(160);
    if (geometry == 2) { // polygons: sectors, boundaries — outline with a light wash
        QColor fill = colour;
        fill.setAlpha(28);
        c.fill = fill;
        c.minWidthPx = c.maxWidthPx = 2;
    } else if (geometry == 1) {
        c.minWidthPx = c.maxWidthPx = 2;
    } else {
        c.fill = colour;
        c.stroke = colour.darker(150);
        c.pointRadiusPx = 4.5;
        c.labelMaxResolution = 8;
    }
    s.classes = {c};
    return s;
}

} // namespace centinela::maps
