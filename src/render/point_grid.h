#pragma once

// PointGrid: an in-memory spatial index for many points (up to millions of incidents). Points are
// bucketed into a regular grid by a counting sort; the caller reorders its own arrays by order()
// so that each cell's points are contiguous, and a query returns index ranges instead of copying.
// Immutable after build(), so any number of threads may query it at once.

#include "core/geometry.h"

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace lb::render {

class PointGrid {
public:
    struct Range {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };

    // Buckets the points; about `pointsPerCell` points land in an average occupied cell.
    void build(std::span<const PointXY> points, int pointsPerCell = 64);

    // Point indexes (into the input of build()) sorted by cell: apply it to every parallel array.
    const std::vector<std::uint32_t> &order() const { return m_order; }
    // Hands the order over once it has been applied: the grid no longer holds it (four bytes an
    // incident that a map with millions of them does not need to keep).
    std::vector<std::uint32_t> takeOrder() { return std::move(m_order); }

    // The ranges (in the reordered arrays) of the cells that intersect `extent`. A range can hold
    // points just outside the extent; the caller clips.
    std::vector<Range> query(const Extent &extent) const;

    Extent extent() const { return m_extent; }
    int columns() const { return m_cols; }
    int rows() const { return m_rows; }

private:
    Extent m_extent;
    int m_cols = 0;
    int m_rows = 0;
    double m_cellW = 1.0;
    double m_cellH = 1.0;
    std::vector<std::uint32_t> m_cellStart; // m_cols * m_rows + 1 offsets
    std::vector<std::uint32_t> m_order;
};

} // namespace lb::render
