#pragma once

// RasterGrid: the cells of a north-up raster in the store's projected CRS (metres). Row 0 is the
// top row, as in GeoTIFF, so a grid maps one to one onto a GDAL geotransform
// (originX, cellSize, 0, originY, 0, -cellSize). A plain value; safe to copy across threads.

#include "core/geometry.h"

#include <cstddef>
#include <span>

namespace lb::analysis {

struct RasterGrid {
    // No grid has more cells; the factories give an invalid grid rather than a larger one, also
    // when the extent is not finite.
    static constexpr std::size_t kMaxCells = std::size_t{1} << 30;

    double originX = 0.0; // left edge of column 0
    double originY = 0.0; // top edge of row 0
    double cellSize = 0.0;
    int cols = 0;
    int rows = 0;

    bool isValid() const { return cellSize > 0.0 && cols > 0 && rows > 0; }
    std::size_t cellCount() const { return static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows); }
    double cellCenterX(int col) const { return originX + (col + 0.5) * cellSize; }
    double cellCenterY(int row) const { return originY - (row + 0.5) * cellSize; }
    double cellArea() const { return cellSize * cellSize; }
    Extent extent() const { return {originX, originY - rows * cellSize, originX + cols * cellSize, originY}; }

    // The grid QGIS's heat map algorithm uses: the points' extent grown by the radius on every
    // side, origin at its top-left corner, ceil(width / cell) + 1 columns and ceil(height / cell) + 1
    // rows. Using the same grid is what lets our rasters be compared with QGIS's cell by cell.
    static RasterGrid heatmapGrid(const Extent &pointExtent, double radius, double cellSize);
    // The smallest grid with the given cell size that covers the extent, anchored at its top-left.
    static RasterGrid covering(const Extent &extent, double cellSize);
};

} // namespace lb::analysis
