#pragma once

// Spatial lags: for each feature, the sum of a value over its neighbours and the number of
// neighbours — the two quantities Gi* and Moran's I are built from. On a CellGrid the sums use
// row prefix sums over the precomputed neighbour runs, so a cell costs one subtraction per
// neighbour row instead of one addition per neighbour; that is what keeps a million cells under a
// second. Any thread may call these; they use worker threads of their own.

#include "analysis/cell_grid.h"
#include "analysis/spatial_weights.h"
#include "core/feedback.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

struct NeighbourSums {
    std::vector<double> lag;   // Σ over neighbours j ≠ i of value[j]
    std::vector<double> count; // number of neighbours j ≠ i
    bool canceled = false;
};

// `included` marks the cells taking part (others count neither as features nor as neighbours);
// values of excluded cells are ignored. `runs[p]` are the neighbour runs for rows of parity p.
NeighbourSums gridNeighbourSums(const CellGrid &grid, std::span<const double> values,
                                std::span<const std::uint8_t> included, const std::vector<NeighbourRun> (&runs)[2],
                                Feedback &feedback, int threads = 0);

NeighbourSums listNeighbourSums(std::span<const double> values, const NeighbourList &neighbours);

} // namespace lb::analysis
