#include "core/geometry.h"

#include "support/catch_qt.h"

using namespace lb;

TEST_CASE("extent grows to include points and other extents", "[core][geometry]")
{
    Extent e;
    CHECK(e.isEmpty());
    e.include(PointXY{2, 3});
    e.include(PointXY{-1, 5});
    CHECK(e == Extent{-1, 3, 2, 5});
    CHECK(e.width() == 3);
    CHECK(e.height() == 2);
    CHECK(e.contains({0, 4}));
    CHECK_FALSE(e.contains({3, 4}));
    CHECK(e.intersects(Extent{2, 5, 9, 9}));
    CHECK_FALSE(e.intersects(Extent{2.5, 0, 9, 9}));
}

TEST_CASE("polygon area and containment honour holes", "[core][geometry]")
{
    // A 10 x 10 square with a 2 x 2 hole: area 100 - 4 = 96.
    const LinearRing outer{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    const LinearRing hole{{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}};
    const Polygon poly{{outer, hole}};
    CHECK(signedArea(outer) == Approx(100.0));
    CHECK(signedArea(hole) == Approx(-4.0));
    CHECK(area(poly) == Approx(96.0));
    CHECK(contains(poly, {1, 1}));
    CHECK_FALSE(contains(poly, {5, 5}));
    CHECK_FALSE(contains(poly, {11, 5}));

    // A right triangle with legs 3 and 4 has area 6.
    const MultiPolygon tri{Polygon{{LinearRing{{0, 0}, {3, 0}, {0, 4}, {0, 0}}}}};
    CHECK(area(tri) == Approx(6.0));
    CHECK(contains(tri, {1, 1}));
    CHECK_FALSE(contains(tri, {2.9, 3.9}));
}
