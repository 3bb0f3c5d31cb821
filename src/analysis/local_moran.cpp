#include "analysis/local_moran.h"

#include "analysis/seeded_random.h"
#include "analysis/statistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lb::analysis {

namespace {
struct LocalMoranTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::LocalMoran)
};
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

QString toString(LisaClass c)
{
    switch (c) {
    case LisaClass::NotSignificant:
        return QStringLiteral("not significant");
    case LisaClass::HighHigh:
        return QStringLiteral("HH");
    case LisaClass::LowLow:
        return QStringLiteral("LL");
    case LisaClass::LowHigh:
        return QStringLiteral("LH");
    case LisaClass::HighLow:
        return QStringLiteral("HL");
    case LisaClass::NoNeighbours:
        return QStringLiteral("no neighbours");
    }
    return {};
}

Result<LocalMoranResult> localMoran(std::span<const double> x, const NeighbourList &nb, const LocalMoranParameters &par,
                                    Feedback &feedback)
{
    const std::size_t n = x.size();
    if (nb.size() != n)
        return Error{
            LocalMoranTr::tr("The neighbour list has %1 features but there are %2 values.").arg(nb.size()).arg(n)};
    if (n < 3)
        return Error{LocalMoranTr::tr("Local Moran's I needs at least 3 features; there are %1.").arg(n)};
    for (double v : x)
        if (!std::isfinite(v))
            return Error{LocalMoranTr::tr("Every feature needs a value; missing rates (unknown population) must be "
                                          "left out before the analysis.")};
    if (par.permutations < 1)
        return Error{LocalMoranTr::tr("The number of permutations must be at least 1.")};

    const double mean = std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(n);
    double m2 = 0.0;
    for (double v : x)
        m2 += (v - mean) * (v - mean);
    const double sd = std::sqrt(m2 / static_cast<double>(n));
    if (!(sd > 1e-12 * std::max(1.0, std::abs(mean))))
        return Error{LocalMoranTr::tr("Every feature has the same value, so there is nothing to compare.")};

    LocalMoranResult r;
    r.z.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        r.z[i] = (x[i] - mean) / sd;
    r.i.assign(n, kNaN);
    r.lag.assign(n, kNaN);
    r.p.assign(n, kNaN);
    r.expectedI.assign(n, kNaN);
    r.lisaClass.assign(n, LisaClass::NotSignificant);

    SeededRandom random(par.seed);
    std::vector<std::uint32_t> pool;
    pool.reserve(n);
    const auto R = static_cast<std::size_t>(par.permutations);
    for (std::size_t i = 0; i < n; ++i) {
        if (feedback.isCanceled()) {
            r.canceled = true;
            return r;
        }
        feedback.setProgress(100.0 * static_cast<double>(i) / static_cast<double>(n));
        const auto neighbours = nb.of(i);
        const std::size_t k = neighbours.size();
        if (k == 0) {
            r.lisaClass[i] = LisaClass::NoNeighbours;
            continue;
        }
        double lag = 0.0;
        for (std::uint32_t j : neighbours)
            lag += r.z[j];
        lag /= static_cast<double>(k);
        r.lag[i] = lag;
        r.i[i] = r.z[i] * lag;

        // Conditional permutation: k values drawn without replacement from the other n − 1.
        pool.clear();
        for (std::uint32_t j = 0; j < n; ++j)
            if (j != i)
                pool.push_back(j);
        const std::size_t draw = std::min(k, pool.size());
        std::size_t atLeast = 0, atMost = 0;
        double sum = 0.0;
        for (std::size_t p = 0; p < R; ++p) {
            double s = 0.0;
            for (std::size_t d = 0; d < draw; ++d) {
                const std::size_t pick = d + static_cast<std::size_t>(random.below(pool.size() - d));
                std::swap(pool[d], pool[pick]);
                s += r.z[pool[d]];
            }
            const double permuted = r.z[i] * s / static_cast<double>(draw);
            sum += permuted;
            // A tiny tolerance keeps exact ties (the same draw as observed) counted as "as extreme".
            const double tolerance = 1e-12 * std::max(1.0, std::abs(r.i[i]));
            atLeast += permuted >= r.i[i] - tolerance;
            atMost += permuted <= r.i[i] + tolerance;
        }
        // Folded: the smaller tail, ties counted in both. (Counting ties in one tail only, as
        // PySAL does, would call a feature with z_i = 0 — every permutation tied — significant.)
        const std::size_t extreme = std::min(atLeast, atMost);
        r.p[i] = static_cast<double>(extreme + 1) / static_cast<double>(R + 1);
        r.expectedI[i] = sum / static_cast<double>(R);
    }

    r.cutoff = par.fdrCorrection ? fdrThreshold(r.p, par.alpha) : par.alpha;
    for (std::size_t i = 0; i < n; ++i) {
        if (r.lisaClass[i] == LisaClass::NoNeighbours)
            continue;
        if (r.cutoff > 0.0 && r.p[i] <= r.cutoff) {
            const bool high = r.z[i] > 0.0, highAround = r.lag[i] > 0.0;
            r.lisaClass[i] = high ? (highAround ? LisaClass::HighHigh : LisaClass::HighLow)
                                  : (highAround ? LisaClass::LowHigh : LisaClass::LowLow);
        }
    }
    for (LisaClass c : r.lisaClass)
        ++r.counts[static_cast<std::size_t>(c)];
    const double minimumP = 1.0 / static_cast<double>(R + 1);
    if (minimumP > par.alpha)
        r.notes << LocalMoranTr::tr("With %L1 permutations no p-value can be below %L2; use more permutations.")
                       .arg(R)
                       .arg(minimumP);
    if (r.counts[static_cast<std::size_t>(LisaClass::NoNeighbours)] > 0)
        r.notes << LocalMoranTr::tr("%L1 features have no neighbours and are not tested.")
                       .arg(r.counts[static_cast<std::size_t>(LisaClass::NoNeighbours)]);
    r.notes << LocalMoranTr::tr("Pseudo p-values from %L1 conditional permutations (seed %2)%3.")
                   .arg(R)
                   .arg(par.seed)
                   .arg(par.fdrCorrection
                            ? LocalMoranTr::tr(", with the false discovery rate controlled at %L1").arg(par.alpha)
                            : QString());
    return r;
}

} // namespace lb::analysis
