// Gi* z-scores against values worked by hand, on a neighbour list and on grids.

#include "analysis/gi_star.h"
#include "analysis/hotspot_analysis.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace lb;
using namespace lb::analysis;

TEST_CASE("Gi* with a distance band on five points in a row", "[gistar]")
{
    // Points at x = 0..4, values 1 2 3 4 10, band 1 m: each point sees itself and the points
    // next to it. n = 5, x̄ = 4, S = √(130/5 − 16) = √10.
    // Point 0: Σwx = 3, Σw = 2 → (3 − 8) / (√10 · √((10 − 4)/4)) = −5/3.87298 = −1.29099.
    // Point 1: 6 − 12 = −6 over √10·√((15 − 9)/4) = 3.87298 → −1.54919; point 2: −3 → −0.77460;
    // point 3: 17 − 12 = 5 → 1.29099; point 4: 14 − 8 = 6 → 1.54919.
    const std::vector<PointXY> pts{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}};
    const std::vector<double> x{1, 2, 3, 4, 10};
    const std::vector<double> expected{-1.290994, -1.549193, -0.774597, 1.290994, 1.549193};
    GiStarParameters par;
    Feedback fb;
    auto r = giStar(x, distanceBandNeighbours(pts, 1.0), par, fb);
    REQUIRE(r.ok());
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(r->z[i] == Approx(expected[i]).epsilon(1e-5));
    // p for |z| = 1.54919 is 0.12134: nothing reaches 90 %.
    CHECK(r->p[4] == Approx(0.121335).epsilon(1e-4));
    for (auto b : r->bin)
        CHECK(b == 0);

    // The same values on a 5 × 1 square grid with 1 m cells and a 1 m band.
    const CellGrid grid = CellGrid::covering(Extent{0, 0, 4.5, 0.5}, CellShape::Square, 1.0);
    REQUIRE(grid.cols() == 5);
    REQUIRE(grid.rows() == 1);
    const std::vector<std::uint8_t> all(5, 1);
    std::vector<NeighbourRun> runs[2] = {grid.runsWithin(1.0, 0), grid.runsWithin(1.0, 1)};
    auto g = giStarOnGrid(grid, x, all, runs, par, fb);
    REQUIRE(g.ok());
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(g->z[i] == Approx(expected[i]).epsilon(1e-5));
}

TEST_CASE("Gi* with queen contiguity on a 3 × 3 grid", "[gistar]")
{
    // Eight cells of 1 and a centre of 9: n = 9, x̄ = 17/9, S² = 89/9 − (17/9)² → S = 2.51416.
    // Corner: itself + 3 neighbours (one is the centre) → Σwx = 12, Σw = 4:
    //   (12 − 4·17/9) / (S·√((36 − 16)/8)) = 4.44444/3.97523 = 1.118034 (= √5/2).
    // Edge: itself + 5 → Σwx = 14, Σw = 6: (14 − 6·17/9) / (S·√((54 − 36)/8)) = 0.707107 (= 1/√2).
    // Centre: all 9 cells are neighbours, n·Σw − (Σw)² = 0: no test is possible.
    const CellGrid grid = CellGrid::covering(Extent{0, 0, 2.5, 2.5}, CellShape::Square, 1.0);
    REQUIRE(grid.cellCount() == 9);
    std::vector<double> x(9, 1.0);
    x[4] = 9.0;
    const std::vector<std::uint8_t> all(9, 1);
    std::vector<NeighbourRun> runs[2] = {grid.contiguityRuns(0), grid.contiguityRuns(1)};
    GiStarParameters par;
    Feedback fb;
    auto g = giStarOnGrid(grid, x, all, runs, par, fb);
    REQUIRE(g.ok());
    CHECK(g->z[0] == Approx(std::sqrt(5.0) / 2.0));
    CHECK(g->z[8] == Approx(std::sqrt(5.0) / 2.0));
    CHECK(g->z[1] == Approx(1.0 / std::sqrt(2.0)));
    CHECK(std::isnan(g->z[4]));
    CHECK(g->neighbours[0] == 3);
    CHECK(g->neighbours[1] == 5);
    CHECK(g->neighbours[4] == 8);
}

TEST_CASE("hexagonal neighbourhoods have six touching cells", "[gistar][grid]")
{
    const CellGrid hex = CellGrid::covering(Extent{0, 0, 100, 100}, CellShape::Hexagon, 10.0);
    for (int parity : {0, 1}) {
        int n = 0;
        for (const NeighbourRun &run : hex.contiguityRuns(parity))
            n += run.dcHi - run.dcLo + 1;
        CHECK(n == 7); // itself and six around it
    }
    // Every point falls in the hexagon whose centre is nearest, and no farther than the
    // circumradius 10/√3 = 5.7735 m from it.
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(0.0, 100.0);
    for (int i = 0; i < 2000; ++i) {
        const PointXY p{u(rng), u(rng)};
        const long long c = hex.cellOf(p);
        REQUIRE(c >= 0);
        const PointXY q = hex.center(static_cast<std::size_t>(c));
        CHECK(std::hypot(p.x - q.x, p.y - q.y) <= 10.0 / std::sqrt(3.0) + 1e-9);
    }
}

TEST_CASE("FDR lowers the cut-offs when many cells are tested", "[gistar][fdr]")
{
    // A 40 × 40 grid of random counts with one strong cluster: with the correction the 95 % cut-off
    // is at most 0.05 and no cell outside the cluster is significant at 99 %.
    const CellGrid grid = CellGrid::covering(Extent{0, 0, 399, 399}, CellShape::Square, 10.0);
    std::mt19937 rng(11);
    std::poisson_distribution<int> pois(3.0);
    std::vector<double> x(grid.cellCount());
    for (double &v : x)
        v = pois(rng);
    for (int r = 18; r < 22; ++r)
        for (int c = 18; c < 22; ++c)
            x[static_cast<std::size_t>(r) * 40 + c] = 25.0;
    const std::vector<std::uint8_t> all(grid.cellCount(), 1);
    std::vector<NeighbourRun> runs[2] = {grid.runsWithin(15.0, 0), grid.runsWithin(15.0, 1)};
    Feedback fb;
    GiStarParameters par;
    auto g = giStarOnGrid(grid, x, all, runs, par, fb);
    REQUIRE(g.ok());
    CHECK(g->pCutoff95 <= 0.05);
    CHECK(g->pCutoff95 > 0.0);
    CHECK(g->bin[20 * 40 + 20] == 3);
    CHECK(g->hot[2] >= 16);
    par.fdrCorrection = false;
    auto plain = giStarOnGrid(grid, x, all, runs, par, fb);
    REQUIRE(plain.ok());
    CHECK(plain->pCutoff95 == 0.05);
    const std::size_t sigFdr = g->hot[0] + g->hot[1] + g->hot[2] + g->cold[0] + g->cold[1] + g->cold[2];
    const std::size_t sigPlain =
        plain->hot[0] + plain->hot[1] + plain->hot[2] + plain->cold[0] + plain->cold[1] + plain->cold[2];
    CHECK(sigFdr < sigPlain);
}

TEST_CASE("guard rails: too few events, no variance, centroid positions", "[gistar][hotspot]")
{
    Feedback fb;
    std::vector<PointXY> few(10, PointXY{100, 100});
    HotspotInput in{few, {}, {}};
    auto r = hotspotAnalysis(in, HotspotParameters{}, fb);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorMessage().contains(QStringLiteral("Too few events")));

    // 40 events at the same place: no pattern.
    std::vector<PointXY> same(40, PointXY{100, 100});
    in.points = same;
    r = hotspotAnalysis(in, HotspotParameters{}, fb);
    REQUIRE_FALSE(r.ok());

    // One event in each of 49 cells: every cell taking part has the same count.
    std::vector<PointXY> lattice;
    for (int i = 0; i < 7; ++i)
        for (int j = 0; j < 7; ++j)
            lattice.push_back({i * 100.0 + 50, j * 100.0 + 50});
    in.points = lattice;
    HotspotParameters fixedCells;
    fixedCells.cellSize = 100;
    fixedCells.distanceBand = 150;
    r = hotspotAnalysis(in, fixedCells, fb);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorMessage().contains(QStringLiteral("same number of events")));

    // Half of 60 events only have a district centroid: they are left out and the rest (30)
    // is just enough.
    std::vector<PointXY> pts;
    std::vector<LocationPrecision> prec;
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0.0, 1000.0);
    for (int i = 0; i < 60; ++i) {
        pts.push_back(i < 30 ? PointXY{500, 500} : PointXY{u(rng), u(rng)});
        prec.push_back(i < 30 ? LocationPrecision::AreaCentroid : LocationPrecision::Exact);
    }
    in.points = pts;
    in.precision = prec;
    auto ok = hotspotAnalysis(in, HotspotParameters{}, fb);
    REQUIRE(ok.ok());
    CHECK(ok->centroidEventsLeftOut == 30);
    CHECK(ok->eventsUsed == 30);
    CHECK_FALSE(ok->warnings.isEmpty());
}

TEST_CASE("the automatic mode finds a planted cluster and explains its choices", "[hotspot]")
{
    std::mt19937 rng(21);
    std::uniform_real_distribution<double> u(0.0, 5000.0);
    std::normal_distribution<double> cluster(0.0, 150.0);
    std::vector<PointXY> pts;
    for (int i = 0; i < 1500; ++i)
        pts.push_back({u(rng), u(rng)});
    for (int i = 0; i < 600; ++i)
        pts.push_back({3500 + cluster(rng), 1500 + cluster(rng)});
    HotspotInput in{pts, {}, {}};
    HotspotParameters par;
    par.studyArea = MultiPolygon{Polygon{{LinearRing{{0, 0}, {5000, 0}, {5000, 5000}, {0, 5000}, {0, 0}}}}};
    Feedback fb;
    auto r = hotspotAnalysis(in, par, fb);
    REQUIRE(r.ok());
    CHECK(r->cellSizeChosen);
    CHECK(r->distanceBandChosen);
    CHECK(r->autocorrelation.size() == 10);
    CHECK(r->explanation.size() >= 4);
    const long long centre = r->grid.cellOf({3500, 1500});
    REQUIRE(centre >= 0);
    CHECK(r->gi.bin[static_cast<std::size_t>(centre)] == 3);
    // Far from the cluster nothing is hot.
    const long long corner = r->grid.cellOf({500, 4500});
    REQUIRE(corner >= 0);
    CHECK(r->gi.bin[static_cast<std::size_t>(corner)] <= 0);
}
