#pragma once

// Small statistical building blocks shared by the analyses: normal tail probabilities, the
// Benjamini–Hochberg false discovery rate, an exact test for two Poisson counts, Wilson score
// intervals and the Mann–Kendall trend test with ties. Pure functions; any thread may call them.

#include <cstddef>
#include <span>
#include <vector>

namespace lb::analysis {

// P(Z <= z) for a standard normal Z.
double normalCdf(double z);
// Two-sided p-value of a standard normal z-score: P(|Z| >= |z|).
double twoSidedP(double z);
// The z with P(Z <= z) = p, for 0 < p < 1.
double normalQuantile(double p);

// Benjamini–Hochberg: the largest p-value p(k) with p(k) <= k·q/m; every test with p <= that
// threshold is a discovery at false discovery rate q. Returns 0 when nothing qualifies. NaN
// p-values (tests that could not be made) are ignored and do not count in m.
double fdrThreshold(std::span<const double> pValues, double q);
// BH-adjusted p-values (q-values), monotone, capped at 1; NaN stays NaN.
std::vector<double> fdrAdjusted(std::span<const double> pValues);

// Exact two-sided binomial test of k successes in n trials with success probability p, the way
// R's binom.test does it: the sum of the probabilities of all outcomes no more likely than k,
// from two tail probabilities (binomial_distribution.h), in time independent of n.
double binomialTestP(long long k, long long n, double p);

// Exact test that two Poisson counts have the same rate: c1 events in exposure t1 against c2 in
// t2 (exposure = time, or time × population). Conditional on c1 + c2, c1 is binomial with
// p = t1 / (t1 + t2) under equal rates (the conditional test of Przyborowski and Wilenski, as in
// R's poisson.test for two samples).
struct PoissonComparison {
    double rateRatio = 0.0; // (c1/t1) / (c2/t2); infinite when c2 = 0
    double pValue = 1.0;
};
PoissonComparison comparePoissonCounts(long long c1, double t1, long long c2, double t2);

// Wilson score interval for k successes out of n, at the given two-sided confidence.
struct Proportion {
    double estimate = 0.0;
    double lower = 0.0;
    double upper = 0.0;
};
Proportion wilsonInterval(double k, double n, double confidence = 0.95);

// Compares two proportions k1/n1 (earlier) and k2/n2 (later): the pooled two-sample z-test
// (R's prop.test with correct = FALSE, the same as Pearson's χ² on the 2 × 2 table) and
// Newcombe's hybrid score interval for the difference p2 − p1 (built from the two Wilson
// intervals, so it stays inside [−1, 1] and behaves with small counts).
struct ProportionComparison {
    double difference = 0.0; // p2 − p1
    double lower = 0.0;      // Newcombe interval for the difference
    double upper = 0.0;
    double z = 0.0;
    double pValue = 1.0; // two-sided; 1 when the test cannot be made (no variance)
};
ProportionComparison compareProportions(double k1, double n1, double k2, double n2, double confidence = 0.95);

// Mann–Kendall test for a monotone trend in a series in time order. S = Σ sign(x_j − x_i) over
// i < j; its variance is corrected for ties; z uses the continuity correction (S ∓ 1).
struct MannKendall {
    long long s = 0;
    double variance = 0.0;
    double z = 0.0;
    double pValue = 1.0; // two-sided
};
MannKendall mannKendall(std::span<const double> series);

} // namespace lb::analysis
