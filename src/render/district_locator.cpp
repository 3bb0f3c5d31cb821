#include "render/district_locator.h"

#include "core/records.h"

#include <algorithm>
#include <cmath>

namespace lb::render {

DistrictLocator::DistrictLocator(const std::vector<Area> &districts, int cellsPerSide)
    : m_districts(districts)
{
    for (const Area &a : districts) {
        m_extents.push_back(extentOf(a.geometry));
        m_all.include(m_extents.back());
    }
    if (m_all.isEmpty() || m_all.width() <= 0.0 || m_all.height() <= 0.0)
        return;
    m_side = std::max(1, cellsPerSide);
    m_cellW = m_all.width() / m_side;
    m_cellH = m_all.height() / m_side;
    m_cells.assign(size_t(m_side) * size_t(m_side), none);
    std::vector<std::uint8_t> crossed(m_cells.size(), 0);
    const auto column = [&](double x) {
        return std::clamp(int((x - m_all.minX) / m_cellW), 0, m_side - 1);
    };
    const auto row = [&](double y) {
        return std::clamp(int((y - m_all.minY) / m_cellH), 0, m_side - 1);
    };
    // Every cell a boundary segment's box touches is a boundary cell: conservative, so the cells
    // left over lie wholly inside one district or outside all.
    for (const Area &a : districts)
        for (const Polygon &polygon : a.geometry)
            for (const LinearRing &ring : polygon.rings)
                for (size_t i = 1; i < ring.size(); ++i) {
                    const int c0 = column(std::min(ring[i - 1].x, ring[i].x));
                    const int c1 = column(std::max(ring[i - 1].x, ring[i].x));
                    const int r0 = row(std::min(ring[i - 1].y, ring[i].y));
                    const int r1 = row(std::max(ring[i - 1].y, ring[i].y));
                    for (int r = r0; r <= r1; ++r)
                        for (int c = c0; c <= c1; ++c)
                            crossed[size_t(r) * size_t(m_side) + size_t(c)] = 1;
                }
    for (int r = 0; r < m_side; ++r)
        for (int c = 0; c < m_side; ++c) {
            const size_t cell = size_t(r) * size_t(m_side) + size_t(c);
            m_cells[cell] =
                crossed[cell] ? boundary : exact({m_all.minX + (c + 0.5) * m_cellW, m_all.minY + (r + 0.5) * m_cellH});
        }
}

int DistrictLocator::exact(PointXY p) const
{
    for (size_t d = 0; d < m_districts.size(); ++d)
        if (m_extents[d].contains(p) && contains(m_districts[d].geometry, p))
            return int(d);
    return none;
}

std::int64_t DistrictLocator::cellOf(PointXY p) const
{
    if (m_side == 0 || !m_all.contains(p))
        return -1;
    const int c = std::min(int((p.x - m_all.minX) / m_cellW), m_side - 1);
    const int r = std::min(int((p.y - m_all.minY) / m_cellH), m_side - 1);
    return std::int64_t(r) * m_side + c;
}

int DistrictLocator::of(PointXY p) const
{
    if (m_side == 0)
        return m_districts.empty() || !m_all.contains(p) ? none : exact(p);
    const std::int64_t cell = cellOf(p);
    if (cell < 0)
        return none;
    const std::int32_t d = m_cells[size_t(cell)];
    return d == boundary ? exact(p) : d;
}

} // namespace lb::render
