#include "analysis/neighbour_sums.h"

#include "analysis/parallel.h"

#include <algorithm>

namespace lb::analysis {

NeighbourSums gridNeighbourSums(const CellGrid &grid, std::span<const double> values,
                                std::span<const std::uint8_t> included, const std::vector<NeighbourRun> (&runs)[2],
                                Feedback &feedback, int threads)
{
    NeighbourSums out;
    const std::size_t cols = static_cast<std::size_t>(grid.cols());
    const int rows = grid.rows();
    const std::size_t stride = cols + 1;
    // prefixV[r][c] = Σ of included values in row r before column c; prefixN likewise counts.
    std::vector<double> prefixV(stride * static_cast<std::size_t>(rows), 0.0);
    std::vector<std::uint32_t> prefixN(stride * static_cast<std::size_t>(rows), 0);
    for (int r = 0; r < rows; ++r) {
        const std::size_t base = static_cast<std::size_t>(r) * stride;
        const std::size_t cell0 = static_cast<std::size_t>(r) * cols;
        for (std::size_t c = 0; c < cols; ++c) {
            const bool in = included[cell0 + c] != 0;
            prefixV[base + c + 1] = prefixV[base + c] + (in ? values[cell0 + c] : 0.0);
            prefixN[base + c + 1] = prefixN[base + c] + (in ? 1u : 0u);
        }
    }
    out.lag.assign(grid.cellCount(), 0.0);
    out.count.assign(grid.cellCount(), 0.0);
    const bool finished = parallelChunks(
        static_cast<std::size_t>(rows), 16,
        [&](std::size_t r0, std::size_t r1) {
            for (std::size_t r = r0; r < r1; ++r) {
                const auto &rowRuns = runs[r & 1];
                for (std::size_t c = 0; c < cols; ++c) {
                    const std::size_t cell = r * cols + c;
                    if (!included[cell])
                        continue;
                    double v = 0.0;
                    std::uint32_t n = 0;
                    for (const NeighbourRun &run : rowRuns) {
                        const long long rr = static_cast<long long>(r) + run.dr;
                        if (rr < 0 || rr >= rows)
                            continue;
                        const long long lo = std::max<long long>(0, static_cast<long long>(c) + run.dcLo);
                        const long long hi =
                            std::min<long long>(static_cast<long long>(cols) - 1, static_cast<long long>(c) + run.dcHi);
                        if (lo > hi)
                            continue;
                        const std::size_t base = static_cast<std::size_t>(rr) * stride;
                        v += prefixV[base + static_cast<std::size_t>(hi) + 1] -
                             prefixV[base + static_cast<std::size_t>(lo)];
                        n += prefixN[base + static_cast<std::size_t>(hi) + 1] -
                             prefixN[base + static_cast<std::size_t>(lo)];
                    }
                    // The runs include the cell itself; a lag is over the others.
                    out.lag[cell] = v - values[cell];
                    out.count[cell] = static_cast<double>(n) - 1.0;
                }
            }
        },
        feedback, threads);
    out.canceled = !finished;
    return out;
}

NeighbourSums listNeighbourSums(std::span<const double> values, const NeighbourList &neighbours)
{
    NeighbourSums out;
    out.lag.assign(values.size(), 0.0);
    out.count.assign(values.size(), 0.0);
    for (std::size_t i = 0; i < values.size() && i < neighbours.size(); ++i) {
        for (std::uint32_t j : neighbours.of(i))
            out.lag[i] += values[j];
        out.count[i] = static_cast<double>(neighbours.countOf(i));
    }
    return out;
}

} // namespace lb::analysis
