#pragma once

// Near repeat analysis with the Knox test, as the Near Repeat Calculator (Ratcliffe) does it: do
// pairs of incidents close in space happen close in time more often than chance would have them?
// Every pair of events is put in a distance band and a time band; the observed count per cell of
// that table is compared with what random timing gives. Significance by Monte Carlo: the event
// days are shuffled among the events (locations stay), the table is counted again, and the p-value
// of a cell is (number of shuffles with a count at least as high + 1)/(shuffles + 1), one-sided
// towards "more pairs than expected".
//
// Bands (upper edges inclusive): distances [0, e0], (e0, e1], ..., and beyond the last edge; with
// e0 = 0 the first band is "same location". Time differences in whole days: [0, d0], (d0, d1], ...,
// and beyond. The expected count of a cell is the exact mean over all shufflings,
//   E = (pairs in the distance band) × (pairs in the time band) / (n(n − 1)/2),
// which the Near Repeat Calculator estimates as the mean of its simulations; the mean of ours is
// reported too. Knox ratio = observed / expected.
//
// Pairs beyond the last distance edge never need counting: shuffling days does not change how
// many pairs fall in each time band overall, so that row is the total minus the rows above.
// Pure function; any thread may call it.

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"

#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

struct KnoxParameters {
    std::vector<double> distanceEdges{0.0, 100.0, 200.0, 300.0, 400.0, 500.0}; // metres, increasing
    std::vector<int> dayEdges{14, 28, 42, 56};                                 // days, increasing
    int permutations = 999;
    std::uint64_t seed = 12345;
};

struct KnoxCell {
    long long observed = 0;
    double expected = 0.0; // exact mean under shuffled days
    double simulatedMean = 0.0;
    double ratio = 0.0; // observed / expected; NaN when expected is 0
    double pValue = 1.0;
};

struct KnoxResult {
    int distanceBands = 0;       // distanceEdges.size() + 1 (the last is "beyond")
    int timeBands = 0;           // dayEdges.size() + 1
    std::vector<KnoxCell> cells; // distance-major
    QStringList distanceLabels;  // "0 m", "1–100 m", ..., "> 500 m"
    QStringList timeLabels;      // "0–14 days", ..., "> 56 days"
    long long pairs = 0;
    QStringList notes;
    bool canceled = false;

    const KnoxCell &cell(int distanceBand, int timeBand) const
    {
        return cells[static_cast<std::size_t>(distanceBand * timeBands + timeBand)];
    }
};

// `days`: the local calendar day number of each event (e.g. days since 1970-01-01).
Result<KnoxResult> knoxTest(std::span<const PointXY> points, std::span<const std::int64_t> days,
                            const KnoxParameters &parameters, Feedback &feedback);

} // namespace lb::analysis
