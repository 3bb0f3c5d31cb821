#pragma once

// CellGrid: a square or hexagonal tessellation for counting events per cell (the "fishnet" of a
// hot spot analysis). Cells are numbered row by row from the bottom-left; hexagons are pointy-top
// with odd rows shifted half a cell to the right. `size` is the distance between the centres of
// adjacent cells in both shapes. Because every cell sees the same pattern of neighbours (one
// pattern per row parity for hexagons), neighbourhoods are precomputed once as runs of columns.
// A plain value; any thread may use it.

#include "core/geometry.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

enum class CellShape { Square, Hexagon };

// The neighbours of a cell in row r within a distance: for each row offset dr, the columns
// c + dcLo .. c + dcHi.
struct NeighbourRun {
    int dr = 0;
    int dcLo = 0;
    int dcHi = 0;
};

class CellGrid {
public:
    // No grid has more cells; covering() gives an invalid grid rather than a larger one.
    static constexpr std::size_t kMaxCells = std::size_t{1} << 30;

    CellGrid() = default;
    // The smallest grid of the given shape and size whose cells cover the extent; invalid when
    // the extent or size is not finite or the grid would exceed kMaxCells.
    static CellGrid covering(const Extent &extent, CellShape shape, double size);

    CellShape shape() const { return m_shape; }
    double size() const { return m_size; }
    int cols() const { return m_cols; }
    int rows() const { return m_rows; }
    std::size_t cellCount() const { return static_cast<std::size_t>(m_cols) * static_cast<std::size_t>(m_rows); }
    bool isValid() const { return m_size > 0.0 && m_cols > 0 && m_rows > 0; }
    double cellArea() const;
    double rowSpacing() const;

    PointXY center(std::size_t cell) const;
    PointXY center(int row, int col) const;
    // The cell whose centre is nearest to p (so p lies inside it), or -1 outside the grid.
    long long cellOf(PointXY p) const;
    // The cell's outline, closed, counter-clockwise.
    LinearRing outline(std::size_t cell) const;

    // Cells whose centres lie within `distance` of a cell's centre, itself included
    // (distance 0). For hexagons, parity 0 is for even rows and 1 for odd rows.
    std::vector<NeighbourRun> runsWithin(double distance, int parity) const;
    // Touching cells: the 8 around a square (queen contiguity) or the 6 around a hexagon.
    std::vector<NeighbourRun> contiguityRuns(int parity) const;

    // Events per cell; points outside the grid are not counted.
    std::vector<double> count(std::span<const PointXY> points, std::span<const double> weights = {}) const;

private:
    double xOffset(int row) const { return m_shape == CellShape::Hexagon && (row & 1) ? m_size / 2.0 : 0.0; }

    CellShape m_shape = CellShape::Square;
    double m_size = 0.0;
    double m_x0 = 0.0; // centre of cell (0, 0)
    double m_y0 = 0.0;
    int m_cols = 0;
    int m_rows = 0;
};

} // namespace lb::analysis
