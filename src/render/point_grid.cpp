#include "render/point_grid.h"

#include <algorithm>
#include <cmath>

namespace lb::render {

void PointGrid::build(std::span<const PointXY> points, int pointsPerCell)
{
    m_extent = extentOf(points);
    m_order.clear();
    m_cellStart.clear();
    if (points.empty() || m_extent.isEmpty()) {
        m_cols = m_rows = 0;
        return;
    }
    // Square-ish cells so a query's cost does not depend on the extent's shape; a degenerate
    // extent (all points on one line) still gets one cell wide.
    const double w = std::max(m_extent.width(), 1e-9);
    const double h = std::max(m_extent.height(), 1e-9);
    const double cells = std::clamp(double(points.size()) / std::max(1, pointsPerCell), 1.0, double(1 << 20));
    const double side = std::sqrt(w * h / cells);
    m_cols = std::clamp(int(std::ceil(w / side)), 1, 4096);
    m_rows = std::clamp(int(std::ceil(h / side)), 1, 4096);
    m_cellW = w / m_cols;
    m_cellH = h / m_rows;

    std::vector<std::uint32_t> cellOf(points.size());
    m_cellStart.assign(size_t(m_cols) * m_rows + 1, 0);
    for (size_t i = 0; i < points.size(); ++i) {
        const int cx = std::clamp(int((points[i].x - m_extent.minX) / m_cellW), 0, m_cols - 1);
        const int cy = std::clamp(int((points[i].y - m_extent.minY) / m_cellH), 0, m_rows - 1);
        cellOf[i] = std::uint32_t(cy * m_cols + cx);
        ++m_cellStart[cellOf[i] + 1];
    }
    for (size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    std::vector<std::uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    m_order.resize(points.size());
    for (size_t i = 0; i < points.size(); ++i)
        m_order[fill[cellOf[i]]++] = std::uint32_t(i);
}

std::vector<PointGrid::Range> PointGrid::query(const Extent &extent) const
{
    std::vector<Range> out;
    if (m_cols == 0 || !extent.intersects(m_extent))
        return out;
    const int c0 = std::clamp(int((extent.minX - m_extent.minX) / m_cellW), 0, m_cols - 1);
    const int c1 = std::clamp(int((extent.maxX - m_extent.minX) / m_cellW), 0, m_cols - 1);
    const int r0 = std::clamp(int((extent.minY - m_extent.minY) / m_cellH), 0, m_rows - 1);
    const int r1 = std::clamp(int((extent.maxY - m_extent.minY) / m_cellH), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r) {
        // Cells of one row are adjacent in the order, so a row's span is one range.
        const std::uint32_t b = m_cellStart[size_t(r) * m_cols + c0];
        const std::uint32_t e = m_cellStart[size_t(r) * m_cols + c1 + 1];
        if (e > b)
            out.push_back({b, e});
    }
    return out;
}

} // namespace lb::render
