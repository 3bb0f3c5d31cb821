#pragma once

// Fast "is this point inside the municipality?" for millions of points: a grid over the
// boundary's extent marks cells that are wholly inside or wholly outside, so only points in the
// few cells the boundary crosses need the exact polygon test.
//
// Immutable after construction; any thread may call contains().

#include "core/geometry.h"

#include <cstdint>
#include <vector>

namespace lb::io {

class AreaMask {
public:
    AreaMask() = default;
    explicit AreaMask(MultiPolygon polygons, int gridSize = 256);

    bool isEmpty() const { return m_polygons.empty(); }
    const Extent &extent() const { return m_extent; }
    bool contains(PointXY p) const;

private:
    enum class Cell : std::uint8_t { Outside, Inside, Edge };
    MultiPolygon m_polygons;
    Extent m_extent;
    int m_n = 0;
    double m_cellW = 0, m_cellH = 0;
    std::vector<Cell> m_cells;
};

} // namespace lb::io
