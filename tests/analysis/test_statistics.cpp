// Statistical building blocks against values worked by hand (shown in the comments).

#include "analysis/statistics.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lb::analysis;

TEST_CASE("normal tail probabilities and quantiles", "[statistics]")
{
    CHECK(twoSidedP(1.959963985) == Approx(0.05).epsilon(1e-8));
    CHECK(twoSidedP(-2.575829304) == Approx(0.01).epsilon(1e-8));
    CHECK(normalQuantile(0.975) == Approx(1.959963985).epsilon(1e-9));
    CHECK(normalQuantile(0.05) == Approx(-1.644853627).epsilon(1e-9));
}

TEST_CASE("Benjamini–Hochberg thresholds and adjusted p-values", "[statistics][fdr]")
{
    // m = 10. At q = 0.05 the limits k·q/m are 0.005, 0.010, 0.015, ...: only p(1) = 0.001 and
    // p(2) = 0.008 fit, so the threshold is 0.008. At q = 0.10 (limits 0.01, 0.02, ..., 0.10)
    // p(5) = 0.042 <= 0.05 and p(6) = 0.060 <= 0.06 fit, p(7) = 0.074 > 0.07: threshold 0.060.
    const std::vector<double> p{0.042, 0.001, 0.205, 0.008, 0.039, 0.216, 0.041, 0.060, 0.212, 0.074};
    CHECK(fdrThreshold(p, 0.05) == 0.008);
    CHECK(fdrThreshold(p, 0.10) == 0.060);
    CHECK(fdrThreshold(p, 0.0001) == 0.0);
    // Adjusted: p(i)·m/i = 0.01, 0.04, 0.13, 0.1025, 0.084, 0.1, 0.10571, 0.25625, 0.23556, 0.216,
    // then the running minimum from the largest: 0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571,
    // 0.216, 0.216, 0.216.
    const auto q = fdrAdjusted(p);
    CHECK(q[1] == Approx(0.01));
    CHECK(q[3] == Approx(0.04));
    CHECK(q[4] == Approx(0.084));
    CHECK(q[6] == Approx(0.084));
    CHECK(q[0] == Approx(0.084));
    CHECK(q[7] == Approx(0.1));
    CHECK(q[9] == Approx(0.740 / 7.0));
    CHECK(q[2] == Approx(0.216));
    CHECK(q[8] == Approx(0.216));
    CHECK(q[5] == Approx(0.216));
    // NaN (no test made) is skipped and not counted in m.
    const std::vector<double> withNaN{0.01, std::nan(""), 0.04};
    CHECK(fdrThreshold(withNaN, 0.05) == 0.04); // limits 0.025, 0.05
}

TEST_CASE("exact test for two Poisson counts", "[statistics][poisson]")
{
    // 10 against 2 in equal time: X ~ Bin(12, ½). P(X >= 10) = (66 + 12 + 1) / 4096 = 79/4096;
    // the test is symmetric, so p = 2 · 79/4096 = 0.0385742.
    const auto a = comparePoissonCounts(10, 1.0, 2, 1.0);
    CHECK(a.pValue == Approx(158.0 / 4096.0));
    CHECK(a.rateRatio == Approx(5.0));
    // 2 against 0 with exposures 1 and 3: X ~ Bin(2, ¼); P(0) = 9/16, P(1) = 6/16, P(2) = 1/16.
    // Only X = 2 is as unlikely as what was seen, so p = 1/16.
    CHECK(comparePoissonCounts(2, 1.0, 0, 3.0).pValue == Approx(0.0625));
    // Equal rates: nothing to see.
    CHECK(comparePoissonCounts(30, 2.0, 15, 1.0).pValue == Approx(1.0));
    // 0 against 4, equal time: P(X = 0) = P(X = 4) = 1/16 → p = 2/16.
    CHECK(comparePoissonCounts(0, 1.0, 4, 1.0).pValue == Approx(0.125));
}

TEST_CASE("Wilson score intervals", "[statistics][wilson]")
{
    // 5 of 10: centre 0.5, half-width 1.96/1.38416 · √(0.025 + 0.009604) = 0.26341.
    auto w = wilsonInterval(5, 10);
    CHECK(w.lower == Approx(0.2366).margin(1e-4));
    CHECK(w.upper == Approx(0.7634).margin(1e-4));
    // 0 of 10: upper bound 2 · 0.19208/1.38416 = 0.27754 (the "rule of three" would say 0.3).
    w = wilsonInterval(0, 10);
    CHECK(w.lower == 0.0);
    CHECK(w.upper == Approx(0.27754).margin(1e-5));
    CHECK(std::isnan(wilsonInterval(0, 0).estimate));
}

TEST_CASE("Mann–Kendall S, variance with ties and z", "[statistics][mannkendall]")
{
    // x = 1 2 2 3 1: pairs from the first value +3, second 0, third 0, fourth −1 → S = 2.
    // Two tie groups of size 2 remove 2·1·9 = 18 each: Var = (5·4·15 − 36)/18 = 14.667.
    // z = (S − 1)/√Var = 0.26112, two-sided p = 0.79400.
    const std::vector<double> x{1, 2, 2, 3, 1};
    const auto mk = mannKendall(x);
    CHECK(mk.s == 2);
    CHECK(mk.variance == Approx(264.0 / 18.0));
    CHECK(mk.z == Approx(0.261116).epsilon(1e-5));
    CHECK(mk.pValue == Approx(0.794003).epsilon(1e-5));
    // A strictly falling series of 4: S = −6, Var = 4·3·13/18 = 8.667, z = −5/2.944 = −1.6984.
    const std::vector<double> down{4, 3, 2, 1};
    const auto d = mannKendall(down);
    CHECK(d.s == -6);
    CHECK(d.z == Approx(-5.0 / std::sqrt(156.0 / 18.0)));
}
