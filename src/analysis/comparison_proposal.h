#pragma once

// Proposes a comparison area for an intervention: among candidate districts (the caller leaves out
// those that overlap the target area or its buffer zone), the one whose monthly counts before the
// start are most like the target area's in level and in trend.
//
// Distance = |log(candidate mean / target mean)| + |difference of the yearly log-linear trends|
// (the trends from poisson_models.h, as the change in log count over twelve months), so a district
// with twice the level and the same trend scores log 2 ≈ 0.69, the same as one with the same
// level whose counts grew twice as fast per year. Candidates without incidents are not proposed.
// Pure function; any thread may call it.

#include <QString>

#include <span>
#include <vector>

namespace lb::analysis {

struct ComparisonCandidateScore {
    bool usable = false;
    double levelRatio = 0.0;      // candidate mean / target mean
    double trendDifference = 0.0; // yearly log-trend, candidate − target
    double distance = 0.0;
};

struct ComparisonProposal {
    int best = -1; // index into the candidates; −1 when none is usable
    std::vector<ComparisonCandidateScore> scores;
};

// `target` and every candidate: monthly counts over the same months before the start.
ComparisonProposal proposeComparison(std::span<const double> target,
                                     const std::vector<std::vector<double>> &candidates);

} // namespace lb::analysis
