#include "io/area_mask.h"

#include <algorithm>
#include <cmath>

namespace lb::io {

AreaMask::AreaMask(MultiPolygon polygons, int gridSize)
    : m_polygons(std::move(polygons))
{
    m_extent = extentOf(m_polygons);
    if (m_extent.isEmpty() || gridSize < 1)
        return;
    m_n = gridSize;
    m_cellW = m_extent.width() / m_n;
    m_cellH = m_extent.height() / m_n;
    if (m_cellW <= 0 || m_cellH <= 0) {
        m_n = 0;
        return;
    }
    m_cells.assign(static_cast<size_t>(m_n) * static_cast<size_t>(m_n), Cell::Outside);
    // Cells an edge passes through need the exact test. Walk each edge in small steps.
    std::vector<bool> edge(m_cells.size(), false);
    const auto mark = [&](double x, double y) {
        const int cx = std::clamp(static_cast<int>((x - m_extent.minX) / m_cellW), 0, m_n - 1);
        const int cy = std::clamp(static_cast<int>((y - m_extent.minY) / m_cellH), 0, m_n - 1);
        edge[static_cast<size_t>(cy) * static_cast<size_t>(m_n) + static_cast<size_t>(cx)] = true;
    };
    const double step = std::min(m_cellW, m_cellH) / 2.0;
    for (const Polygon &poly : m_polygons)
        for (const LinearRing &ring : poly.rings)
            for (size_t i = 0; i + 1 < ring.size(); ++i) {
                const PointXY a = ring[i], b = ring[i + 1];
                const double len = std::hypot(b.x - a.x, b.y - a.y);
                const int steps = std::max(1, static_cast<int>(std::ceil(len / step)));
                for (int k = 0; k <= steps; ++k) {
                    const double t = static_cast<double>(k) / steps;
                    mark(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
                }
            }
    // A cell no edge crosses is wholly inside or wholly outside: its centre decides.
    for (int cy = 0; cy < m_n; ++cy)
        for (int cx = 0; cx < m_n; ++cx) {
            const size_t k = static_cast<size_t>(cy) * static_cast<size_t>(m_n) + static_cast<size_t>(cx);
            if (edge[k]) {
                m_cells[k] = Cell::Edge;
                continue;
            }
            const PointXY centre{m_extent.minX + (cx + 0.5) * m_cellW, m_extent.minY + (cy + 0.5) * m_cellH};
            m_cells[k] = lb::contains(m_polygons, centre) ? Cell::Inside : Cell::Outside;
        }
}

bool AreaMask::contains(PointXY p) const
{
    if (m_polygons.empty() || !m_extent.contains(p))
        return false;
    if (m_n == 0)
        return lb::contains(m_polygons, p);
    const int cx = std::clamp(static_cast<int>((p.x - m_extent.minX) / m_cellW), 0, m_n - 1);
    const int cy = std::clamp(static_cast<int>((p.y - m_extent.minY) / m_cellH), 0, m_n - 1);
    switch (m_cells[static_cast<size_t>(cy) * static_cast<size_t>(m_n) + static_cast<size_t>(cx)]) {
    case Cell::Inside:
        return true;
    case Cell::Outside:
        return false;
    case Cell::Edge:
        break;
    }
    return lb::contains(m_polygons, p);
}

} // namespace lb::io
