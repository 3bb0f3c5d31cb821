// CRS and coordinate-column guessing. Sample coordinates are made by transforming points inside
// each CRS's area of use; the expected answer is the CRS they were made in.

#include "core/crs.h"
#include "io/crs_guess.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;

namespace {
std::vector<PointXY> samplesIn(int epsg, PointXY centreLonLat)
{
    std::vector<PointXY> pts;
    for (int i = 0; i < 20; ++i)
        pts.push_back({centreLonLat.x + 0.01 * (i % 5), centreLonLat.y + 0.01 * (i / 5)});
    if (epsg != 4326) {
        auto t = CoordinateTransform::create(4326, epsg);
        REQUIRE(t.ok());
        t->transform(pts);
    }
    return pts;
}
} // namespace

TEST_CASE("the CRS of every supported system is recognised", "[io][crs]")
{
    for (int epsg : guessableCrs()) {
        auto info = crsInfo(epsg);
        REQUIRE(info.ok());
        const PointXY centre = epsg == 4326 ? PointXY{18.0686, 59.3293} : info->areaOfUseLonLat.center();
        INFO("EPSG:" << epsg);
        const auto pts = samplesIn(epsg, centre);
        const CrsGuess withReference = guessCrs(pts, centre);
        CHECK(withReference.epsg == epsg);
        CHECK_FALSE(withReference.swapAxes);
        CHECK_FALSE(withReference.explanation.isEmpty());
    }
}

TEST_CASE("WGS 84, SWEREF 99 TM and RT 90 need no reference point", "[io][crs]")
{
    const PointXY stockholm{18.0686, 59.3293};
    for (int epsg : {4326, 3006, 3021}) {
        INFO("EPSG:" << epsg);
        CHECK(guessCrs(samplesIn(epsg, stockholm)).epsg == epsg);
    }
}

TEST_CASE("northing in the x column is noticed", "[io][crs]")
{
    auto pts = samplesIn(3006, {18.0686, 59.3293});
    for (PointXY &p : pts)
        std::swap(p.x, p.y);
    const CrsGuess g = guessCrs(pts);
    CHECK(g.epsg == 3006);
    CHECK(g.swapAxes);
}

TEST_CASE("coordinates outside Sweden give no guess", "[io][crs]")
{
    const std::vector<PointXY> pts = {{2.35, 48.85}, {2.36, 48.86}}; // Paris
    CHECK(guessCrs(pts).epsg == 0);
    CHECK(guessCrs(std::vector<PointXY>{}).epsg == 0);
}

TEST_CASE("coordinate columns by English and Swedish names, and by values", "[io][crs]")
{
    const std::vector<QStringList> none;
    CHECK(guessCoordinateColumns({QStringLiteral("id"), QStringLiteral("lat"), QStringLiteral("lon")}, none).x ==
          QStringLiteral("lon"));
    auto sv = guessCoordinateColumns({QStringLiteral("Latitud"), QStringLiteral("Longitud")}, none);
    CHECK(sv.x == QStringLiteral("Longitud"));
    CHECK(sv.y == QStringLiteral("Latitud"));
    auto ne = guessCoordinateColumns({QStringLiteral("Nord"), QStringLiteral("Öst")}, none);
    CHECK(ne.x == QStringLiteral("Öst"));
    CHECK(ne.y == QStringLiteral("Nord"));
    auto en = guessCoordinateColumns({QStringLiteral("Northing"), QStringLiteral("Easting")}, none);
    CHECK(en.x == QStringLiteral("Easting"));
    auto koord = guessCoordinateColumns({QStringLiteral("x_koord"), QStringLiteral("y_koord")}, none);
    CHECK(koord.x == QStringLiteral("x_koord"));
    auto gps = guessCoordinateColumns({QStringLiteral("gps_lat"), QStringLiteral("gps_lon")}, none);
    CHECK(gps.y == QStringLiteral("gps_lat"));
    auto byValue = guessCoordinateColumns({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                          {{QStringLiteral("x1")},
                                           {QStringLiteral("59,33"), QStringLiteral("59,35")},
                                           {QStringLiteral("18,06"), QStringLiteral("18,07")}});
    CHECK(byValue.x == QStringLiteral("c"));
    CHECK(byValue.y == QStringLiteral("b"));
    CHECK_FALSE(guessCoordinateColumns({QStringLiteral("id"), QStringLiteral("text")}, none).isValid());
}
