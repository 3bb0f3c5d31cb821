#pragma once

// Getis-Ord Gi*: for each feature, is the sum of its value and its neighbours' values larger
// (hot spot) or smaller (cold spot) than the whole study area would make likely? Binary weights,
// the feature counts as its own neighbour, and the z-score is the standardised statistic of
// Getis & Ord (1992) / Ord & Getis (1995) as ArcGIS's Hot Spot Analysis reports it:
//
//   Gi* = (Σj wij xj − x̄ Σj wij) / (S √((n Σj wij² − (Σj wij)²) / (n − 1)))
//
// with x̄ and S the mean and (population) standard deviation over all n features. p-values are
// two-sided from the normal distribution. Confidence bins follow ArcGIS: ±3 / ±2 / ±1 for hot /
// cold spots at 99 / 95 / 90 % confidence, with the p-value cut-offs optionally lowered by the
// Benjamini–Hochberg false discovery rate so that testing thousands of cells at once does not
// paint chance clusters. Pure functions; any thread may call them.

#include "analysis/cell_grid.h"
#include "analysis/spatial_weights.h"
#include "core/feedback.h"
#include "core/result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

struct GiStarParameters {
    bool fdrCorrection = true; // Benjamini–Hochberg on the 90/95/99 % cut-offs
    int threads = 0;           // 0: one per core
};

struct GiStarResult {
    // Per feature (per cell of the grid, excluded cells included); NaN where no test was made:
    // excluded cells and features without neighbours.
    std::vector<double> z;
    std::vector<double> p;
    std::vector<std::int8_t> bin;         // −3..3; 0 = not significant or not tested
    std::vector<std::int32_t> neighbours; // neighbours other than the feature itself
    std::size_t featureCount = 0;         // n: features taking part
    std::size_t withoutNeighbours = 0;    // features whose only neighbour is themselves
    double mean = 0.0;
    double standardDeviation = 0.0;
    bool fdrCorrection = true;
    double pCutoff90 = 0.10, pCutoff95 = 0.05, pCutoff99 = 0.01; // what the bins used
    std::size_t hot[3] = {0, 0, 0};                              // features in bins 1, 2, 3
    std::size_t cold[3] = {0, 0, 0};                             // features in bins −1, −2, −3
    bool canceled = false;
};

// Gi* for features with a neighbour list (districts, polygons or points from a file).
Result<GiStarResult> giStar(std::span<const double> values, const NeighbourList &neighbours,
                            const GiStarParameters &parameters, Feedback &feedback);

// Gi* on the cells of a grid; `included` marks the cells of the study area, `runs` come from
// CellGrid::runsWithin() (fixed distance band) or contiguityRuns(), one list per row parity.
Result<GiStarResult> giStarOnGrid(const CellGrid &grid, std::span<const double> values,
                                  std::span<const std::uint8_t> included, const std::vector<NeighbourRun> (&runs)[2],
                                  const GiStarParameters &parameters, Feedback &feedback);

} // namespace lb::analysis
