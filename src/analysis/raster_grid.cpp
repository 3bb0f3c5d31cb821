#include "analysis/raster_grid.h"

#include <algorithm>
#include <cmath>

namespace lb::analysis {

namespace {
// Whether a grid of that many columns and rows can be numbered; an extent spanning light years
// (one broken coordinate does that) would otherwise overflow the counts.
bool countable(double cols, double rows)
{
    return cols * rows <= static_cast<double>(RasterGrid::kMaxCells);
}
} // namespace

RasterGrid RasterGrid::heatmapGrid(const Extent &pointExtent, double radius, double cellSize)
{
    RasterGrid g;
    if (pointExtent.isEmpty() || !(cellSize > 0.0) || !std::isfinite(cellSize))
        return g;
    const Extent b = pointExtent.buffered(radius);
    if (!countable(std::ceil(b.width() / cellSize) + 1.0, std::ceil(b.height() / cellSize) + 1.0))
        return g;
    g.originX = b.minX;
    g.originY = b.maxY;
    g.cellSize = cellSize;
    g.cols = static_cast<int>(std::max(std::ceil(b.width() / cellSize) + 1.0, 1.0));
    g.rows = static_cast<int>(std::max(std::ceil(b.height() / cellSize) + 1.0, 1.0));
    return g;
}

RasterGrid RasterGrid::covering(const Extent &extent, double cellSize)
{
    RasterGrid g;
    if (extent.isEmpty() || !(cellSize > 0.0) || !std::isfinite(cellSize) ||
        !countable(std::ceil(extent.width() / cellSize), std::ceil(extent.height() / cellSize)))
        return g;
    g.originX = extent.minX;
    g.originY = extent.maxY;
    g.cellSize = cellSize;
    g.cols = std::max(1, static_cast<int>(std::ceil(extent.width() / cellSize)));
    g.rows = std::max(1, static_cast<int>(std::ceil(extent.height() / cellSize)));
    return g;
}

} // namespace lb::analysis
