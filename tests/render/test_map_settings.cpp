// MapSettings and PointGrid: the numbers every output depends on, checked against values
// worked out by hand.

#include "render/map_settings.h"
#include "render/point_grid.h"

#include <catch2/catch.hpp>

#include <random>

using lb::Extent;
using lb::PointXY;
using lb::render::MapSettings;

namespace {
MapSettings settings(Extent e, QSize size, double dpi = 96.0)
{
    MapSettings s;
    s.setExtent(e);
    s.setOutputSize(size);
    s.setOutputDpi(dpi);
    return s;
}
} // namespace

TEST_CASE("the requested extent is widened to the output's aspect ratio", "[render][settings]")
{
    // 10 km × 10 km into 1000 × 500 px: the height decides, 20 m per pixel, 20 km wide.
    const MapSettings s = settings({0, 0, 10000, 10000}, {1000, 500});
    CHECK(s.mapUnitsPerPixel() == Approx(20.0));
    const Extent v = s.visibleExtent();
    CHECK(v.minX == Approx(-5000.0));
    CHECK(v.maxX == Approx(15000.0));
    CHECK(v.minY == Approx(0.0));
    CHECK(v.maxY == Approx(10000.0));
}

TEST_CASE("scale denominator follows from metres per pixel and DPI", "[render][settings]")
{
    // 10 m per pixel at 96 DPI: one pixel is 0.0254/96 m on screen, so 1:(10 / (0.0254/96)).
    const MapSettings s = settings({0, 0, 10000, 10000}, {1000, 1000});
    CHECK(s.scaleDenominator() == Approx(37795.275).epsilon(1e-6));
    // At 300 DPI the same view is a larger scale number for the same ground per pixel.
    CHECK(settings({0, 0, 10000, 10000}, {1000, 1000}, 300).scaleDenominator() == Approx(118110.236).epsilon(1e-6));
}

TEST_CASE("map and pixel coordinates convert both ways, y pointing down", "[render][settings]")
{
    const MapSettings s = settings({600000, 6550000, 610000, 6558000}, {1000, 800});
    CHECK(s.toPixel(PointXY{600000, 6558000}) == QPointF(0, 0));
    CHECK(s.toPixel(PointXY{610000, 6550000}) == QPointF(1000, 800));
    const QPointF p = s.toPixel(PointXY{603250, 6554100});
    CHECK(p.x() == Approx(325.0));
    CHECK(p.y() == Approx(390.0));
    const PointXY back = s.toMap(p);
    CHECK(back.x == Approx(603250.0));
    CHECK(back.y == Approx(6554100.0));
}

TEST_CASE("zooming keeps the point under the cursor in place", "[render][settings]")
{
    const MapSettings s = settings({0, 0, 8000, 6000}, {800, 600});
    const QPointF cursor(200, 450);
    const PointXY before = s.toMap(cursor);
    const MapSettings z = s.zoomedAt(cursor, 2.0);
    CHECK(z.mapUnitsPerPixel() == Approx(5.0));
    const PointXY after = z.toMap(cursor);
    CHECK(after.x == Approx(before.x));
    CHECK(after.y == Approx(before.y));
}

TEST_CASE("panning moves the map with the pointer", "[render][settings]")
{
    const MapSettings s = settings({0, 0, 8000, 6000}, {800, 600});
    // Dragging 100 px right and 50 px down shows what was 1 km west and 500 m north.
    const MapSettings p = s.panned(QPointF(100, 50));
    CHECK(p.visibleExtent().minX == Approx(-1000.0));
    CHECK(p.visibleExtent().maxY == Approx(6500.0));
    CHECK(p.mapUnitsPerPixel() == Approx(10.0));
}

TEST_CASE("the point grid finds exactly the points a brute-force scan finds", "[render][grid]")
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> ux(600000, 620000), uy(6540000, 6560000);
    std::vector<PointXY> points(50000);
    for (PointXY &p : points)
        p = {ux(rng), uy(rng)};
    lb::render::PointGrid grid;
    grid.build(points, 32);
    REQUIRE(grid.order().size() == points.size());

    const Extent query{605123, 6545000, 607900, 6551234};
    size_t expected = 0;
    for (const PointXY &p : points)
        expected += query.contains(p) ? 1 : 0;
    size_t found = 0;
    for (const auto &range : grid.query(query)) {
        for (std::uint32_t i = range.begin; i < range.end; ++i)
            found += query.contains(points[grid.order()[i]]) ? 1 : 0;
    }
    CHECK(found == expected);
    CHECK(expected > 1000);
    // An extent beside the data finds nothing.
    CHECK(grid.query(Extent{0, 0, 10, 10}).empty());
}
