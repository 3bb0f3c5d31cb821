#include "store/gpkg_geometry.h"

#include "support/catch_qt.h"

#include <cstring>

using namespace lb;
using namespace lb::store;

TEST_CASE("a point blob is the GeoPackage header followed by little-endian WKB", "[store][gpkg]")
{
    const QByteArray blob = encodePoint({1.5, -2.0}, 3006);
    // "GP", version 0, flags 0x01 (little-endian, no envelope), srs_id 3006 = 0x0BBE little-endian,
    // then WKB: byte order 1, type 1 (Point), x, y as IEEE doubles.
    QByteArray expected = QByteArray::fromHex("47500001BE0B0000"
                                              "0101000000");
    const double xy[] = {1.5, -2.0};
    expected.append(reinterpret_cast<const char *>(xy), sizeof xy);
    CHECK(blob.toHex() == expected.toHex());

    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    const auto p = decodePoint(data, static_cast<int>(blob.size()));
    REQUIRE(p);
    CHECK(*p == PointXY{1.5, -2.0});
    const auto e = blobExtent(data, static_cast<int>(blob.size()));
    REQUIRE(e);
    CHECK(*e == Extent{1.5, -2.0, 1.5, -2.0});
}

TEST_CASE("polygons and lines round-trip with an envelope", "[store][gpkg]")
{
    const MultiPolygon polys{
        Polygon{{LinearRing{{0, 0}, {4, 0}, {4, 3}, {0, 0}}, LinearRing{{1, 1}, {2, 1}, {2, 2}, {1, 1}}}},
        Polygon{{LinearRing{{10, 10}, {11, 10}, {11, 12}, {10, 10}}}}};
    const QByteArray blob = encodeMultiPolygon(polys, 3006);
    CHECK(static_cast<unsigned char>(blob[3]) == 0x03); // xy envelope, little-endian
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    const auto header = readHeader(data, static_cast<int>(blob.size()));
    REQUIRE(header);
    CHECK(header->srsId == 3006);
    CHECK(header->headerSize == 8 + 32);
    CHECK(*header->envelope == Extent{0, 0, 11, 12});
    const auto back = decodeMultiPolygon(data, static_cast<int>(blob.size()));
    REQUIRE(back);
    REQUIRE(back->size() == 2);
    CHECK(back->at(0).rings.size() == 2);
    CHECK(back->at(0).rings[1][2] == PointXY{2, 2});
    CHECK(back->at(1).rings[0][2] == PointXY{11, 12});

    const LineString line{{0, 0}, {5, 5}, {6, 1}};
    const QByteArray lineBlob = encodeLineString(line, 3006);
    const auto lines = decodeMultiLineString(reinterpret_cast<const unsigned char *>(lineBlob.constData()),
                                             static_cast<int>(lineBlob.size()));
    REQUIRE(lines);
    CHECK(lines->front() == line);
}

TEST_CASE("truncated and foreign blobs are refused, not read past their end", "[store][gpkg]")
{
    const QByteArray blob = encodePoint({1, 2}, 3006);
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    CHECK_FALSE(decodePoint(data, static_cast<int>(blob.size()) - 1));
    CHECK_FALSE(decodePoint(data, 4));
    const QByteArray wkbOnly = blob.mid(8);
    CHECK_FALSE(
        decodePoint(reinterpret_cast<const unsigned char *>(wkbOnly.constData()), static_cast<int>(wkbOnly.size())));
    // A point is not a polygon.
    CHECK_FALSE(decodeMultiPolygon(data, static_cast<int>(blob.size())));
}
