#pragma once

// Emerging hot spots, after ArcGIS's Emerging Hot Spot Analysis: are hot spots new, growing,
// lasting, fading or coming and going?
//
// 1. Space-time cube: events are counted per square cell and time step (month, quarter or year,
//    numbered by the caller). Locations are the cells with at least one event in any step.
// 2. Space-time Gi* per bin: the neighbours of bin (cell c, step t) are the bins of the cells
//    within the distance band (c itself included) in steps t − k .. t, k = the time window (ArcGIS's
//    "neighborhood time step": 1 means this step and the one before). Mean and standard deviation
//    are over all n = locations × steps bins; binary weights; z as in gi_star.h. A bin is a
//    significant hot (cold) spot when its two-sided p-value is at most the cut-off (alpha, lowered
//    by Benjamini–Hochberg over all bins when FDR is on, as ArcGIS does) and z > 0 (z < 0).
// 3. Mann–Kendall trend of each location's Gi* z-series; significant at alpha.
// 4. Categories (T steps; "90 %" means at least 9 of every 10 steps, hot·10 >= 9·T):
//    new            the last step is hot and no earlier step was significant (hot or cold)
//    consecutive    the last steps form one uninterrupted run of at least two hot steps, no step
//                   before the run was hot or cold, and fewer than 90 % of steps are hot
//    intensifying   at least 90 % of steps hot, the last step hot, and the z-series rises
//                   significantly
//    persistent     at least 90 % of steps hot, the last step hot, no significant trend
//    diminishing    at least 90 % of steps hot, the last step hot, and the z-series falls
//                   significantly
//    sporadic       the last step is hot, earlier hot steps came and went, fewer than 90 % of
//                   steps hot, and no step was ever cold
//    oscillating    the last step is hot, some earlier step was cold, fewer than 90 % hot
//    historical     the last step is not hot but at least 90 % of the steps were
//    The cold categories mirror these (for intensifying cold spots the z-series falls).
//    no pattern     none of the above.
// ArcGIS's wording leaves open whether a location that was cold before and is hot only in the
// last step is new or oscillating; like sfdep, we call it oscillating (new means nothing else was
// ever significant). Fewer than 10 time steps make the trend test weak; a warning says so.
// Any thread may call it; it uses worker threads for the neighbour sums.

#include "analysis/cell_grid.h"
#include "analysis/statistics.h"
#include "core/feedback.h"
#include "core/result.h"

#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

enum class EmergingCategory : std::uint8_t {
    NoPattern,
    NewHot,
    ConsecutiveHot,
    IntensifyingHot,
    PersistentHot,
    DiminishingHot,
    SporadicHot,
    OscillatingHot,
    HistoricalHot,
    NewCold,
    ConsecutiveCold,
    IntensifyingCold,
    PersistentCold,
    DiminishingCold,
    SporadicCold,
    OscillatingCold,
    HistoricalCold,
};
constexpr int kEmergingCategoryCount = 17;
// A stable English code for files and scripts (e.g. "new hot spot"); show users classLabel().
QString toString(EmergingCategory c);

struct EmergingParameters {
    double cellSize = 0.0;     // metres, required
    double distanceBand = 0.0; // metres, required (at least the cell size to have neighbours)
    int timeWindow = 1;        // earlier steps in each bin's neighbourhood
    double alpha = 0.05;       // for bins and for the trend
    bool fdrCorrection = true;
    int threads = 0;
};

struct EmergingInput {
    std::span<const PointXY> points;
    std::span<const int> step; // 0 .. stepCount − 1 per event; others are ignored
    int stepCount = 0;
    QStringList stepLabels; // optional, for messages
};

struct EmergingResult {
    CellGrid grid;
    std::vector<std::size_t> locations; // grid cell of each location
    int steps = 0;
    // Per location × step (location-major):
    std::vector<double> counts;
    std::vector<double> z;
    std::vector<double> p;
    std::vector<std::int8_t> significant; // +1 hot, −1 cold, 0
    // Per location:
    std::vector<MannKendall> trend;
    std::vector<EmergingCategory> category;
    double pCutoff = 0.05;
    std::size_t categoryCounts[kEmergingCategoryCount] = {};
    QStringList warnings;
    QStringList notes;
    bool canceled = false;
};

Result<EmergingResult> emergingHotspots(const EmergingInput &input, const EmergingParameters &parameters,
                                        Feedback &feedback);

// The category of one location from its significance series (+1 hot, −1 cold, 0) and the
// Mann–Kendall test of its z-series, by the rules above.
EmergingCategory classifyEmerging(std::span<const std::int8_t> significant, const MannKendall &trend, double alpha);

} // namespace lb::analysis
