#pragma once

// Background-map fixtures shared by the render and app tests: a GeoTIFF written by GDAL in WGS 84
// over the sample store's municipality (see sample_store.h), with a known colour pattern.

#include "core/geometry.h"

#include <QString>

namespace lb::test {

// The sample municipality's centre in WGS 84 (longitude, latitude).
PointXY centreLonLat();

// A 200 × 100 px GeoTIFF in EPSG:4326 covering 0.04° × 0.02° around centreLonLat(): the western
// half pure red, the eastern half pure green. Returns `path`.
QString writeGeoTiff(const QString &path);

} // namespace lb::test
