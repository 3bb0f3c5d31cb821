#include "core/crs.h"

#include "support/catch_qt.h"

using namespace lb;

TEST_CASE("WGS 84 to SWEREF 99 TM matches cs2cs with x = east", "[core][crs]")
{
    auto t = CoordinateTransform::create(4326, 3006);
    REQUIRE(t.ok());
    // cs2cs EPSG:4326 EPSG:3006 on "59.3293 18.0686" prints 6580743.01 674571.87 (north, east).
    const PointXY p = t->transform(PointXY{18.0686, 59.3293});
    CHECK(p.x == Approx(674571.87).margin(0.01));
    CHECK(p.y == Approx(6580743.01).margin(0.01));

    auto back = CoordinateTransform::create(3006, 4326);
    REQUIRE(back.ok());
    const PointXY q = back->transform(p);
    CHECK(q.x == Approx(18.0686).margin(1e-8));
    CHECK(q.y == Approx(59.3293).margin(1e-8));
}

TEST_CASE("CRS information comes from the EPSG database", "[core][crs]")
{
    auto sweref = crsInfo(3006);
    REQUIRE(sweref.ok());
    CHECK(sweref->name == QStringLiteral("SWEREF99 TM"));
    CHECK(sweref->projected);
    CHECK(sweref->metric);
    CHECK(sweref->wkt.startsWith(QStringLiteral("PROJCS[\"SWEREF99 TM\"")));
    CHECK(sweref->areaOfUseLonLat.contains({18.07, 59.33}));

    auto wgs = crsInfo(4326);
    REQUIRE(wgs.ok());
    CHECK_FALSE(wgs->projected);

    CHECK_FALSE(crsInfo(999999).ok());
    CHECK(parseEpsg(QStringLiteral("EPSG:3021")) == 3021);
    CHECK(parseEpsg(QStringLiteral(" 3006 ")) == 3006);
    CHECK(parseEpsg(QStringLiteral("WGS84")) == 0);
}
