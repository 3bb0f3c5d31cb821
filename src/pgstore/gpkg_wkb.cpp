#include "pgstore/gpkg_wkb.h"

#include "store/gpkg_geometry.h"

#include <cstring>

namespace lb::pgstore {

namespace {

constexpr std::uint32_t kEwkbSridFlag = 0x20000000;

void putUint32(QByteArray &out, std::uint32_t v, bool little)
{
    for (int i = 0; i < 4; ++i) {
        const int shift = little ? 8 * i : 8 * (3 - i);
        out.append(static_cast<char>((v >> shift) & 0xff));
    }
}

std::uint32_t getUint32(const unsigned char *p, bool little)
{
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const int shift = little ? 8 * i : 8 * (3 - i);
        v |= static_cast<std::uint32_t>(p[i]) << shift;
    }
    return v;
}

void putDouble(QByteArray &out, double d)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, &d, sizeof bits);
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((bits >> (8 * i)) & 0xff));
}

} // namespace

QByteArray gpkgToEwkbHex(const unsigned char *data, int size, std::int32_t srid)
{
    const auto header = store::readHeader(data, size);
    if (!header || size < header->headerSize + 5)
        return {};
    const unsigned char *wkb = data + header->headerSize;
    const int wkbSize = size - header->headerSize;
    const bool little = wkb[0] == 1;
    QByteArray ewkb;
    ewkb.reserve(wkbSize + 4);
    ewkb.append(static_cast<char>(wkb[0]));
    putUint32(ewkb, getUint32(wkb + 1, little) | kEwkbSridFlag, little);
    putUint32(ewkb, static_cast<std::uint32_t>(srid), little);
    ewkb.append(reinterpret_cast<const char *>(wkb + 5), wkbSize - 5);
    return ewkb.toHex();
}

QByteArray wkbToGpkg(const QByteArray &wkb, std::int32_t srid)
{
    if (wkb.size() < 5)
        return {};
    // A header without an envelope first: the store's own reader then finds the extent.
    QByteArray blob("GP");
    blob.append('\0');
    blob.append(static_cast<char>(0x01));
    putUint32(blob, static_cast<std::uint32_t>(srid), true);
    blob.append(wkb);
    const auto *bytes = reinterpret_cast<const unsigned char *>(wkb.constData());
    const std::uint32_t type = getUint32(bytes + 1, bytes[0] == 1) & 0x0fffffff;
    if (type == static_cast<std::uint32_t>(store::WkbType::Point))
        return blob;
    const auto extent =
        store::blobExtent(reinterpret_cast<const unsigned char *>(blob.constData()), static_cast<int>(blob.size()));
    if (!extent)
        return blob;
    QByteArray withEnvelope("GP");
    withEnvelope.append('\0');
    withEnvelope.append(static_cast<char>(0x03));
    putUint32(withEnvelope, static_cast<std::uint32_t>(srid), true);
    putDouble(withEnvelope, extent->minX);
    putDouble(withEnvelope, extent->maxX);
    putDouble(withEnvelope, extent->minY);
    putDouble(withEnvelope, extent->maxY);
    withEnvelope.append(wkb);
    return withEnvelope;
}

} // namespace lb::pgstore
