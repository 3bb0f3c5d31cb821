// Kernel density: the kernels integrate to the number of events, the quartic kernel matches QGIS's
// heat map definition cell by cell, and the fast polynomial path agrees with a direct evaluation.

#include "analysis/kernel_density.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <random>

using namespace lb;
using namespace lb::analysis;

namespace {

std::vector<PointXY> randomPoints(std::size_t n, double x0, double y0, double size, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, size);
    std::vector<PointXY> pts(n);
    for (PointXY &p : pts)
        p = {x0 + u(rng), y0 + u(rng)};
    return pts;
}

} // namespace

TEST_CASE("every kernel integrates to the number of events times their weights", "[kde]")
{
    // Weighted: 3 events of weights 1, 2 and 0.5 must integrate to 3.5 events.
    const std::vector<PointXY> pts{{1000.0, 2000.0}, {1234.5, 2100.25}, {1500.0, 1900.0}};
    const std::vector<double> w{1.0, 2.0, 0.5};
    for (Kernel k : {Kernel::Quartic, Kernel::Triangular, Kernel::Epanechnikov, Kernel::Gaussian, Kernel::Uniform}) {
        INFO(toString(k).toStdString());
        KdeParameters p;
        p.kernel = k;
        p.radius = 200.0;
        p.cellSize = 2.0; // 100 cells per radius: the cell-sum is within 0.1 % of the integral
        Feedback fb;
        auto r = kernelDensity(pts, w, p, fb);
        REQUIRE(r.ok());
        CHECK(r->integral() == Approx(3.5).epsilon(2e-3));
        CHECK(r->totalWeight == Approx(3.5));
        auto unweighted = kernelDensity(pts, {}, p, fb);
        REQUIRE(unweighted.ok());
        CHECK(unweighted->integral() == Approx(3.0).epsilon(2e-3));
    }
}

TEST_CASE("kernel values at the centre match the analytic normalisation", "[kde]")
{
    // Quartic at d = 0: 3/(π r²) per m²; r = 500 m → 3/(π·0.25 km²) = 3.8197 events per km².
    CHECK(kernelValue(Kernel::Quartic, 0.0, 500.0) == Approx(3.0 / (std::numbers::pi * 0.25)));
    // Quartic at d = r/2: 3.8197 · (1 − 1/4)² = 2.1486.
    CHECK(kernelValue(Kernel::Quartic, 250.0, 500.0) == Approx(3.0 / (std::numbers::pi * 0.25) * 0.5625));
    // Epanechnikov at d = r/2: 2/(π·0.25) · 0.75 = 1.9099.
    CHECK(kernelValue(Kernel::Epanechnikov, 250.0, 500.0) == Approx(1.909859).epsilon(1e-6));
    // Triangular at d = r/2: 3/(π·0.25) · 0.5 = 1.9099.
    CHECK(kernelValue(Kernel::Triangular, 250.0, 500.0) == Approx(1.909859).epsilon(1e-6));
    // Uniform anywhere inside: 1/(π·0.25) = 1.2732; outside: 0.
    CHECK(kernelValue(Kernel::Uniform, 499.0, 500.0) == Approx(1.273240).epsilon(1e-6));
    CHECK(kernelValue(Kernel::Uniform, 501.0, 500.0) == 0.0);
    // Gaussian, σ = r/3, at d = 0: 1/(2πσ²(1 − e^{−4.5})) with σ = 1/3 km → 1/(0.69813 · 0.98889) = 1.44849.
    CHECK(kernelValue(Kernel::Gaussian, 0.0, 1000.0) == Approx(1.44849).epsilon(1e-5));
}

TEST_CASE("the quartic raster follows QGIS's heat map grid and kernel", "[kde]")
{
    // One point at (103, 207), radius 10 m, cell 1 m. QGIS's grid: extent (93..113, 197..217),
    // 21 + 1 columns and rows, origin at the top-left corner (93, 217).
    const std::vector<PointXY> pts{{103.0, 207.0}, {100.3, 209.6}};
    KdeParameters p;
    p.radius = 10.0;
    p.cellSize = 1.0;
    Feedback fb;
    auto r = kernelDensity(pts, {}, p, fb);
    REQUIRE(r.ok());
    CHECK(r->grid.originX == 90.3);
    CHECK(r->grid.originY == 219.6);
    // width 103 − 100.3 + 20 = 22.7 → ceil + 1 = 24 columns; height 209.6 − 207 + 20 = 22.6 → 24 rows.
    CHECK(r->grid.cols == 24);
    CHECK(r->grid.rows == 24);
    // Every cell against QGIS's formula: raw (1 − d²/r²)² for d <= r from the cell centre, times
    // our normalisation 3/(π r²) · 10⁶.
    const double norm = 3.0 / (std::numbers::pi * 100.0) * 1e6;
    double maxError = 0.0;
    for (int row = 0; row < r->grid.rows; ++row)
        for (int col = 0; col < r->grid.cols; ++col) {
            const double cx = 90.3 + col + 0.5, cy = 219.6 - row - 0.5;
            double expected = 0.0;
            for (const PointXY &q : pts) {
                const double d = std::hypot(cx - q.x, cy - q.y);
                if (d <= 10.0)
                    expected += std::pow(1.0 - std::pow(d / 10.0, 2.0), 2.0);
            }
            maxError = std::max(maxError, std::abs(r->at(row, col) - expected * norm));
        }
    CHECK(maxError < 1e-3 * norm * 1e-3);
}

TEST_CASE("the fast path agrees with a direct sum on many points", "[kde]")
{
    const auto pts = randomPoints(3000, 6'580'000.0, 674'000.0, 3000.0, 7);
    for (Kernel k : {Kernel::Quartic, Kernel::Epanechnikov, Kernel::Uniform}) {
        INFO(toString(k).toStdString());
        KdeParameters p;
        p.kernel = k;
        p.radius = 150.0;
        p.cellSize = 25.0;
        p.threads = 2;
        Feedback fb;
        auto r = kernelDensity(pts, {}, p, fb);
        REQUIRE(r.ok());
        double maxError = 0.0, maxValue = 0.0;
        for (int row = 0; row < r->grid.rows; row += 3)
            for (int col = 0; col < r->grid.cols; col += 3) {
                const double cx = r->grid.cellCenterX(col), cy = r->grid.cellCenterY(row);
                double expected = 0.0;
                for (const PointXY &q : pts)
                    expected += kernelValue(k, std::hypot(cx - q.x, cy - q.y), 150.0);
                maxError = std::max(maxError, std::abs(r->at(row, col) - expected));
                maxValue = std::max(maxValue, expected);
            }
        CHECK(maxError < 1e-5 * maxValue);
    }
}

TEST_CASE("a fixed grid, cancellation and bad parameters", "[kde]")
{
    const std::vector<PointXY> pts{{50.0, 50.0}};
    KdeParameters p;
    p.radius = 20.0;
    p.grid = RasterGrid{0.0, 100.0, 10.0, 10, 10};
    Feedback fb;
    auto r = kernelDensity(pts, {}, p, fb);
    REQUIRE(r.ok());
    // The point sits on the corner of four cells whose centres are 7.07 m away:
    // 3/(π·400 m²)·10⁶ · (1 − 50/400)² = 1823.6 events per km².
    CHECK(r->at(4, 4) == Approx(3.0 / (std::numbers::pi * 400.0) * 1e6 * 0.765625));
    CHECK(r->at(0, 0) == 0.0f);

    Feedback canceled;
    canceled.cancel();
    auto c = kernelDensity(pts, {}, p, canceled);
    REQUIRE(c.ok());
    CHECK(c->canceled);

    p.radius = -1;
    CHECK_FALSE(kernelDensity(pts, {}, p, fb).ok());
    p.radius = 20;
    const std::vector<double> badWeights{1.0, 2.0};
    CHECK_FALSE(kernelDensity(pts, badWeights, p, fb).ok());
    p.grid.reset();
    CHECK_FALSE(kernelDensity({}, {}, p, fb).ok());
}
