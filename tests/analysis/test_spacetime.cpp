// Emerging hot spots (space-time Gi*, categories) and the Knox near-repeat test against values
// worked by hand (shown in the comments).

#include "analysis/emerging_hotspots.h"
#include "analysis/knox.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lb;
using namespace lb::analysis;

namespace {
std::vector<std::int8_t> series(const char *s)
{
    std::vector<std::int8_t> out;
    for (; *s; ++s)
        out.push_back(*s == '+' ? 1 : *s == '-' ? -1 : 0);
    return out;
}
EmergingCategory classify(const char *s, double trendZ = 0.0, double trendP = 1.0)
{
    MannKendall mk;
    mk.z = trendZ;
    mk.pValue = trendP;
    return classifyEmerging(series(s), mk, 0.05);
}
} // namespace

TEST_CASE("emerging hot spot categories follow the ArcGIS definitions", "[emerging]")
{
    using C = EmergingCategory;
    // Ten steps; '+' hot, '-' cold, '.' not significant.
    CHECK(classify(".........+") == C::NewHot);
    CHECK(classify(".......+++") == C::ConsecutiveHot);
    CHECK(classify("..+....+++") == C::SporadicHot); // hot before the final run
    CHECK(classify("+.+.+..+.+") == C::SporadicHot);
    CHECK(classify("-........+") == C::OscillatingHot); // cold once before: not new
    CHECK(classify("-.+.+..+.+") == C::OscillatingHot);
    CHECK(classify(".+++++++++") == C::PersistentHot); // 9 of 10 = 90 %
    CHECK(classify(".+++++++++", 2.5, 0.01) == C::IntensifyingHot);
    CHECK(classify(".+++++++++", -2.5, 0.01) == C::DiminishingHot);
    CHECK(classify(".+++++++++", 2.5, 0.2) == C::PersistentHot); // a trend that is not significant
    CHECK(classify("+++++++++.") == C::HistoricalHot);
    CHECK(classify("++++++++..") == C::NoPattern); // 80 % hot, not hot now
    CHECK(classify("..++++....") == C::NoPattern);
    CHECK(classify("..........") == C::NoPattern);
    // Cold mirrors; for cold spots "intensifying" means the z-series falls.
    CHECK(classify(".........-") == C::NewCold);
    CHECK(classify("........--") == C::ConsecutiveCold);
    CHECK(classify(".---------", -2.5, 0.01) == C::IntensifyingCold);
    CHECK(classify(".---------", 2.5, 0.01) == C::DiminishingCold);
    CHECK(classify("---------.") == C::HistoricalCold);
    CHECK(classify("+........-") == C::OscillatingCold);
    // Cold now decides even after a mostly hot history.
    CHECK(classify("+++++++++-") == C::OscillatingCold);
}

TEST_CASE("space-time Gi* on a 4 × 1 grid with two steps", "[emerging]")
{
    // Cells of 1 m at x = 0.5 .. 3.5, band 1 m (the cell and the cells beside it), time window 1.
    // Step 0 counts 1 0 0 1, step 1 counts 0 2 3 0. All four cells have events: n = 8 bins,
    // x̄ = 7/8, S = √(15/8 − (7/8)²) = 1.053269.
    // (cell 1, step 1): cells 0..2 in steps 0 and 1: Σx = (1 + 0 + 0) + (0 + 2 + 3) = 6, Σw = 6,
    //   z = (6 − 6·0.875)/(S·√((48 − 36)/7)) = 0.75/1.379053 = 0.543852.
    // (cell 0, step 0): cells 0, 1 in step 0 only: Σx = 1, Σw = 2,
    //   z = (1 − 1.75)/(S·√((16 − 4)/7)) = −0.543852.
    // (cell 0, step 1): cells 0, 1 in both steps: Σx = 1 + 2 = 3, Σw = 4,
    //   z = (3 − 3.5)/(S·√((32 − 16)/7)) = −0.5/1.592393 = −0.313993.
    // (cell 3, step 1): cells 2, 3 in both steps: Σx = (0 + 1) + (3 + 0) = 4, Σw = 4,
    //   z = (4 − 3.5)/1.592393 = 0.313993.
    std::vector<PointXY> pts;
    std::vector<int> step;
    auto add = [&](double x, int s, int count) {
        for (int i = 0; i < count; ++i) {
            pts.push_back({x, 0.5});
            step.push_back(s);
        }
    };
    add(0.5, 0, 1);
    add(3.5, 0, 1);
    add(1.5, 1, 2);
    add(2.5, 1, 3);
    EmergingParameters par;
    par.cellSize = 1.0;
    par.distanceBand = 1.0;
    par.timeWindow = 1;
    Feedback fb;
    auto r = emergingHotspots({pts, step, 2, {}}, par, fb);
    REQUIRE(r.ok());
    REQUIRE(r->locations.size() == 4);
    REQUIRE(r->grid.cols() == 4);
    auto z = [&](int cell, int s) {
        return r->z[static_cast<std::size_t>(cell * 2 + s)];
    };
    CHECK(z(1, 1) == Approx(0.543852).epsilon(1e-5));
    CHECK(z(0, 0) == Approx(-0.543852).epsilon(1e-5));
    CHECK(z(0, 1) == Approx(-0.313993).epsilon(1e-5));
    CHECK(z(3, 1) == Approx(0.313993).epsilon(1e-5));
    CHECK(r->counts[static_cast<std::size_t>(2 * 2 + 1)] == 3.0);
    REQUIRE(r->warnings.size() >= 1); // two steps: fewer than 10
    for (EmergingCategory c : r->category)
        CHECK(c == EmergingCategory::NoPattern);
}

TEST_CASE("Knox test on four events worked by hand", "[knox]")
{
    // A (0, 0) day 0, B (50, 0) day 3, C (0, 150) day 20, D (1000, 0) day 1.
    // Bands: same location, 0–100 m, 100–200 m, > 200 m; 0–7 days, 8–14 days, > 14 days.
    // Pairs: AB 50 m, 3 d; AC 150 m, 20 d; AD 1000 m, 1 d; BC 158 m, 17 d; BD 950 m, 2 d;
    // CD 1011 m, 19 d. Observed: (0–100, 0–7) = 1, (100–200, > 14) = 2, (> 200, 0–7) = 2,
    // (> 200, > 14) = 1. Time totals 3, 0, 3; distance totals 0, 1, 2, 3; 6 pairs.
    // Expected (100–200, > 14) = 2·3/6 = 1, (0–100, 0–7) = 1·3/6 = 0.5.
    // Shuffling the days: AC and BC are both > 14 days exactly when C gets day 20 (¼), one of them
    // when A or B gets it (½), none when D does (¼): P(count >= 2) = ¼, mean 2·¼ + ½ = 1.
    // AB is within 7 days when neither A nor B gets day 20: P = ½.
    const std::vector<PointXY> pts{{0, 0}, {50, 0}, {0, 150}, {1000, 0}};
    const std::vector<std::int64_t> days{0, 3, 20, 1};
    KnoxParameters par;
    par.distanceEdges = {0.0, 100.0, 200.0};
    par.dayEdges = {7, 14};
    par.permutations = 9999;
    Feedback fb;
    auto r = knoxTest(pts, days, par, fb);
    REQUIRE(r.ok());
    REQUIRE(r->distanceBands == 4);
    REQUIRE(r->timeBands == 3);
    CHECK(r->pairs == 6);
    CHECK(r->cell(1, 0).observed == 1);
    CHECK(r->cell(2, 2).observed == 2);
    CHECK(r->cell(3, 0).observed == 2);
    CHECK(r->cell(3, 2).observed == 1);
    CHECK(r->cell(0, 0).observed == 0);
    CHECK(r->cell(3, 1).observed == 0);
    CHECK(r->cell(2, 2).expected == Approx(1.0));
    CHECK(r->cell(1, 0).expected == Approx(0.5));
    CHECK(r->cell(3, 0).expected == Approx(1.5));
    CHECK(r->cell(2, 2).ratio == Approx(2.0));
    CHECK(r->cell(2, 2).simulatedMean == Approx(1.0).margin(0.03));
    CHECK(r->cell(2, 2).pValue == Approx(0.25).margin(0.02));
    CHECK(r->cell(1, 0).pValue == Approx(0.5).margin(0.02));
    CHECK(r->distanceLabels.front() == QStringLiteral("same location"));
    CHECK(r->timeLabels.back() == QStringLiteral("> 14 days"));
}
