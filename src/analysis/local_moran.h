#pragma once

// Local Moran's I (Anselin 1995, "LISA"): for each feature (a district, a polygon from a file),
// is its value like its neighbours' values (a cluster: high among high, low among low) or unlike
// them (an outlier: high among low, low among high)?
//
//   z_i = (x_i − x̄) / s          (s: population standard deviation over all n features)
//   lag_i = Σ_j w_ij z_j          (row-standardised weights: w_ij = 1 / number of neighbours)
//   I_i = z_i · lag_i
//
// This is GeoDa's statistic. (PySAL's esda divides by Σz²/(n−1) instead of n, which scales every
// I_i by (n−1)/n and changes nothing else.)
//
// Inference by conditional permutation, as GeoDa and PySAL do it: x_i stays where it is and its
// neighbours' values are drawn at random, without replacement, from the other n − 1 values. The
// pseudo p-value is (M + 1)/(R + 1), where M counts the permutations at least as extreme as the
// observed I_i in the smaller tail (one-sided, "folded"; ties count in both tails, so a feature
// whose every permutation ties — z_i = 0 — gets p = 1). The random numbers come
// from a seeded generator with our own bounded draw, so the same seed gives the same p-values on
// every platform. Optionally the significance cut-off is lowered by Benjamini–Hochberg.
//
// Classes for significant features: HH (high value, high neighbours), LL, HL (high among low),
// LH (low among high). Features without neighbours get no test.
// Pure function; any thread may call it.

#include "analysis/spatial_weights.h"
#include "core/feedback.h"
#include "core/result.h"

#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

enum class LisaClass : std::int8_t {
    NotSignificant = 0,
    HighHigh = 1,
    LowLow = 2,
    LowHigh = 3,
    HighLow = 4,
    NoNeighbours = 5
};
// A stable code for files and scripts ("HH", "not significant"); show users classLabel().
QString toString(LisaClass c);

struct LocalMoranParameters {
    int permutations = 999;
    std::uint64_t seed = 12345;
    double alpha = 0.05;
    bool fdrCorrection = false; // Benjamini–Hochberg on the pseudo p-values at level alpha
};

struct LocalMoranResult {
    std::vector<double> i;         // I_i; NaN without neighbours
    std::vector<double> z;         // standardised value z_i
    std::vector<double> lag;       // spatial lag of z
    std::vector<double> p;         // pseudo p-value; NaN without neighbours
    std::vector<double> expectedI; // mean of the permuted I_i
    std::vector<LisaClass> lisaClass;
    double cutoff = 0.05;                       // the p-value cut-off used (lowered by FDR when on)
    std::size_t counts[6] = {0, 0, 0, 0, 0, 0}; // per LisaClass
    QStringList notes;
    bool canceled = false;
};

// `neighbours` may be asymmetric (k nearest); weights are row-standardised either way.
Result<LocalMoranResult> localMoran(std::span<const double> values, const NeighbourList &neighbours,
                                    const LocalMoranParameters &parameters, Feedback &feedback);

} // namespace lb::analysis
