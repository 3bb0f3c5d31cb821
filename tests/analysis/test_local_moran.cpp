// Local Moran's I against values worked by hand, and conditional-permutation p-values against
// probabilities counted by hand.

#include "analysis/local_moran.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lb;
using namespace lb::analysis;

namespace {
// Queen contiguity on a rows × cols lattice, cells numbered row by row.
NeighbourList lattice(int rows, int cols)
{
    NeighbourList list;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int rr = r + dr, cc = c + dc;
                    if ((dr || dc) && rr >= 0 && rr < rows && cc >= 0 && cc < cols)
                        list.index.push_back(static_cast<std::uint32_t>(rr * cols + cc));
                }
            list.start.push_back(list.index.size());
        }
    return list;
}
} // namespace

TEST_CASE("local Moran's I on five points in a row", "[lisa]")
{
    // Values 1 2 3 4 10 at x = 0..4, neighbours within 1 m. x̄ = 4, s = √(130/5 − 16) = √10, so
    // z = (−3, −2, −1, 0, 6)/√10. Row-standardised lags (in units of 1/√10): −2, (−3 − 1)/2 = −2,
    // (−2 + 0)/2 = −1, (−1 + 6)/2 = 2.5, 0. I = z·lag: 6/10, 4/10, 1/10, 0, 0.
    const std::vector<PointXY> pts{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}};
    const std::vector<double> x{1, 2, 3, 4, 10};
    LocalMoranParameters par;
    par.permutations = 9999;
    Feedback fb;
    auto r = localMoran(x, distanceBandNeighbours(pts, 1.0), par, fb);
    REQUIRE(r.ok());
    CHECK(r->i[0] == Approx(0.6));
    CHECK(r->i[1] == Approx(0.4));
    CHECK(r->i[2] == Approx(0.1));
    CHECK(r->i[3] == Approx(0.0).margin(1e-12));
    CHECK(r->i[4] == Approx(0.0).margin(1e-12));
    CHECK(r->lag[3] == Approx(2.5 / std::sqrt(10.0)));

    // Point 0 keeps its value 1 and draws one neighbour from {2, 3, 4, 10}, each with probability
    // ¼: I = −3·(−2, −1, 0, 6)/10 = 0.6, 0.3, 0, −1.8. The observed 0.6 is the largest, so a quarter
    // of the permutations are as extreme: p → ¼, and the mean permuted I → (0.6 + 0.3 − 1.8)/4 = −0.225.
    // (With 9 999 permutations the count's standard deviation is 43, i.e. 0.004 in p.)
    CHECK(r->p[0] == Approx(0.25).margin(0.02));
    CHECK(r->expectedI[0] == Approx(-0.225).margin(0.02));
    // Point 2 (value 3) draws two of {1, 2, 4, 10}: the six pairs give mean deviations −2.5, −1.5,
    // 1.5, −1, 2, 3 and I = −mean/10 = 0.25, 0.15, −0.15, 0.1, −0.2, −0.3. The observed pair (2, 4)
    // gives 0.1; three of six are at least as large and three smaller: p → ½.
    CHECK(r->p[2] == Approx(0.5).margin(0.02));
    // Point 4 (value 10) draws one of {1, 2, 3, 4}: I = 6·(−3, −2, −1, 0)/10; the observed 0 is the
    // largest: p → ¼. Nothing reaches 5 %.
    CHECK(r->p[4] == Approx(0.25).margin(0.02));
    for (LisaClass c : r->lisaClass)
        CHECK(c == LisaClass::NotSignificant);

    // The same seed gives the same p-values.
    auto again = localMoran(x, distanceBandNeighbours(pts, 1.0), par, fb);
    REQUIRE(again.ok());
    CHECK(again->p == r->p);
}

TEST_CASE("local Moran's I classes on a lattice with one high block", "[lisa]")
{
    // 10 × 10 cells, value 10 in the 3 × 3 block of rows and columns 4..6, 0 elsewhere. The centre
    // cell (5, 5) has 8 high neighbours: a permutation only matches that when all 8 draws from the
    // other 99 cells hit the 8 remaining high ones, probability 1/C(99, 8) ≈ 6·10⁻¹²; so with 999
    // permutations none does and p = 1/1000: HH.
    // The corner (0, 0) is low among 3 low neighbours, which is already the largest I it can have;
    // the permutations equal it whenever all 3 draws are low: C(90, 3)/C(99, 3) = 117 480/156 849
    // = 0.749. That is the upper tail, and the lower tail is everything (1.0): p = 0.749, not
    // significant. (R = 999: the standard deviation of p is 0.014.)
    const int rows = 10, cols = 10;
    std::vector<double> x(static_cast<std::size_t>(rows * cols), 0.0);
    for (int r = 4; r <= 6; ++r)
        for (int c = 4; c <= 6; ++c)
            x[static_cast<std::size_t>(r * cols + c)] = 10.0;
    Feedback fb;
    auto r = localMoran(x, lattice(rows, cols), {}, fb);
    REQUIRE(r.ok());
    CHECK(r->p[55] == Approx(0.001));
    CHECK(r->lisaClass[55] == LisaClass::HighHigh);
    CHECK(r->p[0] == Approx(0.749).margin(0.045));
    CHECK(r->lisaClass[0] == LisaClass::NotSignificant);
    // Cell (3, 5), just above the block: low, with 3 high neighbours of 8 → lag > 0: if significant
    // it must be LH, never HH or LL.
    CHECK(r->lag[35] > 0.0);
    CHECK((r->lisaClass[35] == LisaClass::LowHigh || r->lisaClass[35] == LisaClass::NotSignificant));
}
