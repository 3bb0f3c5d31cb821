#include "analysis/knox.h"

#include "analysis/seeded_random.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace lb::analysis {

namespace {
struct KnoxTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::Knox)
};

struct ClosePair {
    std::uint32_t a;
    std::uint32_t b;
    int band;
};

int timeBand(std::int64_t difference, const std::vector<int> &edges)
{
    const auto it = std::lower_bound(edges.begin(), edges.end(), difference);
    return static_cast<int>(it - edges.begin());
}

// Pairs within the last distance edge, found through a bucket grid of that size.
std::vector<ClosePair> closePairs(std::span<const PointXY> pts, const std::vector<double> &edges)
{
    std::vector<ClosePair> out;
    const double reach = edges.back();
    const double cell = std::max(reach, 1.0);
    std::unordered_map<long long, std::vector<std::uint32_t>> buckets;
    // Bucket coordinates stay far below 2³¹, so packing them into one integer is collision-free.
    auto key = [](long long x, long long y) {
        return (x << 32) ^ (y & 0xffffffffLL);
    };
    auto cx = [cell](double v) {
        return static_cast<long long>(std::floor(v / cell));
    };
    for (std::size_t i = 0; i < pts.size(); ++i)
        buckets[key(cx(pts[i].x), cx(pts[i].y))].push_back(static_cast<std::uint32_t>(i));
    const double slack = 1.0 + 1e-12;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const long long bx = cx(pts[i].x), by = cx(pts[i].y);
        for (long long dy = -1; dy <= 1; ++dy)
            for (long long dx = -1; dx <= 1; ++dx) {
                const auto it = buckets.find(key(bx + dx, by + dy));
                if (it == buckets.end())
                    continue;
                for (std::uint32_t j : it->second) {
                    if (j <= i)
                        continue;
                    const double d = std::hypot(pts[j].x - pts[i].x, pts[j].y - pts[i].y);
                    if (d > reach * slack)
                        continue;
                    const auto band = std::lower_bound(edges.begin(), edges.end(), d / slack) - edges.begin();
                    out.push_back({static_cast<std::uint32_t>(i), j, static_cast<int>(band)});
                }
            }
    }
    return out;
}

void countClose(const std::vector<ClosePair> &pairs, std::span<const std::int64_t> days,
                const std::vector<int> &dayEdges, int timeBands, std::vector<long long> &table)
{
    std::fill(table.begin(), table.end(), 0);
    for (const ClosePair &p : pairs)
        ++table[static_cast<std::size_t>(p.band * timeBands + timeBand(std::llabs(days[p.a] - days[p.b]), dayEdges))];
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}
} // namespace

Result<KnoxResult> knoxTest(std::span<const PointXY> points, std::span<const std::int64_t> days,
                            const KnoxParameters &par, Feedback &feedback)
{
    if (points.size() != days.size())
        return Error{KnoxTr::tr("There are %1 days for %2 points.").arg(days.size()).arg(points.size())};
    if (par.distanceEdges.empty() || par.dayEdges.empty() ||
        !std::is_sorted(par.distanceEdges.begin(), par.distanceEdges.end()) ||
        !std::is_sorted(par.dayEdges.begin(), par.dayEdges.end()) || par.distanceEdges.front() < 0 ||
        par.dayEdges.front() < 0)
        return Error{KnoxTr::tr("Distance and time bands need increasing, non-negative edges.")};
    if (points.size() < 3)
        return Error{KnoxTr::tr("The Knox test needs at least 3 events; there are %1.").arg(points.size())};
    if (par.permutations < 1)
        return Error{KnoxTr::tr("The number of permutations must be at least 1.")};

    KnoxResult r;
    const int D = static_cast<int>(par.distanceEdges.size()) + 1;
    const int T = static_cast<int>(par.dayEdges.size()) + 1;
    r.distanceBands = D;
    r.timeBands = T;
    const auto n = static_cast<long long>(points.size());
    r.pairs = n * (n - 1) / 2;

    // Pairs per time band over all pairs: fixed under shuffling. Two pointers over sorted days.
    std::vector<std::int64_t> sorted(days.begin(), days.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<long long> timeTotal(static_cast<std::size_t>(T), 0);
    long long previous = 0;
    for (int t = 0; t < T - 1; ++t) {
        long long within = 0;
        std::size_t hi = 0;
        for (std::size_t lo = 0; lo < sorted.size(); ++lo) {
            hi = std::max(hi, lo);
            while (hi + 1 < sorted.size() && sorted[hi + 1] - sorted[lo] <= par.dayEdges[static_cast<std::size_t>(t)])
                ++hi;
            within += static_cast<long long>(hi - lo);
        }
        timeTotal[static_cast<std::size_t>(t)] = within - previous;
        previous = within;
    }
    timeTotal[static_cast<std::size_t>(T - 1)] = r.pairs - previous;

    const std::vector<ClosePair> pairs = closePairs(points, par.distanceEdges);
    std::vector<long long> distanceTotal(static_cast<std::size_t>(D), 0);
    for (const ClosePair &p : pairs)
        ++distanceTotal[static_cast<std::size_t>(p.band)];
    distanceTotal[static_cast<std::size_t>(D - 1)] = r.pairs - static_cast<long long>(pairs.size());

    const std::size_t closeCells = static_cast<std::size_t>((D - 1) * T);
    std::vector<long long> observed(closeCells), table(closeCells);
    countClose(pairs, days, par.dayEdges, T, observed);
    auto full = [&](const std::vector<long long> &close, int d, int t) {
        if (d < D - 1)
            return close[static_cast<std::size_t>(d * T + t)];
        long long above = 0;
        for (int k = 0; k < D - 1; ++k)
            above += close[static_cast<std::size_t>(k * T + t)];
        return timeTotal[static_cast<std::size_t>(t)] - above;
    };

    std::vector<long long> atLeast(static_cast<std::size_t>(D * T), 0);
    std::vector<double> simulatedSum(static_cast<std::size_t>(D * T), 0.0);
    std::vector<std::int64_t> shuffled(days.begin(), days.end());
    SeededRandom random(par.seed);
    for (int s = 0; s < par.permutations; ++s) {
        if ((s & 15) == 0) {
            if (feedback.isCanceled()) {
                r.canceled = true;
                return r;
            }
            feedback.setProgress(100.0 * s / par.permutations);
        }
        for (std::size_t i = shuffled.size() - 1; i > 0; --i)
            std::swap(shuffled[i], shuffled[static_cast<std::size_t>(random.below(i + 1))]);
        countClose(pairs, shuffled, par.dayEdges, T, table);
        for (int d = 0; d < D; ++d)
            for (int t = 0; t < T; ++t) {
                const long long v = full(table, d, t);
                const auto k = static_cast<std::size_t>(d * T + t);
                simulatedSum[k] += static_cast<double>(v);
                atLeast[k] += v >= full(observed, d, t);
            }
    }

    for (int d = 0; d < D; ++d)
        for (int t = 0; t < T; ++t) {
            const auto k = static_cast<std::size_t>(d * T + t);
            KnoxCell c;
            c.observed = full(observed, d, t);
            c.expected = static_cast<double>(distanceTotal[static_cast<std::size_t>(d)]) *
                         static_cast<double>(timeTotal[static_cast<std::size_t>(t)]) / static_cast<double>(r.pairs);
            c.simulatedMean = simulatedSum[k] / par.permutations;
            c.ratio = c.expected > 0.0 ? static_cast<double>(c.observed) / c.expected
                                       : std::numeric_limits<double>::quiet_NaN();
            c.pValue = static_cast<double>(atLeast[k] + 1) / static_cast<double>(par.permutations + 1);
            r.cells.push_back(c);
        }

    const auto &de = par.distanceEdges;
    for (std::size_t b = 0; b < de.size(); ++b) {
        const double lo = b == 0 ? 0.0 : de[b - 1];
        r.distanceLabels << (de[b] == 0.0 ? KnoxTr::tr("same location")
                             : b == 0     ? KnoxTr::tr("0–%1 m").arg(number(de[b]))
                                          : KnoxTr::tr("%1–%2 m").arg(number(lo), number(de[b])));
    }
    r.distanceLabels << KnoxTr::tr("> %1 m").arg(number(de.back()));
    for (std::size_t b = 0; b < par.dayEdges.size(); ++b) {
        const int lo = b == 0 ? 0 : par.dayEdges[b - 1] + 1;
        r.timeLabels << KnoxTr::tr("%1–%2 days").arg(lo).arg(par.dayEdges[b]);
    }
    r.timeLabels << KnoxTr::tr("> %1 days").arg(par.dayEdges.back());
    r.notes << KnoxTr::tr("%1 events, %2 pairs, %3 shuffles of the days (seed %4). A ratio above 1 with a small "
                          "p-value means more pairs close in both space and time than chance gives: a near-repeat "
                          "pattern.")
                   .arg(n)
                   .arg(r.pairs)
                   .arg(par.permutations)
                   .arg(par.seed);
    return r;
}

} // namespace lb::analysis
