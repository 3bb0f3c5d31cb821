#include "analysis/poisson_models.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lb::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double sum(std::span<const double> v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

// Σ (y − ȳ)² / ȳ for one series around its own mean; the number of months goes to `n`.
double pearsonAroundMean(std::span<const double> v, std::size_t &n)
{
    n += v.size();
    if (v.empty())
        return 0.0;
    const double mean = sum(v) / static_cast<double>(v.size());
    if (mean <= 0.0)
        return 0.0;
    double chi2 = 0.0;
    for (double y : v)
        chi2 += (y - mean) * (y - mean) / mean;
    return chi2;
}
} // namespace

RateRatio differenceInDifferences(double targetBefore, double targetAfter, double comparisonBefore,
                                  double comparisonAfter, double dispersion, double confidence)
{
    RateRatio r;
    if (targetBefore <= 0.0 || targetAfter <= 0.0 || comparisonBefore <= 0.0 || comparisonAfter <= 0.0)
        return r;
    r.estimable = true;
    r.dispersion = std::isfinite(dispersion) ? std::max(1.0, dispersion) : 1.0;
    r.logRatio = std::log(targetAfter * comparisonBefore / (targetBefore * comparisonAfter));
    r.ratio = std::exp(r.logRatio);
    r.standardError = std::sqrt(
        (1.0 / targetBefore + 1.0 / targetAfter + 1.0 / comparisonBefore + 1.0 / comparisonAfter) * r.dispersion);
    const double z = normalQuantile(0.5 + confidence / 2.0);
    r.lower = std::exp(r.logRatio - z * r.standardError);
    r.upper = std::exp(r.logRatio + z * r.standardError);
    r.pValue = twoSidedP(r.logRatio / r.standardError);
    return r;
}

double monthlyDispersion(std::span<const double> targetBefore, std::span<const double> targetAfter,
                         std::span<const double> comparisonBefore, std::span<const double> comparisonAfter)
{
    std::size_t n = 0;
    const double chi2 = pearsonAroundMean(targetBefore, n) + pearsonAroundMean(targetAfter, n) +
                        pearsonAroundMean(comparisonBefore, n) + pearsonAroundMean(comparisonAfter, n);
    if (n <= 4)
        return kNaN;
    return chi2 / static_cast<double>(n - 4);
}

PoissonTrend poissonTrend(std::span<const double> counts)
{
    PoissonTrend fit;
    const std::size_t n = counts.size();
    const double total = sum(counts);
    if (n < 2 || total <= 0.0)
        return fit;
    // Start from the flat model; Newton steps on the log-likelihood Σ y·η − exp(η) are IRLS.
    double a = std::log(total / static_cast<double>(n));
    double b = 0.0;
    for (int iteration = 1; iteration <= 50; ++iteration) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, g0 = 0.0, g1 = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double t = static_cast<double>(i);
            const double mu = std::exp(a + b * t);
            s0 += mu;
            s1 += mu * t;
            s2 += mu * t * t;
            g0 += counts[i] - mu;
            g1 += (counts[i] - mu) * t;
        }
        const double det = s0 * s2 - s1 * s1;
        if (!(det > 0.0))
            return fit;
        const double da = (s2 * g0 - s1 * g1) / det;
        const double db = (s0 * g1 - s1 * g0) / det;
        a += da;
        b += db;
        fit.iterations = iteration;
        if (std::abs(da) < 1e-10 && std::abs(db) < 1e-10) {
            fit.converged = true;
            break;
        }
    }
    if (!fit.converged || !std::isfinite(b))
        return fit;
    double s0 = 0.0, s1 = 0.0, s2 = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i);
        const double mu = std::exp(a + b * t);
        s0 += mu;
        s1 += mu * t;
        s2 += mu * t * t;
        fit.pearsonChi2 += (counts[i] - mu) * (counts[i] - mu) / mu;
    }
    fit.intercept = a;
    fit.slope = b;
    // Var(b) is the (b, b) element of the inverse of the information matrix [[s0, s1], [s1, s2]].
    fit.slopeVariance = s0 / (s0 * s2 - s1 * s1);
    return fit;
}

TrendDifference compareTrends(std::span<const double> target, std::span<const double> comparison)
{
    TrendDifference d;
    const PoissonTrend t = poissonTrend(target);
    const PoissonTrend c = poissonTrend(comparison);
    if (!t.converged || !c.converged)
        return d;
    d.estimable = true;
    const std::size_t n = target.size() + comparison.size();
    if (n > 4)
        d.dispersion = std::max(1.0, (t.pearsonChi2 + c.pearsonChi2) / static_cast<double>(n - 4));
    d.difference = t.slope - c.slope;
    d.standardError = std::sqrt((t.slopeVariance + c.slopeVariance) * d.dispersion);
    d.z = d.difference / d.standardError;
    d.pValue = twoSidedP(d.z);
    return d;
}

} // namespace lb::analysis
