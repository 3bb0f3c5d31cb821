// Fuzzes the GeoPackage geometry blob reader: the "GP" header with every envelope kind and
// byte order, and the WKB of points, line strings and polygons, single and multi. These blobs
// come from stores and GeoPackages the user opens, and from SQLite's R-tree triggers.
// Input: the blob.
//
// Properties: whatever decodes, encoded again and decoded, gives the same coordinates bit for
// bit, and the envelope the encoder writes is the extent of those coordinates.

#include "fuzz_check.h"
#include "store/gpkg_geometry.h"

#include <cstring>

using namespace lb;
using namespace lb::store;

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool same(const std::vector<PointXY> &a, const std::vector<PointXY> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!sameBits(a[i].x, b[i].x) || !sameBits(a[i].y, b[i].y))
            return false;
    return true;
}

bool same(const MultiPolygon &a, const MultiPolygon &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].rings.size() != b[i].rings.size())
            return false;
        for (size_t r = 0; r < a[i].rings.size(); ++r)
            if (!same(a[i].rings[r], b[i].rings[r]))
                return false;
    }
    return true;
}

const unsigned char *bytes(const QByteArray &blob)
{
    return reinterpret_cast<const unsigned char *>(blob.constData());
}

bool sameExtent(const std::optional<Extent> &a, const Extent &b)
{
    return a && sameBits(a->minX, b.minX) && sameBits(a->minY, b.minY) && sameBits(a->maxX, b.maxX) &&
           sameBits(a->maxY, b.maxY);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > (1 << 20))
        return 0;
    const int n = static_cast<int>(size);
    const auto header = readHeader(data, n);
    if (header)
        LB_FUZZ_CHECK(header->headerSize >= 8 && header->headerSize <= n);
    (void)blobExtent(data, n);
    const std::int32_t srsId = header ? header->srsId : 0;

    if (const auto p = decodePoint(data, n)) {
        const QByteArray blob = encodePoint(*p, srsId);
        const auto again = decodePoint(bytes(blob), static_cast<int>(blob.size()));
        LB_FUZZ_CHECK(again && sameBits(again->x, p->x) && sameBits(again->y, p->y));
    }
    if (const auto line = decodeLineString(data, n)) {
        const QByteArray blob = encodeLineString(*line, srsId);
        const auto again = decodeLineString(bytes(blob), static_cast<int>(blob.size()));
        LB_FUZZ_CHECK(again && same(*again, *line));
    }
    if (const auto lines = decodeMultiLineString(data, n)) {
        const QByteArray blob = encodeMultiLineString(*lines, srsId);
        const auto again = decodeMultiLineString(bytes(blob), static_cast<int>(blob.size()));
        LB_FUZZ_CHECK(again && again->size() == lines->size());
        for (size_t i = 0; i < lines->size(); ++i)
            LB_FUZZ_CHECK(same((*again)[i], (*lines)[i]));
        LB_FUZZ_CHECK(sameExtent(blobExtent(bytes(blob), static_cast<int>(blob.size())), extentOf(*lines)));
    }
    if (const auto polygons = decodeMultiPolygon(data, n)) {
        const QByteArray blob = encodeMultiPolygon(*polygons, srsId);
        const auto again = decodeMultiPolygon(bytes(blob), static_cast<int>(blob.size()));
        LB_FUZZ_CHECK(again && same(*again, *polygons));
        LB_FUZZ_CHECK(sameExtent(blobExtent(bytes(blob), static_cast<int>(blob.size())), extentOf(*polygons)));
    }
    return 0;
}
