#pragma once

// DistrictLocator: which district a point lies in, fast enough to place a million incidents when
// a store's map is read. A grid over the districts marks the cells a boundary crosses; a point in
// any other cell takes the district of the cell's centre (found once per cell), and only points in
// boundary cells are tested against the polygons. The answer is the same as contains() on each
// district in turn (the first containing district wins).
//
// Immutable after construction; safe to read from any thread. Keeps a pointer to `districts`,
// which must outlive it.

#include "core/geometry.h"

#include <cstdint>
#include <vector>

namespace lb {
struct Area;
}

namespace lb::render {

class DistrictLocator {
public:
    static constexpr int none = -1;

    explicit DistrictLocator(const std::vector<Area> &districts, int cellsPerSide = 256);

    // Index into the districts, or `none` outside all of them.
    int of(PointXY p) const;

private:
    int exact(PointXY p) const;
    std::int64_t cellOf(PointXY p) const;

    const std::vector<Area> &m_districts;
    std::vector<Extent> m_extents;
    Extent m_all;
    int m_side = 0;
    double m_cellW = 0.0, m_cellH = 0.0;
    // Per cell: the district of a cell no boundary crosses, `none` for a cell outside all, and
    // `boundary` for a cell that needs the exact test.
    std::vector<std::int32_t> m_cells;
    static constexpr std::int32_t boundary = -2;
};

} // namespace lb::render
