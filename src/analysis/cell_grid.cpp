#include "analysis/cell_grid.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lb::analysis {

namespace {
constexpr double kSqrt3 = 1.7320508075688772;
// Centre distances equal to the band count as inside it despite rounding.
constexpr double kTolerance = 1e-9;
} // namespace

CellGrid CellGrid::covering(const Extent &extent, CellShape shape, double size)
{
    CellGrid g;
    if (extent.isEmpty() || !(size > 0.0) || !std::isfinite(size) || !std::isfinite(extent.width()) ||
        !std::isfinite(extent.height()))
        return g;
    g.m_shape = shape;
    g.m_size = size;
    const double dy = g.rowSpacing();
    // A grid whose cells could not be numbered is no grid: an extent spanning light years (one
    // broken coordinate does that) would otherwise overflow the counts.
    const double cols = std::floor(extent.width() / size) + 2.0, rows = std::floor(extent.height() / dy) + 2.0;
    if (!(cols * rows <= static_cast<double>(kMaxCells)))
        return CellGrid();
    // One cell of margin keeps every point of the extent nearer to a grid centre than to any
    // centre outside the grid.
    g.m_x0 = extent.minX + (shape == CellShape::Hexagon ? -size / 2.0 : size / 2.0);
    g.m_y0 = extent.minY + (shape == CellShape::Hexagon ? 0.0 : size / 2.0);
    g.m_cols = static_cast<int>(std::floor(extent.width() / size)) + (shape == CellShape::Hexagon ? 2 : 1);
    g.m_rows = static_cast<int>(std::floor(extent.height() / dy)) + (shape == CellShape::Hexagon ? 2 : 1);
    return g;
}

double CellGrid::cellArea() const
{
    return m_shape == CellShape::Square ? m_size * m_size : m_size * m_size * kSqrt3 / 2.0;
}

double CellGrid::rowSpacing() const
{
    return m_shape == CellShape::Square ? m_size : m_size * kSqrt3 / 2.0;
}

PointXY CellGrid::center(int row, int col) const
{
    return {m_x0 + col * m_size + xOffset(row), m_y0 + row * rowSpacing()};
}

PointXY CellGrid::center(std::size_t cell) const
{
    return center(static_cast<int>(cell / static_cast<std::size_t>(m_cols)),
                  static_cast<int>(cell % static_cast<std::size_t>(m_cols)));
}

long long CellGrid::cellOf(PointXY p) const
{
    if (!isValid())
        return -1;
    const double dy = rowSpacing();
    const int r0 = static_cast<int>(std::floor((p.y - m_y0) / dy + 0.5));
    long long best = -1;
    double bestD2 = 0.0;
    // For squares the rounded row and column are the cell; hexagons may belong to the row above
    // or below, so the nearest centre among three candidates decides.
    const int reach = m_shape == CellShape::Hexagon ? 1 : 0;
    for (int r = r0 - reach; r <= r0 + reach; ++r) {
        if (r < 0 || r >= m_rows)
            continue;
        const int c = static_cast<int>(std::floor((p.x - m_x0 - xOffset(r)) / m_size + 0.5));
        if (c < 0 || c >= m_cols)
            continue;
        const PointXY q = center(r, c);
        const double d2 = (q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y);
        if (best < 0 || d2 < bestD2) {
            best = static_cast<long long>(r) * m_cols + c;
            bestD2 = d2;
        }
    }
    if (best >= 0 && m_shape == CellShape::Hexagon && bestD2 > m_size * m_size / 3.0 + kTolerance)
        return -1;
    if (best >= 0 && m_shape == CellShape::Square &&
        (std::abs(p.x - center(static_cast<std::size_t>(best)).x) > m_size / 2.0 + kTolerance ||
         std::abs(p.y - center(static_cast<std::size_t>(best)).y) > m_size / 2.0 + kTolerance))
        return -1;
    return best;
}

LinearRing CellGrid::outline(std::size_t cell) const
{
    const PointXY c = center(cell);
    LinearRing ring;
    if (m_shape == CellShape::Square) {
        const double h = m_size / 2.0;
        ring = {{c.x - h, c.y - h}, {c.x + h, c.y - h}, {c.x + h, c.y + h}, {c.x - h, c.y + h}, {c.x - h, c.y - h}};
    } else {
        const double r = m_size / kSqrt3; // circumradius of a pointy-top hexagon
        for (int i = 0; i <= 6; ++i) {
            const double a = (-90.0 + 60.0 * (i % 6)) * std::numbers::pi / 180.0;
            ring.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
        }
    }
    return ring;
}

std::vector<NeighbourRun> CellGrid::runsWithin(double distance, int parity) const
{
    std::vector<NeighbourRun> runs;
    if (!isValid() || distance < 0.0)
        return runs;
    const double dy = rowSpacing();
    const int maxDr = static_cast<int>(std::floor(distance / dy + kTolerance));
    const double rowShift = m_shape == CellShape::Hexagon && parity ? m_size / 2.0 : 0.0;
    for (int dr = -maxDr; dr <= maxDr; ++dr) {
        const double h2 = distance * distance - (dr * dy) * (dr * dy);
        if (h2 < -kTolerance * distance * distance)
            continue;
        const double half = std::sqrt(std::max(0.0, h2));
        // Horizontal offset of the neighbour row's centres relative to this row's.
        const bool otherParity = m_shape == CellShape::Hexagon && (dr & 1);
        const double shift = otherParity ? (parity ? 0.0 : m_size / 2.0) - rowShift : 0.0;
        const int lo = static_cast<int>(std::ceil((-half - shift) / m_size - kTolerance));
        const int hi = static_cast<int>(std::floor((half - shift) / m_size + kTolerance));
        if (lo <= hi)
            runs.push_back({dr, lo, hi});
    }
    return runs;
}

std::vector<NeighbourRun> CellGrid::contiguityRuns(int parity) const
{
    auto runs = runsWithin(m_shape == CellShape::Square ? m_size * std::sqrt(2.0) : m_size, parity);
    return runs;
}

std::vector<double> CellGrid::count(std::span<const PointXY> points, std::span<const double> weights) const
{
    std::vector<double> counts(cellCount(), 0.0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const long long c = cellOf(points[i]);
        if (c >= 0)
            counts[static_cast<std::size_t>(c)] += weights.empty() ? 1.0 : weights[i];
    }
    return counts;
}

} // namespace lb::analysis
