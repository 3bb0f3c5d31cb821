#pragma once

// Turns the store's geometries into QPainterPaths in device pixels, and finds label positions.
// Free functions without state, callable from any thread.

#include "core/geometry.h"
#include "render/map_settings.h"

#include <QPainterPath>

namespace lb::render {

// The polygon rings as one path with the odd-even fill rule, so holes stay empty.
QPainterPath polygonPath(const MultiPolygon &polygons, const MapToPixel &toPixel);
QPainterPath linePath(const MultiLineString &lines, const MapToPixel &toPixel);
QPainterPath linePath(const LineString &line, const MapToPixel &toPixel);

// A point well inside the polygon for its label: the candidate on a grid over the largest part
// that lies farthest from every edge (a coarse "pole of inaccessibility"). Falls back to the
// extent's centre for degenerate input.
PointXY labelPoint(const MultiPolygon &polygons);

} // namespace lb::render
