#include "analysis/global_moran.h"

#include "analysis/neighbour_sums.h"
#include "analysis/statistics.h"

#include <cmath>

namespace lb::analysis {

namespace {

// deviations: x − x̄ for features taking part (0 elsewhere); lag/count from the neighbour sums.
GlobalMoran fromSums(std::span<const double> deviations, std::span<const std::uint8_t> included,
                     const NeighbourSums &sums)
{
    GlobalMoran m;
    double s0 = 0.0, s2 = 0.0, m2 = 0.0, m4 = 0.0, cross = 0.0;
    for (std::size_t i = 0; i < deviations.size(); ++i) {
        if (!included.empty() && !included[i])
            continue;
        ++m.n;
        const double z = deviations[i];
        m2 += z * z;
        m4 += z * z * z * z;
        cross += z * sums.lag[i];
        s0 += sums.count[i];
        s2 += 4.0 * sums.count[i] * sums.count[i]; // (row sum + column sum)², symmetric weights
    }
    const double n = static_cast<double>(m.n);
    if (m.n < 4 || !(m2 > 0.0) || !(s0 > 0.0))
        return m;
    const double s1 = 2.0 * s0; // ½ Σ (wij + wji)² with binary symmetric weights
    m.i = n / s0 * cross / m2;
    m.expected = -1.0 / (n - 1.0);
    const double b2 = n * m4 / (m2 * m2);
    const double a = n * ((n * n - 3.0 * n + 3.0) * s1 - n * s2 + 3.0 * s0 * s0);
    const double b = b2 * ((n * n - n) * s1 - 2.0 * n * s2 + 6.0 * s0 * s0);
    const double ei2 = (a - b) / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s0 * s0);
    m.variance = ei2 - m.expected * m.expected;
    if (!(m.variance > 0.0))
        return m;
    m.z = (m.i - m.expected) / std::sqrt(m.variance);
    m.p = twoSidedP(m.z);
    m.valid = true;
    return m;
}

std::vector<double> deviations(std::span<const double> values, std::span<const std::uint8_t> included)
{
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (included.empty() || included[i]) {
            sum += values[i];
            ++n;
        }
    const double mean = n ? sum / static_cast<double>(n) : 0.0;
    std::vector<double> d(values.size(), 0.0);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (included.empty() || included[i])
            d[i] = values[i] - mean;
    return d;
}

} // namespace

GlobalMoran globalMoranOnGrid(const CellGrid &grid, std::span<const double> values,
                              std::span<const std::uint8_t> included, const std::vector<NeighbourRun> (&runs)[2],
                              Feedback &feedback, int threads)
{
    const std::vector<double> d = deviations(values, included);
    const NeighbourSums sums = gridNeighbourSums(grid, d, included, runs, feedback, threads);
    if (sums.canceled)
        return {};
    return fromSums(d, included, sums);
}

GlobalMoran globalMoran(std::span<const double> values, const NeighbourList &neighbours)
{
    const std::vector<double> d = deviations(values, {});
    return fromSums(d, {}, listNeighbourSums(d, neighbours));
}

} // namespace lb::analysis
