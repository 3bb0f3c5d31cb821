#include "store/gpkg_geometry.h"

#include <sqlite3.h>

#include <bit>
#include <cstring>

namespace lb::store {

namespace {

static_assert(std::endian::native == std::endian::little, "blob encoders assume a little-endian host");

class Writer {
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {}
    void u8(std::uint8_t v) { m_out.append(static_cast<char>(v)); }
    void u32(std::uint32_t v) { m_out.append(reinterpret_cast<const char *>(&v), 4); }
    void i32(std::int32_t v) { m_out.append(reinterpret_cast<const char *>(&v), 4); }
    void f64(double v) { m_out.append(reinterpret_cast<const char *>(&v), 8); }
    void point(PointXY p)
    {
        f64(p.x);
        f64(p.y);
    }
    void header(std::int32_t srsId, const Extent *envelope)
    {
        m_out.append("GP", 2);
        u8(0); // version 1
        // bit 0: little-endian; bits 1-3: envelope kind (1 = minx, maxx, miny, maxy)
        u8(envelope ? 0x03 : 0x01);
        i32(srsId);
        if (envelope) {
            f64(envelope->minX);
            f64(envelope->maxX);
            f64(envelope->minY);
            f64(envelope->maxY);
        }
    }
    void wkbHeader(WkbType type)
    {
        u8(1); // little-endian
        u32(static_cast<std::uint32_t>(type));
    }
    void ring(const std::vector<PointXY> &points)
    {
        u32(static_cast<std::uint32_t>(points.size()));
        for (const PointXY &p : points)
            point(p);
    }

private:
    QByteArray &m_out;
};

class Reader {
public:
    Reader(const unsigned char *data, int size)
        : m_p(data)
        , m_end(data + size)
    {}
    bool ok() const { return m_ok; }
    void setLittle(bool little) { m_swap = little != (std::endian::native == std::endian::little); }
    std::uint8_t u8()
    {
        if (!need(1))
            return 0;
        return *m_p++;
    }
    std::uint32_t u32()
    {
        std::uint32_t v = 0;
        read(&v, 4);
        return m_swap ? byteswap32(v) : v;
    }
    double f64()
    {
        std::uint64_t v = 0;
        read(&v, 8);
        if (m_swap)
            v = byteswap64(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }
    PointXY point() { return {f64(), f64()}; }
    // WKB geometry header: byte order + type (ISO Z/M variants are refused).
    std::uint32_t wkbHeader()
    {
        setLittle(u8() == 1);
        return u32();
    }
    std::vector<PointXY> points()
    {
        const std::uint32_t n = u32();
        std::vector<PointXY> pts;
        if (!need(static_cast<size_t>(n) * 16))
            return pts;
        pts.reserve(n);
        for (std::uint32_t i = 0; i < n; ++i)
            pts.push_back(point());
        return pts;
    }
    Polygon polygon()
    {
        Polygon poly;
        const std::uint32_t rings = u32();
        for (std::uint32_t i = 0; i < rings && m_ok; ++i)
            poly.rings.push_back(points());
        return poly;
    }

private:
    static std::uint32_t byteswap32(std::uint32_t v) { return __builtin_bswap32(v); }
    static std::uint64_t byteswap64(std::uint64_t v) { return __builtin_bswap64(v); }
    bool need(size_t n)
    {
        if (!m_ok || static_cast<size_t>(m_end - m_p) < n) {
            m_ok = false;
            return false;
        }
        return true;
    }
    void read(void *dst, size_t n)
    {
        if (!need(n))
            return;
        std::memcpy(dst, m_p, n);
        m_p += n;
    }
    const unsigned char *m_p;
    const unsigned char *m_end;
    bool m_swap = false;
    bool m_ok = true;
};

const unsigned char *wkbStart(const unsigned char *data, int size, int *wkbSize)
{
    const auto header = readHeader(data, size);
    if (!header || header->empty)
        return nullptr;
    *wkbSize = size - header->headerSize;
    return data + header->headerSize;
}

} // namespace

void encodePoint(PointXY p, std::int32_t srsId, QByteArray &out)
{
    // Written once per imported row: straight into a buffer of the blob's size, which resize()
    // keeps when `out` already holds a point.
    constexpr int kSize = 8 + 1 + 4 + 16;
    out.resize(kSize);
    char *d = out.data();
    d[0] = 'G';
    d[1] = 'P';
    d[2] = 0;    // version 1
    d[3] = 0x01; // little-endian, no envelope
    std::memcpy(d + 4, &srsId, 4);
    d[8] = 1; // WKB little-endian
    const auto type = static_cast<std::uint32_t>(WkbType::Point);
    std::memcpy(d + 9, &type, 4);
    std::memcpy(d + 13, &p.x, 8);
    std::memcpy(d + 21, &p.y, 8);
}

QByteArray encodePoint(PointXY p, std::int32_t srsId)
{
    QByteArray out;
    out.reserve(29);
    encodePoint(p, srsId, out);
    return out;
}

QByteArray encodeLineString(const LineString &line, std::int32_t srsId)
{
    QByteArray out;
    Writer w(out);
    const Extent e = extentOf(line);
    w.header(srsId, &e);
    w.wkbHeader(WkbType::LineString);
    w.ring(line);
    return out;
}

QByteArray encodeMultiLineString(const MultiLineString &lines, std::int32_t srsId)
{
    QByteArray out;
    Writer w(out);
    const Extent e = extentOf(lines);
    w.header(srsId, &e);
    w.wkbHeader(WkbType::MultiLineString);
    w.u32(static_cast<std::uint32_t>(lines.size()));
    for (const LineString &line : lines) {
        w.wkbHeader(WkbType::LineString);
        w.ring(line);
    }
    return out;
}

QByteArray encodeMultiPolygon(const MultiPolygon &polygons, std::int32_t srsId)
{
    QByteArray out;
    Writer w(out);
    const Extent e = extentOf(polygons);
    w.header(srsId, &e);
    w.wkbHeader(WkbType::MultiPolygon);
    w.u32(static_cast<std::uint32_t>(polygons.size()));
    for (const Polygon &poly : polygons) {
        w.wkbHeader(WkbType::Polygon);
        w.u32(static_cast<std::uint32_t>(poly.rings.size()));
        for (const LinearRing &ring : poly.rings)
            w.ring(ring);
    }
    return out;
}

std::optional<BlobHeader> readHeader(const unsigned char *data, int size)
{
    if (!data || size < 8 || data[0] != 'G' || data[1] != 'P')
        return std::nullopt;
    const std::uint8_t flags = data[3];
    Reader r(data + 4, size - 4);
    r.setLittle(flags & 0x01);
    BlobHeader h;
    h.srsId = static_cast<std::int32_t>(r.u32());
    h.empty = flags & 0x10;
    const int envelopeKind = (flags >> 1) & 0x07;
    static constexpr int kEnvelopeDoubles[] = {0, 4, 6, 6, 8};
    if (envelopeKind > 4)
        return std::nullopt;
    if (envelopeKind > 0) {
        Extent e;
        e.minX = r.f64();
        e.maxX = r.f64();
        e.minY = r.f64();
        e.maxY = r.f64();
        for (int i = 4; i < kEnvelopeDoubles[envelopeKind]; ++i)
            r.f64();
        h.envelope = e;
    }
    h.headerSize = 8 + kEnvelopeDoubles[envelopeKind] * 8;
    if (!r.ok() || h.headerSize > size)
        return std::nullopt;
    return h;
}

std::optional<PointXY> decodePoint(const unsigned char *data, int size)
{
    int wkbSize = 0;
    const unsigned char *wkb = wkbStart(data, size, &wkbSize);
    if (!wkb)
        return std::nullopt;
    Reader r(wkb, wkbSize);
    if (r.wkbHeader() != static_cast<std::uint32_t>(WkbType::Point))
        return std::nullopt;
    const PointXY p = r.point();
    if (!r.ok())
        return std::nullopt;
    return p;
}

std::optional<LineString> decodeLineString(const unsigned char *data, int size)
{
    auto lines = decodeMultiLineString(data, size);
    if (!lines || lines->empty())
        return std::nullopt;
    return std::move(lines->front());
}

std::optional<MultiLineString> decodeMultiLineString(const unsigned char *data, int size)
{
    int wkbSize = 0;
    const unsigned char *wkb = wkbStart(data, size, &wkbSize);
    if (!wkb)
        return std::nullopt;
    Reader r(wkb, wkbSize);
    MultiLineString out;
    const std::uint32_t type = r.wkbHeader();
    if (type == static_cast<std::uint32_t>(WkbType::LineString)) {
        out.push_back(r.points());
    } else if (type == static_cast<std::uint32_t>(WkbType::MultiLineString)) {
        const std::uint32_t n = r.u32();
        for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
            if (r.wkbHeader() != static_cast<std::uint32_t>(WkbType::LineString))
                return std::nullopt;
            out.push_back(r.points());
        }
    } else {
        return std::nullopt;
    }
    if (!r.ok())
        return std::nullopt;
    return out;
}

std::optional<MultiPolygon> decodeMultiPolygon(const unsigned char *data, int size)
{
    int wkbSize = 0;
    const unsigned char *wkb = wkbStart(data, size, &wkbSize);
    if (!wkb)
        return std::nullopt;
    Reader r(wkb, wkbSize);
    MultiPolygon out;
    const std::uint32_t type = r.wkbHeader();
    if (type == static_cast<std::uint32_t>(WkbType::Polygon)) {
        out.push_back(r.polygon());
    } else if (type == static_cast<std::uint32_t>(WkbType::MultiPolygon)) {
        const std::uint32_t n = r.u32();
        for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
            if (r.wkbHeader() != static_cast<std::uint32_t>(WkbType::Polygon))
                return std::nullopt;
            out.push_back(r.polygon());
        }
    } else {
        return std::nullopt;
    }
    if (!r.ok())
        return std::nullopt;
    return out;
}

std::optional<Extent> blobExtent(const unsigned char *data, int size)
{
    const auto header = readHeader(data, size);
    if (!header || header->empty)
        return std::nullopt;
    if (header->envelope)
        return header->envelope;
    if (auto p = decodePoint(data, size))
        return Extent{p->x, p->y, p->x, p->y};
    if (auto lines = decodeMultiLineString(data, size))
        return extentOf(*lines);
    if (auto polys = decodeMultiPolygon(data, size))
        return extentOf(*polys);
    return std::nullopt;
}

namespace {

template <int Which> void extentFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const auto e = blobExtent(data, size);
    if (!e) {
        sqlite3_result_null(ctx);
        return;
    }
    const double values[] = {e->minX, e->maxX, e->minY, e->maxY};
    sqlite3_result_double(ctx, values[Which]);
}

void isEmptyFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const auto header = readHeader(data, sqlite3_value_bytes(argv[0]));
    if (!header) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, header->empty ? 1 : 0);
}

void isAssignableFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *expected = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *actual = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    const bool same = expected && actual && sqlite3_stricmp(expected, actual) == 0;
    const bool generic = expected && sqlite3_stricmp(expected, "GEOMETRY") == 0;
    sqlite3_result_int(ctx, same || generic ? 1 : 0);
}

} // namespace

void registerGeoPackageFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db, "ST_MinX", 1, flags, nullptr, extentFunction<0>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxX", 1, flags, nullptr, extentFunction<1>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MinY", 1, flags, nullptr, extentFunction<2>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxY", 1, flags, nullptr, extentFunction<3>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_IsEmpty", 1, flags, nullptr, isEmptyFunction, nullptr, nullptr);
    sqlite3_create_function(db, "GPKG_IsAssignable", 2, flags, nullptr, isAssignableFunction, nullptr, nullptr);
}

} // namespace lb::store
