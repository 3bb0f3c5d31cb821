#include "analysis/comparison_proposal.h"

#include "analysis/poisson_models.h"

#include <cmath>
#include <numeric>

namespace lb::analysis {

ComparisonProposal proposeComparison(std::span<const double> target, const std::vector<std::vector<double>> &candidates)
{
    ComparisonProposal proposal;
    proposal.scores.resize(candidates.size());
    const double targetMean =
        target.empty() ? 0.0 : std::accumulate(target.begin(), target.end(), 0.0) / static_cast<double>(target.size());
    const PoissonTrend targetTrend = poissonTrend(target);
    if (targetMean <= 0.0 || !targetTrend.converged)
        return proposal;
    double bestDistance = 0.0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::vector<double> &c = candidates[i];
        if (c.size() != target.size())
            continue;
        const double mean = std::accumulate(c.begin(), c.end(), 0.0) / static_cast<double>(c.size());
        const PoissonTrend trend = poissonTrend(c);
        if (mean <= 0.0 || !trend.converged)
            continue;
        ComparisonCandidateScore &s = proposal.scores[i];
        s.usable = true;
        s.levelRatio = mean / targetMean;
        s.trendDifference = 12.0 * (trend.slope - targetTrend.slope);
        s.distance = std::abs(std::log(s.levelRatio)) + std::abs(s.trendDifference);
        if (proposal.best < 0 || s.distance < bestDistance) {
            proposal.best = static_cast<int>(i);
            bestDistance = s.distance;
        }
    }
    return proposal;
}

} // namespace lb::analysis
