#include "analysis/gi_star.h"

#include "analysis/neighbour_sums.h"
#include "analysis/statistics.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace lb::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::GiStar)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Turns neighbour sums into z, p and bins. `included` may be empty (all features take part).
Result<GiStarResult> finish(std::span<const double> values, std::span<const std::uint8_t> included,
                            const NeighbourSums &sums, const GiStarParameters &parameters)
{
    GiStarResult r;
    r.fdrCorrection = parameters.fdrCorrection;
    const std::size_t n = values.size();
    auto in = [&](std::size_t i) {
        return included.empty() || included[i] != 0;
    };
    double sum = 0.0, sum2 = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        if (in(i)) {
            ++r.featureCount;
            sum += values[i];
            sum2 += values[i] * values[i];
        }
    if (r.featureCount < 3)
        return Error{Tr::tr("Gi* needs at least 3 features; there are %1.").arg(r.featureCount)};
    const double dn = static_cast<double>(r.featureCount);
    r.mean = sum / dn;
    r.standardDeviation = std::sqrt(std::max(0.0, sum2 / dn - r.mean * r.mean));
    if (!(r.standardDeviation > 1e-12 * std::max(1.0, std::abs(r.mean))))
        return Error{Tr::tr("Every feature has the same value (%1), so there is nothing to compare: no hot or "
                            "cold spots can be found.")
                         .arg(r.mean)};

    r.z.assign(n, kNaN);
    r.p.assign(n, kNaN);
    r.bin.assign(n, 0);
    r.neighbours.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!in(i))
            continue;
        const double w = sums.count[i] + 1.0; // the feature itself has weight 1
        r.neighbours[i] = static_cast<std::int32_t>(sums.count[i]);
        if (sums.count[i] < 0.5) {
            ++r.withoutNeighbours;
            continue;
        }
        const double local = sums.lag[i] + values[i];
        const double denominator = r.standardDeviation * std::sqrt((dn * w - w * w) / (dn - 1.0));
        if (!(denominator > 0.0))
            continue; // every feature is a neighbour of every other: the statistic is constant
        r.z[i] = (local - r.mean * w) / denominator;
        r.p[i] = twoSidedP(r.z[i]);
    }
    if (r.fdrCorrection) {
        r.pCutoff90 = fdrThreshold(r.p, 0.10);
        r.pCutoff95 = fdrThreshold(r.p, 0.05);
        r.pCutoff99 = fdrThreshold(r.p, 0.01);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isnan(r.p[i]))
            continue;
        const double p = r.p[i];
        const int level = p <= r.pCutoff99 && r.pCutoff99 > 0   ? 3
                          : p <= r.pCutoff95 && r.pCutoff95 > 0 ? 2
                          : p <= r.pCutoff90 && r.pCutoff90 > 0 ? 1
                                                                : 0;
        if (level == 0)
            continue;
        r.bin[i] = static_cast<std::int8_t>(r.z[i] > 0 ? level : -level);
        ++(r.z[i] > 0 ? r.hot : r.cold)[level - 1];
    }
    return r;
}
} // namespace

Result<GiStarResult> giStar(std::span<const double> values, const NeighbourList &neighbours,
                            const GiStarParameters &parameters, Feedback &feedback)
{
    if (neighbours.size() != values.size())
        return Error{Tr::tr("The neighbour list has %1 features but there are %2 values.")
                         .arg(neighbours.size())
                         .arg(values.size())};
    const NeighbourSums sums = listNeighbourSums(values, neighbours);
    if (feedback.isCanceled()) {
        GiStarResult r;
        r.canceled = true;
        return r;
    }
    return finish(values, {}, sums, parameters);
}

Result<GiStarResult> giStarOnGrid(const CellGrid &grid, std::span<const double> values,
                                  std::span<const std::uint8_t> included, const std::vector<NeighbourRun> (&runs)[2],
                                  const GiStarParameters &parameters, Feedback &feedback)
{
    if (values.size() != grid.cellCount() || included.size() != grid.cellCount())
        return Error{
            Tr::tr("The grid has %1 cells but %2 values were given.").arg(grid.cellCount()).arg(values.size())};
    const NeighbourSums sums = gridNeighbourSums(grid, values, included, runs, feedback, parameters.threads);
    if (sums.canceled) {
        GiStarResult r;
        r.canceled = true;
        return r;
    }
    return finish(values, included, sums, parameters);
}

} // namespace lb::analysis
