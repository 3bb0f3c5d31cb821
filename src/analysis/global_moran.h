#pragma once

// Global Moran's I: do similar values sit next to each other across the whole study area? Used
// by the automatic hot spot mode (incremental spatial autocorrelation) to find the distance at
// which events cluster most. Binary, symmetric weights; inference under the randomisation
// assumption (Cliff & Ord), as ArcGIS's Spatial Autocorrelation tool reports it. Pure functions;
// any thread may call them.

#include "analysis/cell_grid.h"
#include "analysis/spatial_weights.h"
#include "core/feedback.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

struct GlobalMoran {
    double i = 0.0;
    double expected = 0.0; // −1 / (n − 1)
    double variance = 0.0;
    double z = 0.0;
    double p = 1.0;
    std::size_t n = 0;
    bool valid = false; // false when there is no variance or no pair of neighbours
};

GlobalMoran globalMoranOnGrid(const CellGrid &grid, std::span<const double> values,
                              std::span<const std::uint8_t> included, const std::vector<NeighbourRun> (&runs)[2],
                              Feedback &feedback, int threads = 0);
// `neighbours` must be symmetric (distance band or contiguity).
GlobalMoran globalMoran(std::span<const double> values, const NeighbourList &neighbours);

} // namespace lb::analysis
