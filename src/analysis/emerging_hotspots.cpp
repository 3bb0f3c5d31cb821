#include "analysis/emerging_hotspots.h"

#include "analysis/neighbour_sums.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace lb::analysis {

namespace {
struct EmergingTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::EmergingHotspots)
};
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The hot-side rules; `sign` is +1 for hot, −1 for cold, and the category offset picks the side.
EmergingCategory classifySide(std::span<const std::int8_t> s, int sign, const MannKendall &trend, double alpha)
{
    const std::size_t T = s.size();
    const int offset = sign > 0 ? 0 : 8;
    auto cat = [offset](EmergingCategory hot) {
        return static_cast<EmergingCategory>(static_cast<int>(hot) + offset);
    };
    std::size_t same = 0, opposite = 0;
    for (std::int8_t v : s) {
        same += v == sign;
        opposite += v == -sign;
    }
    const bool mostly = same * 10 >= 9 * T;
    if (s.back() != sign)
        return mostly ? cat(EmergingCategory::HistoricalHot) : EmergingCategory::NoPattern;
    if (mostly) {
        if (trend.pValue <= alpha && trend.z * sign > 0)
            return cat(EmergingCategory::IntensifyingHot);
        if (trend.pValue <= alpha && trend.z * sign < 0)
            return cat(EmergingCategory::DiminishingHot);
        return cat(EmergingCategory::PersistentHot);
    }
    if (opposite > 0)
        return cat(EmergingCategory::OscillatingHot);
    if (same == 1)
        return cat(EmergingCategory::NewHot);
    std::size_t run = 0;
    while (run < T && s[T - 1 - run] == sign)
        ++run;
    if (run >= 2 && same == run)
        return cat(EmergingCategory::ConsecutiveHot);
    return cat(EmergingCategory::SporadicHot);
}
} // namespace

QString toString(EmergingCategory c)
{
    static const char *const names[kEmergingCategoryCount] = {
        "no pattern",           "new hot spot",          "consecutive hot spot",  "intensifying hot spot",
        "persistent hot spot",  "diminishing hot spot",  "sporadic hot spot",     "oscillating hot spot",
        "historical hot spot",  "new cold spot",         "consecutive cold spot", "intensifying cold spot",
        "persistent cold spot", "diminishing cold spot", "sporadic cold spot",    "oscillating cold spot",
        "historical cold spot"};
    return QString::fromLatin1(names[static_cast<int>(c)]);
}

EmergingCategory classifyEmerging(std::span<const std::int8_t> significant, const MannKendall &trend, double alpha)
{
    if (significant.empty())
        return EmergingCategory::NoPattern;
    // The last step decides the side: a location cold now is judged as a cold spot even if it
    // was mostly hot before. Only when the last step is not significant can either side be
    // historical.
    if (significant.back() != 0)
        return classifySide(significant, significant.back(), trend, alpha);
    const EmergingCategory hot = classifySide(significant, +1, trend, alpha);
    return hot != EmergingCategory::NoPattern ? hot : classifySide(significant, -1, trend, alpha);
}

Result<EmergingResult> emergingHotspots(const EmergingInput &in, const EmergingParameters &par, Feedback &feedback)
{
    if (in.step.size() != in.points.size())
        return Error{
            EmergingTr::tr("There are %1 time steps for %2 points.").arg(in.step.size()).arg(in.points.size())};
    if (!(par.cellSize > 0.0) || !(par.distanceBand > 0.0))
        return Error{EmergingTr::tr("Emerging hot spots need a cell size and a distance band in metres.")};
    if (in.stepCount < 2)
        return Error{EmergingTr::tr("Emerging hot spots need at least two time steps.")};
    EmergingResult r;
    r.steps = in.stepCount;
    r.grid = CellGrid::covering(extentOf(in.points), CellShape::Square, par.cellSize);
    if (!r.grid.isValid() || r.grid.cellCount() > 4'000'000)
        return Error{EmergingTr::tr("The cell size does not give a usable grid over the events.")};
    const std::size_t cells = r.grid.cellCount();
    const auto T = static_cast<std::size_t>(in.stepCount);

    // Counts per step and cell; locations are cells with any event.
    std::vector<double> cube(T * cells, 0.0);
    std::vector<std::uint8_t> included(cells, 0);
    for (std::size_t i = 0; i < in.points.size(); ++i) {
        if (in.step[i] < 0 || in.step[i] >= in.stepCount)
            continue;
        const long long c = r.grid.cellOf(in.points[i]);
        if (c < 0)
            continue;
        cube[static_cast<std::size_t>(in.step[i]) * cells + static_cast<std::size_t>(c)] += 1.0;
        included[static_cast<std::size_t>(c)] = 1;
    }
    for (std::size_t c = 0; c < cells; ++c)
        if (included[c])
            r.locations.push_back(c);
    const std::size_t L = r.locations.size();
    if (L < 3)
        return Error{EmergingTr::tr("Only %1 cells have events; emerging hot spots need at least 3.").arg(L)};
    const double n = static_cast<double>(L * T);
    double sum = 0.0, sum2 = 0.0;
    for (std::size_t t = 0; t < T; ++t)
        for (std::size_t c : r.locations) {
            const double v = cube[t * cells + c];
            sum += v;
            sum2 += v * v;
        }
    const double mean = sum / n;
    const double sd = std::sqrt(std::max(0.0, sum2 / n - mean * mean));
    if (!(sd > 0.0))
        return Error{EmergingTr::tr("Every bin has the same count; there is nothing to compare.")};

    // Spatial sums per step, then the running sum over the time window.
    const std::vector<NeighbourRun> runs[2] = {r.grid.runsWithin(par.distanceBand, 0),
                                               r.grid.runsWithin(par.distanceBand, 1)};
    std::vector<double> spatial(T * L, 0.0), neighbourCount(L, 0.0);
    for (std::size_t t = 0; t < T; ++t) {
        const std::span<const double> slice(cube.data() + t * cells, cells);
        const NeighbourSums s = gridNeighbourSums(r.grid, slice, included, runs, feedback, par.threads);
        if (s.canceled) {
            r.canceled = true;
            return r;
        }
        for (std::size_t l = 0; l < L; ++l) {
            spatial[l * T + t] = s.lag[r.locations[l]] + slice[r.locations[l]];
            neighbourCount[l] = s.count[r.locations[l]];
        }
        feedback.setProgress(80.0 * static_cast<double>(t + 1) / static_cast<double>(T));
    }
    const auto k = static_cast<std::size_t>(std::max(0, par.timeWindow));
    r.counts.assign(L * T, 0.0);
    r.z.assign(L * T, kNaN);
    r.p.assign(L * T, kNaN);
    for (std::size_t l = 0; l < L; ++l)
        for (std::size_t t = 0; t < T; ++t) {
            r.counts[l * T + t] = cube[t * cells + r.locations[l]];
            const std::size_t first = t >= k ? t - k : 0;
            double local = 0.0;
            for (std::size_t s = first; s <= t; ++s)
                local += spatial[l * T + s];
            const double w = static_cast<double>(t - first + 1) * (neighbourCount[l] + 1.0);
            const double denominator = sd * std::sqrt((n * w - w * w) / (n - 1.0));
            if (denominator > 0.0) {
                r.z[l * T + t] = (local - mean * w) / denominator;
                r.p[l * T + t] = twoSidedP(r.z[l * T + t]);
            }
        }

    r.pCutoff = par.fdrCorrection ? fdrThreshold(r.p, par.alpha) : par.alpha;
    r.significant.assign(L * T, 0);
    for (std::size_t b = 0; b < L * T; ++b)
        if (!std::isnan(r.p[b]) && r.pCutoff > 0.0 && r.p[b] <= r.pCutoff)
            r.significant[b] = r.z[b] > 0 ? 1 : -1;
    std::vector<double> series;
    for (std::size_t l = 0; l < L; ++l) {
        series.clear();
        for (std::size_t t = 0; t < T; ++t)
            if (!std::isnan(r.z[l * T + t]))
                series.push_back(r.z[l * T + t]);
        r.trend.push_back(mannKendall(series));
        r.category.push_back(classifyEmerging({r.significant.data() + l * T, T}, r.trend.back(), par.alpha));
        ++r.categoryCounts[static_cast<int>(r.category.back())];
    }

    if (T < 10)
        r.warnings << EmergingTr::tr("Only %1 time steps: with fewer than 10 the trend test can hardly detect "
                                     "anything, so intensifying and diminishing spots are unlikely to show. Use "
                                     "shorter steps or a longer period.")
                          .arg(T);
    std::size_t alone = 0;
    for (double c : neighbourCount)
        alone += c < 0.5;
    if (alone > 0)
        r.warnings << EmergingTr::tr("%L1 locations have no other location within the distance band; their "
                                     "neighbourhood is only themselves over time.")
                          .arg(alone);
    r.notes << EmergingTr::tr("%L1 locations × %L2 time steps, cells of %L3 m, distance band %L4 m, time window %5; "
                              "bins significant at p ≤ %L6%7.")
                   .arg(L)
                   .arg(T)
                   .arg(par.cellSize)
                   .arg(par.distanceBand)
                   .arg(par.timeWindow)
                   .arg(r.pCutoff, 0, 'g', 3)
                   .arg(par.fdrCorrection ? EmergingTr::tr(" (false discovery rate %L1)").arg(par.alpha) : QString());
    return r;
}

} // namespace lb::analysis
