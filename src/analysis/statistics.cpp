#include "analysis/statistics.h"

#include "analysis/binomial_distribution.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

namespace lb::analysis {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double twoSidedP(double z)
{
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    // Bisection on the CDF, then Newton steps: slow-ish but only used for a few constants.
    double lo = -40.0, hi = 40.0;
    for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
        const double mid = 0.5 * (lo + hi);
        (normalCdf(mid) < p ? lo : hi) = mid;
    }
    double z = 0.5 * (lo + hi);
    for (int i = 0; i < 3; ++i) {
        const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
        if (pdf > 0.0)
            z -= (normalCdf(z) - p) / pdf;
    }
    return z;
}

double fdrThreshold(std::span<const double> pValues, double q)
{
    std::vector<double> sorted;
    sorted.reserve(pValues.size());
    for (double p : pValues)
        if (!std::isnan(p))
            sorted.push_back(p);
    std::sort(sorted.begin(), sorted.end());
    const double m = static_cast<double>(sorted.size());
    double threshold = 0.0;
    for (std::size_t k = 0; k < sorted.size(); ++k)
        if (sorted[k] <= static_cast<double>(k + 1) * q / m)
            threshold = sorted[k];
    return threshold;
}

std::vector<double> fdrAdjusted(std::span<const double> pValues)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < pValues.size(); ++i)
        if (!std::isnan(pValues[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> adjusted(pValues.begin(), pValues.end());
    const double m = static_cast<double>(order.size());
    double running = 1.0;
    for (std::size_t r = order.size(); r-- > 0;) {
        running = std::min(running, pValues[order[r]] * m / static_cast<double>(r + 1));
        adjusted[order[r]] = running;
    }
    return adjusted;
}

namespace {
double lgammaBinomialPmf(long long k, long long n, double p)
{
    const double dk = static_cast<double>(k), dn = static_cast<double>(n);
    return std::lgamma(dn + 1) - std::lgamma(dk + 1) - std::lgamma(dn - dk + 1) + dk * std::log(p) +
           (dn - dk) * std::log1p(-p);
}

// Up to this many trials the p-value is the sum over every outcome, as R writes it: a few thousand
// terms cost microseconds, and on counts of a municipality's size the sum and the tails can differ
// in the last bit, which decides the rounding of a p-value that is exactly 0.21875 (1 against 5).
constexpr long long kDirectSumTrials = 5000;
} // namespace

double binomialTestP(long long k, long long n, double p)
{
    if (n <= 0 || k < 0 || k > n)
        return 1.0;
    if (p <= 0.0 || p >= 1.0)
        return (p <= 0.0 ? k == 0 : k == n) ? 1.0 : 0.0;
    if (n <= kDirectSumTrials) {
        const double limit = lgammaBinomialPmf(k, n, p) + std::log1p(1e-7);
        double total = 0.0;
        for (long long i = 0; i <= n; ++i) {
            const double lp = lgammaBinomialPmf(i, n, p);
            if (lp <= limit)
                total += std::exp(lp);
        }
        return std::min(1.0, total);
    }
    // R's binom.test: the probability of k and of every outcome no more likely than k. Outcomes
    // within a relative 1e-7 of the observed probability count as "as likely", so rounding does
    // not decide whether the mirror outcome of a symmetric test is included. On each side of the
    // mean the probabilities are monotone, so the outcomes on the far side that count are a tail
    // whose end is found by bisection, and both tails come from the incomplete beta function:
    // the cost does not grow with n.
    const double observed = logBinomialPmf(k, n, p);
    const double limit = observed + std::log1p(1e-7);
    const double mean = static_cast<double>(n) * p;
    const double dk = static_cast<double>(k);
    if (dk == mean)
        return 1.0;
    double total = 0.0;
    if (dk < mean) {
        // The first outcome at or above the mean that is no more likely than k.
        long long lo = static_cast<long long>(std::ceil(mean)), hi = n + 1;
        while (lo < hi) {
            const long long mid = lo + (hi - lo) / 2;
            if (logBinomialPmf(mid, n, p) <= limit)
                hi = mid;
            else
                lo = mid + 1;
        }
        total = binomialLowerTail(k, n, p) + (lo <= n ? binomialUpperTail(lo, n, p) : 0.0);
    } else {
        // The last outcome at or below the mean that is no more likely than k.
        long long lo = -1, hi = static_cast<long long>(std::floor(mean));
        while (lo < hi) {
            const long long mid = hi - (hi - lo) / 2;
            if (logBinomialPmf(mid, n, p) <= limit)
                lo = mid;
            else
                hi = mid - 1;
        }
        total = (lo >= 0 ? binomialLowerTail(lo, n, p) : 0.0) + binomialUpperTail(k, n, p);
    }
    return std::min(1.0, total);
}

PoissonComparison comparePoissonCounts(long long c1, double t1, long long c2, double t2)
{
    PoissonComparison r;
    r.rateRatio = c2 == 0
                      ? (c1 == 0 ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity())
                      : (static_cast<double>(c1) / t1) / (static_cast<double>(c2) / t2);
    r.pValue = binomialTestP(c1, c1 + c2, t1 / (t1 + t2));
    return r;
}

Proportion wilsonInterval(double k, double n, double confidence)
{
    Proportion r;
    if (!(n > 0.0))
        return {std::numeric_limits<double>::quiet_NaN(), 0.0, 1.0};
    const double z = normalQuantile(0.5 + confidence / 2.0);
    const double p = k / n;
    const double z2n = z * z / n;
    const double centre = (p + z2n / 2.0) / (1.0 + z2n);
    const double half = z / (1.0 + z2n) * std::sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n));
    r.estimate = p;
    r.lower = std::max(0.0, centre - half);
    r.upper = std::min(1.0, centre + half);
    return r;
}

ProportionComparison compareProportions(double k1, double n1, double k2, double n2, double confidence)
{
    ProportionComparison r;
    if (!(n1 > 0.0) || !(n2 > 0.0)) {
        r.difference = std::numeric_limits<double>::quiet_NaN();
        r.lower = -1.0;
        r.upper = 1.0;
        return r;
    }
    const double p1 = k1 / n1, p2 = k2 / n2;
    r.difference = p2 - p1;
    const Proportion w1 = wilsonInterval(k1, n1, confidence), w2 = wilsonInterval(k2, n2, confidence);
    r.lower = r.difference - std::sqrt((p2 - w2.lower) * (p2 - w2.lower) + (w1.upper - p1) * (w1.upper - p1));
    r.upper = r.difference + std::sqrt((w2.upper - p2) * (w2.upper - p2) + (p1 - w1.lower) * (p1 - w1.lower));
    const double pooled = (k1 + k2) / (n1 + n2);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se > 0.0) {
        r.z = r.difference / se;
        r.pValue = twoSidedP(r.z);
    }
    return r;
}

MannKendall mannKendall(std::span<const double> x)
{
    MannKendall r;
    const std::size_t n = x.size();
    for (std::size_t i = 0; i + 1 < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            r.s += (x[j] > x[i]) - (x[j] < x[i]);
    std::map<double, long long> ties;
    for (double v : x)
        ++ties[v];
    const double dn = static_cast<double>(n);
    double var = dn * (dn - 1) * (2 * dn + 5);
    for (const auto &[value, t] : ties) {
        const double dt = static_cast<double>(t);
        var -= dt * (dt - 1) * (2 * dt + 5);
    }
    r.variance = var / 18.0;
    if (r.variance > 0.0) {
        if (r.s > 0)
            r.z = (static_cast<double>(r.s) - 1.0) / std::sqrt(r.variance);
        else if (r.s < 0)
            r.z = (static_cast<double>(r.s) + 1.0) / std::sqrt(r.variance);
    }
    r.pValue = twoSidedP(r.z);
    return r;
}

} // namespace lb::analysis
