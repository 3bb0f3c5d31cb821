#pragma once

// Polygon overlay through GDAL's geometry engine (GEOS), for building areas from other areas:
// the part of one multipolygon that lies inside another. Any thread may call these.

#include "core/geometry.h"
#include "core/result.h"

namespace lb::io {

// The intersection of two multipolygons; polygons of zero area are dropped.
Result<MultiPolygon> intersection(const MultiPolygon &a, const MultiPolygon &b);

} // namespace lb::io
