// Grids over events with a broken position: one coordinate of 1e308 (or an infinite one) makes an
// extent no grid can cover. The analyses must say so instead of aborting the program.

#include "analysis/cell_grid.h"
#include "analysis/hotspot_analysis.h"
#include "analysis/kernel_density.h"
#include "analysis/raster_grid.h"
#include "core/feedback.h"

#include <catch2/catch.hpp>

#include <limits>
#include <vector>

using namespace lb;
using namespace lb::analysis;

namespace {
// 60 events clustered in a 600 m square, plus one broken position far away.
std::vector<PointXY> eventsWith(PointXY broken)
{
    std::vector<PointXY> pts;
    for (int i = 0; i < 60; ++i)
        pts.push_back({674000.0 + 10.0 * (i % 60) + (i % 7) * 3.0, 6580000.0 + 10.0 * (i / 6)});
    pts.push_back(broken);
    return pts;
}
} // namespace

TEST_CASE("grids over an extent that is not finite or too large are invalid", "[grid][hostile]")
{
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_FALSE(CellGrid::covering(Extent{0, 0, inf, 10}, CellShape::Square, 10).isValid());
    CHECK_FALSE(CellGrid::covering(Extent{-1e308, 0, 1e308, 10}, CellShape::Hexagon, 10).isValid());
    // 1e308 m wide at 100 m cells: 1e306 columns, far past any count an int or memory holds.
    CHECK_FALSE(CellGrid::covering(Extent{0, 0, 1e308, 6.6e6}, CellShape::Square, 100).isValid());
    CHECK_FALSE(RasterGrid::heatmapGrid(Extent{0, 0, 1e308, 10}, 500, 100).isValid());
    CHECK_FALSE(RasterGrid::covering(Extent{0, 0, inf, 10}, 100).isValid());
    // An ordinary municipality still gets its grid: 30 km × 25 km at 100 m is 300 × 250 cells,
    // plus the one cell of margin covering() adds on each axis.
    const CellGrid g = CellGrid::covering(Extent{660000, 6570000, 690000, 6595000}, CellShape::Square, 100);
    REQUIRE(g.isValid());
    CHECK(g.cols() == 301);
    CHECK(g.rows() == 251);
}

TEST_CASE("hot spots and heat maps refuse a broken position instead of aborting", "[grid][hostile][gistar]")
{
    Feedback fb;
    const std::vector<PointXY> pts = eventsWith({1e308, 6580000.0});
    HotspotInput in{pts, {}, {}};
    auto hot = hotspotAnalysis(in, HotspotParameters{}, fb);
    REQUIRE_FALSE(hot.ok());
    CHECK(hot.errorMessage().contains(QStringLiteral("no usable grid")));

    HotspotParameters fixed;
    fixed.cellSize = 100;
    hot = hotspotAnalysis(in, fixed, fb);
    REQUIRE_FALSE(hot.ok());
    CHECK(hot.errorMessage().contains(QStringLiteral("no usable grid")));

    KdeParameters kp;
    kp.radius = 500;
    kp.cellSize = 100;
    auto kde = kernelDensity(pts, {}, kp, fb);
    REQUIRE_FALSE(kde.ok());
}
