#pragma once

// Geometry between the GeoPackage binary form (a "GP" header, optionally an envelope, then WKB)
// and PostGIS's EWKB (WKB with the SRID inside), as hex text for COPY.

#include <QByteArray>

#include <cstdint>

namespace lb::pgstore {

// GeoPackage blob -> EWKB in hex with the given SRID; an empty QByteArray when it is no geometry.
QByteArray gpkgToEwkbHex(const unsigned char *data, int size, std::int32_t srid);

// WKB -> GeoPackage blob the way the store writes them: points without an envelope, every other
// geometry with its x/y envelope. Empty when the WKB cannot be read.
QByteArray wkbToGpkg(const QByteArray &wkb, std::int32_t srid);

} // namespace lb::pgstore
