#pragma once

#include <QRectF>
#include <QSize>

#include <cstdint>
#include <vector>

namespace centinela::maps {

/// Decluttering: a coarse occupancy grid over the viewport. A label is placed only where none is
/// yet; callers offer labels in priority order. Checks cost a few cells per label, so thousands of
/// candidates fit in a frame.
class LabelPlacer
{
public:
    explicit LabelPlacer(QSize viewport, int cell = 8);
    /// Marks `rect` taken and returns true when it is inside the viewport and free.
    bool tryPlace(const QRectF& rect);
    /// Marks `rect` taken whatever was there (icons that labels must not cover).
    void block(const QRectF& rect);
    int placed() const { return m_placed; }

private:
    bool cells(const QRectF& rect, int* x0, int* y0, int* x1, int* y1) const;
    int m_cell;
    int m_cols;
    int m_rows;
    int m_placed = 0;
    std::vector<std::uint8_t> m_taken;
};

} // namespace centinela::maps
