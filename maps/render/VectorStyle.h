#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace centinela::maps {

/// How one class of features (a road class, buildings, a sector) is drawn.
struct StyleClass
{
    QString key;
    QColor stroke;
    double widthMetres = 0; ///< line width on the ground; drawn within [minWidthPx, maxWidthPx]
    double minWidthPx = 1;
    double maxWidthPx = 1;
    QColor casing; ///< drawn beneath, 2 px wider, when valid
    QColor fill;
    bool dashed = false;
    double pointRadiusPx = 4;
    double maxResolution = 1e12;    ///< hidden when the view's map units per pixel exceed this
    double labelMaxResolution = -1; ///< names shown when the resolution is at most this
    int labelPixelSize = 11;

    double widthAt(double resolution) const;
};

/// The classes of one layer, in drawing order (first drawn first, so major roads go last).
struct VectorStyle
{
    QList<StyleClass> classes;
    QColor labelColor = QColor(0x26, 0x32, 0x38);
    QColor labelHalo = QColor(255, 255, 255, 220);
    bool labelsAlongLines = false;

    int indexOf(const QString& key) const;

    /// OpenStreetMap-like styles for the layers read from OSM data and the synthetic city.
    static VectorStyle roads();
    static VectorStyle railways();
    static VectorStyle waterways();
    static VectorStyle waterAreas();
    static VectorStyle landUse();
    static VectorStyle buildings();
    /// One class for any other source (sectors, cameras, boundaries), coloured by `colour`.
    static VectorStyle generic(const QColor& colour, int geometry);
    /// The style class for an OSM `highway` value; -1 when it is not drawn.
    static QString roadClassFor(const QString& highway);
};

} // namespace centinela::maps
