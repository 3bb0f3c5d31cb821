#pragma once

// GeoPackage geometry blobs: the "GP" header (version, flags, srs_id, optional envelope)
// followed by ISO WKB, little-endian. Encoders write what GDAL writes (no envelope for points,
// an xy envelope otherwise); decoders accept either byte order and any envelope kind.

#include "core/geometry.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

struct sqlite3;

namespace lb::store {

enum class WkbType : std::uint32_t {
    Point = 1,
    LineString = 2,
    Polygon = 3,
    MultiPoint = 4,
    MultiLineString = 5,
    MultiPolygon = 6,
};

// Appends a point blob to out (cleared first); reuse `out` in hot loops to avoid allocations.
void encodePoint(PointXY p, std::int32_t srsId, QByteArray &out);
QByteArray encodePoint(PointXY p, std::int32_t srsId);
QByteArray encodeLineString(const LineString &line, std::int32_t srsId);
QByteArray encodeMultiLineString(const MultiLineString &lines, std::int32_t srsId);
QByteArray encodeMultiPolygon(const MultiPolygon &polygons, std::int32_t srsId);

struct BlobHeader {
    std::int32_t srsId = 0;
    bool empty = false;
    std::optional<Extent> envelope;
    int headerSize = 0; // offset of the WKB
};

std::optional<BlobHeader> readHeader(const unsigned char *data, int size);

// The geometry's bounding box: the header's envelope when there is one, otherwise from the WKB.
std::optional<Extent> blobExtent(const unsigned char *data, int size);

std::optional<PointXY> decodePoint(const unsigned char *data, int size);
std::optional<LineString> decodeLineString(const unsigned char *data, int size);
// Polygons and multipolygons both decode to a MultiPolygon.
std::optional<MultiPolygon> decodeMultiPolygon(const unsigned char *data, int size);
// LineStrings and MultiLineStrings both decode to a MultiLineString.
std::optional<MultiLineString> decodeMultiLineString(const unsigned char *data, int size);

// Registers ST_MinX, ST_MaxX, ST_MinY, ST_MaxY, ST_IsEmpty and GPKG_IsAssignable on a
// connection, so the GeoPackage R-tree triggers work on our own connections.
void registerGeoPackageFunctions(sqlite3 *db);

} // namespace lb::store
