#include "LabelPlacer.h"

#include <algorithm>
#include <cmath>

namespace centinela::maps {

LabelPlacer::LabelPlacer(QSize viewport, int cell)
    : m_cell(std::max(1, cell))
    , m_cols(std::max(1, (viewport.width() + m_cell - 1) / m_cell))
    , m_rows(std::max(1, (viewport.height() + m_cell - 1) / m_cell))
    , m_taken(std::size_t(m_cols) * std::size_t(m_rows), 0)
{
}

bool LabelPlacer::cells(const QRectF& rect, int* x0, int* y0, int* x1, int* y1) const
{
    *x0 = int(std::floor(rect.left() / m_cell));
    *y0 = int(std::floor(rect.top() / m_cell));
    *x1 = int(std::floor(rect.right() / m_cell));
    *y1 = int(std::floor(rect.bottom() / m_cell));
    return *x0 >= 0 && *y0 >= 0 && *x1 < m_cols && *y1 < m_rows;
}

bool LabelPlacer::tryPlace(const QRectF& rect)
{
    int x0, y0, x1, y1;
    if (!cells(rect, &x0, &y0, &x1, &y1))
        return false;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            if (m_taken[std::size_t(y) * std::size_t(m_cols) + std::size_t(x)])
                return false;
    for (int y = y0; y <= y1; ++y)
        std::fill_n(m_taken.begin() + std::ptrdiff_t(std::size_t(y) * std::size_t(m_cols) + std::size_t(x0)),
                    x1 - x0 + 1, std::uint8_t(1));
    ++m_placed;
    return true;
}

void LabelPlacer::block(const QRectF& rect)
{
    int x0, y0, x1, y1;
    cells(rect, &x0, &y0, &x1, &y1);
    x0 = std::max(x0, 0);
    y0 = std::max(y0, 0);
    x1 = std::min(x1, m_cols - 1);
    y1 = std::min(y1, m_rows - 1);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            m_taken[std::size_t(y) * std::size_t(m_cols) + std::size_t(x)] = 1;
}

} // namespace centinela::maps
