// bench_gistar: Gi* on a grid of a million cells (1000 × 1000, fixed distance band of 5 cells,
// FDR bins), and a heat map at screen resolution (1920 × 1080 cells, 20 000 events), the
// redraw the map canvas needs. Prints the median of several runs.
//
//   bench_gistar [--threads N] [--runs N]

#include "analysis/gi_star.h"
#include "analysis/kernel_density.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace lb;
using namespace lb::analysis;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, int fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int threads = value(QStringLiteral("--threads"), 0);
    const int runs = value(QStringLiteral("--runs"), 5);

    const CellGrid grid = CellGrid::covering(Extent{0, 0, 99'999, 99'999}, CellShape::Square, 100.0);
    std::mt19937 rng(7);
    std::poisson_distribution<int> background(2.0);
    std::vector<double> counts(grid.cellCount());
    for (double &c : counts)
        c = background(rng);
    for (int k = 0; k < 50; ++k) { // clusters
        const int r0 = static_cast<int>(rng() % 990), c0 = static_cast<int>(rng() % 990);
        for (int r = r0; r < r0 + 10; ++r)
            for (int c = c0; c < c0 + 10; ++c)
                counts[static_cast<std::size_t>(r) * 1000 + c] += 6;
    }
    const std::vector<std::uint8_t> all(grid.cellCount(), 1);
    std::vector<NeighbourRun> band[2] = {grid.runsWithin(500.0, 0), grid.runsWithin(500.0, 1)};
    std::vector<double> times;
    std::size_t hot = 0;
    for (int i = 0; i < runs; ++i) {
        Feedback fb;
        QElapsedTimer t;
        t.start();
        GiStarParameters p;
        p.threads = threads;
        auto r = giStarOnGrid(grid, counts, all, band, p, fb);
        times.push_back(t.nsecsElapsed() / 1e6);
        if (!r)
            return 1;
        hot = r->hot[0] + r->hot[1] + r->hot[2];
    }
    std::sort(times.begin(), times.end());
    std::printf("Gi* on %zu cells, band 500 m (5 cells), FDR: median %.0f ms (%zu hot cells)\n", grid.cellCount(),
                times[times.size() / 2], hot);

    std::vector<PointXY> pts(20000);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> g(0.0, 1.0);
    for (std::size_t i = 0; i < pts.size(); ++i)
        pts[i] = i % 3 ? PointXY{u(rng) * 19200, u(rng) * 10800} : PointXY{9600 + g(rng) * 800, 5400 + g(rng) * 800};
    KdeParameters kp;
    kp.radius = 300.0; // 30 screen pixels
    kp.grid = RasterGrid{0.0, 10800.0, 10.0, 1920, 1080};
    kp.threads = threads;
    times.clear();
    for (int i = 0; i < runs; ++i) {
        Feedback fb;
        QElapsedTimer t;
        t.start();
        auto r = kernelDensity(pts, {}, kp, fb);
        times.push_back(t.nsecsElapsed() / 1e6);
        if (!r)
            return 1;
    }
    std::sort(times.begin(), times.end());
    std::printf("Heat map 1920 x 1080 cells, 20000 events, radius 30 cells: median %.0f ms\n", times[times.size() / 2]);
    return 0;
}
