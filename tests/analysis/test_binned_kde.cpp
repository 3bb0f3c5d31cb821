// The binned kernel density (events binned to cell centres, convolved with the kernel through the
// FFT) against a direct sum computed here, within the bound that linear binning allows, and the
// automatic choice between the binned and the exact path.

#include "analysis/kernel_density.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <random>

using namespace lb;
using namespace lb::analysis;

namespace {

struct Comparison {
    double maxDifference = 0.0;
    double maxExcess = 0.0; // largest |difference| − bound × weight of the events near the cell
    double maxValue = 0.0;
    double correlation = 0.0;
};

// Every cell of the result against Σ w·K(distance from the cell centre), K from `kernel`. An event
// can only change a cell through binning when it or one of the four centres it is binned to lies
// within the radius of the cell, so within radius + √2 cells: the difference must stay within
// `boundPerWeight` times the weight of those events.
template <typename K>
Comparison compareWithDirectSum(const KdeResult &r, const std::vector<PointXY> &pts, const std::vector<double> &w,
                                double radius, double boundPerWeight, K kernel)
{
    Comparison c;
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    const double reach = radius + std::sqrt(2.0) * r.grid.cellSize;
    for (int row = 0; row < r.grid.rows; ++row)
        for (int col = 0; col < r.grid.cols; ++col) {
            const double cx = r.grid.originX + (col + 0.5) * r.grid.cellSize;
            const double cy = r.grid.originY - (row + 0.5) * r.grid.cellSize;
            double expected = 0.0, near = 0.0;
            for (std::size_t i = 0; i < pts.size(); ++i) {
                const double d = std::hypot(cx - pts[i].x, cy - pts[i].y);
                expected += w[i] * kernel(d);
                if (d <= reach)
                    near += w[i];
            }
            const double got = r.at(row, col);
            c.maxDifference = std::max(c.maxDifference, std::abs(got - expected));
            c.maxExcess = std::max(c.maxExcess, std::abs(got - expected) - boundPerWeight * near);
            c.maxValue = std::max(c.maxValue, expected);
            sa += got, sb += expected, saa += got * got, sbb += expected * expected, sab += got * expected;
        }
    const double n = double(r.grid.cellCount());
    c.correlation = (sab - sa * sb / n) / std::sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
    return c;
}

// Two clusters and a background, with weights between 0.5 and 2; some points lie outside the
// fixed grid used below but within the radius of it.
void makeEvents(std::vector<PointXY> &pts, std::vector<double> &w, std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> g(0.0, 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (i % 3 == 0)
            pts.push_back({1000.0 + 900.0 * u(rng), 5000.0 + 900.0 * u(rng)});
        else if (i % 3 == 1)
            pts.push_back({1300.0 + 60.0 * g(rng), 5400.0 + 60.0 * g(rng)});
        else
            pts.push_back({1650.0 + 25.0 * g(rng), 5700.0 + 140.0 * g(rng)});
        w.push_back(0.5 + 1.5 * u(rng));
    }
}

} // namespace

TEST_CASE("the binned convolution agrees with the direct sum within the binning bound", "[kde]")
{
    std::vector<PointXY> pts;
    std::vector<double> w;
    makeEvents(pts, w, 400, 11);
    double weightSum = 0.0;
    for (double x : w)
        weightSum += x;
    const double radius = 200.0, cell = 5.0, ru = radius / cell; // 40 cells
    const double pi = std::numbers::pi;
    const double quarticPeak = 3.0 / (pi * radius * radius) * 1e6;

    SECTION("quartic, the grid around the points")
    {
        KdeParameters p;
        p.radius = radius;
        p.cellSize = cell;
        p.method = KdeMethod::Binned;
        p.threads = 2;
        Feedback fb;
        auto r = kernelDensity(pts, w, p, fb);
        REQUIRE(r.ok());
        CHECK(r->binned);
        // Linear interpolation between the four centres around an event errs by at most
        // (sup|K_xx| + sup|K_yy|)/8 cells²; for (1 − d²/r²)², |K_xx| ≤ 8/ru², so 2/ru² of the peak
        // per unit of weight. Float output adds 1e-6 of the largest value.
        const Comparison c = compareWithDirectSum(*r, pts, w, radius, quarticPeak * 2.0 / (ru * ru), [&](double d) {
            return d <= radius ? quarticPeak * std::pow(1.0 - d * d / (radius * radius), 2.0) : 0.0;
        });
        CHECK(c.maxExcess <= 1e-6 * c.maxValue);
        // The difference is far below the largest value (measured 3.4e-4 of it).
        CHECK(c.maxDifference <= 1e-3 * c.maxValue);
        CHECK(c.correlation >= 0.9999);
        // Binning keeps every event's weight: the raster still integrates to the total weight.
        CHECK(r->integral() == Approx(weightSum).epsilon(2e-3));
        CHECK(r->totalWeight == Approx(weightSum));
    }

    SECTION("the other kernels on a fixed grid that cuts through the clusters")
    {
        // Lipschitz bounds: |K(p) − Σ bilinear weights · K(centre)| ≤ L · √2 cells, L the largest
        // slope of the kernel per cell; the cut Gaussian also jumps by e^{−4.5} of its peak at r.
        struct Case {
            Kernel kernel;
            double peakPerWeight; // kernel value at d = 0, events per km²
            double slopeCells;    // largest |dK/dd| per cell, as a fraction of the peak
            double jump;          // largest jump, as a fraction of the peak
        };
        const double sigma = ru / 3.0;
        const Case cases[] = {
            {Kernel::Epanechnikov, 2.0 / (pi * radius * radius) * 1e6, 2.0 / ru, 0.0},
            {Kernel::Triangular, 3.0 / (pi * radius * radius) * 1e6, 1.0 / ru, 0.0},
            {Kernel::Gaussian, kernelValue(Kernel::Gaussian, 0.0, radius), std::exp(-0.5) / sigma, std::exp(-4.5)},
        };
        for (const Case &k : cases) {
            INFO(toString(k.kernel).toStdString());
            KdeParameters p;
            p.kernel = k.kernel;
            p.radius = radius;
            p.grid = RasterGrid{1100.0, 5800.0, cell, 150, 130};
            p.method = KdeMethod::Binned;
            Feedback fb;
            auto r = kernelDensity(pts, w, p, fb);
            REQUIRE(r.ok());
            CHECK(r->binned);
            const Comparison c =
                compareWithDirectSum(*r, pts, w, radius, k.peakPerWeight * (k.slopeCells * std::sqrt(2.0) + k.jump),
                                     [&](double d) { return kernelValue(k.kernel, d, radius); });
            CHECK(c.maxExcess <= 1e-6 * c.maxValue);
            CHECK(c.correlation >= 0.9999);
        }
    }
}

TEST_CASE("the heat map chooses the binned convolution only where it pays and keeps counts exact", "[kde]")
{
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0.0, 2000.0);
    std::vector<PointXY> many(20000);
    for (PointXY &q : many)
        q = {640000.0 + u(rng), 6554000.0 + u(rng)};
    KdeParameters p; // quartic, 500 m, 10 m cells: 301 × 301 cells
    Feedback fb;
    auto big = kernelDensity(many, {}, p, fb);
    REQUIRE(big.ok());
    CHECK(big->binned);

    p.method = KdeMethod::Exact;
    auto exact = kernelDensity(many, {}, p, fb);
    REQUIRE(exact.ok());
    CHECK_FALSE(exact->binned);

    // One event: the exact sum is cheaper and keeps the kernel's own shape.
    p.method = KdeMethod::Automatic;
    const std::vector<PointXY> one{{640000.0, 6554000.0}};
    auto single = kernelDensity(one, {}, p, fb);
    REQUIRE(single.ok());
    CHECK_FALSE(single->binned);

    // The uniform kernel is a moving-window count: never binned unless asked.
    p.kernel = Kernel::Uniform;
    auto uniform = kernelDensity(many, {}, p, fb);
    REQUIRE(uniform.ok());
    CHECK_FALSE(uniform->binned);

    // A radius of a few cells would make the binning error visible: exact.
    p.kernel = Kernel::Quartic;
    p.radius = 100.0;
    p.cellSize = 10.0;
    auto coarse = kernelDensity(many, {}, p, fb);
    REQUIRE(coarse.ok());
    CHECK_FALSE(coarse->binned);

    Feedback canceled;
    canceled.cancel();
    p.method = KdeMethod::Binned;
    auto c = kernelDensity(many, {}, p, canceled);
    REQUIRE(c.ok());
    CHECK(c->canceled);
}
