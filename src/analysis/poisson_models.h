#pragma once

// Poisson models for before/after comparisons of incident counts.
//
// - Difference in differences of counts: the log-linear model log μ = α + β·target + γ·after +
//   δ·target·after fitted to the four totals (target/comparison × before/after over equal periods).
//   The model is saturated, so the maximum-likelihood estimate is closed-form:
//   exp(δ) = (At·Cb) / (Ab·Ct), with the Wald standard error on the log scale
//   sqrt(1/At + 1/Ab + 1/Ct + 1/Cb) (the inverse Fisher information). The same δ comes out of the
//   model fitted to the monthly counts with one mean per group and period; the Pearson dispersion
//   of the monthly counts around those means, φ = Σ (y − μ)²/μ / (n − 4), widens the interval by
//   sqrt(φ) when φ > 1 (quasi-Poisson, as R's glm(family = quasipoisson) does; a φ below 1 is
//   not used to narrow it).
// - A log-linear trend per group, log μ_t = a + b·t, fitted by Newton–Raphson (= IRLS for the
//   canonical link), and the difference of two groups' slopes with its Wald test: the pre-trend
//   check that target and comparison moved alike before the start. The two groups have separate
//   intercepts and slopes, so the joint model with a group × month interaction has a
//   block-diagonal information matrix and the interaction is the difference of the two slopes.
// Pure functions; any thread may call them.

#include <span>

namespace lb::analysis {

struct RateRatio {
    bool estimable = false; // false when a count is 0 (the log-ratio is infinite)
    double ratio = 0.0;     // exp(δ)
    double logRatio = 0.0;
    double standardError = 0.0; // of log ratio, after the dispersion correction
    double dispersion = 1.0;    // Pearson φ used (1 when not known or below 1)
    double lower = 0.0;         // confidence interval of the ratio
    double upper = 0.0;
    double pValue = 1.0; // two-sided Wald test of ratio = 1
};

// Rate ratio of the target's after/before change to the comparison's. `dispersion` ≥ 1 widens
// the interval (pass 1 for the plain Poisson model).
RateRatio differenceInDifferences(double targetBefore, double targetAfter, double comparisonBefore,
                                  double comparisonAfter, double dispersion = 1.0, double confidence = 0.95);

// Pearson dispersion of monthly counts around the mean of their group and period: the four
// series are target before/after and comparison before/after. NaN when there are not more
// months than the four means.
double monthlyDispersion(std::span<const double> targetBefore, std::span<const double> targetAfter,
                         std::span<const double> comparisonBefore, std::span<const double> comparisonAfter);

struct PoissonTrend {
    bool converged = false;
    double intercept = 0.0; // log of the expected count at t = 0
    double slope = 0.0;     // change in log count per step of t
    double slopeVariance = 0.0;
    double pearsonChi2 = 0.0; // Σ (y − μ)² / μ
    int iterations = 0;
};

// Fits log μ_t = a + b·t to counts y at times t = 0, 1, 2, ... (one per month).
PoissonTrend poissonTrend(std::span<const double> counts);

struct TrendDifference {
    bool estimable = false;
    double difference = 0.0; // slope of the target − slope of the comparison (log scale per step)
    double standardError = 0.0;
    double dispersion = 1.0; // Pearson φ of both fits together (n − 4 degrees of freedom), ≥ 1
    double z = 0.0;
    double pValue = 1.0;
};

TrendDifference compareTrends(std::span<const double> target, std::span<const double> comparison);

} // namespace lb::analysis
