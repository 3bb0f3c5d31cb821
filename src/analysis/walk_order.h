#pragma once

// The walking order of a safety walk's points: nearest neighbour from the start (the route's first
// point or the district's westmost corner), then 2-opt: any stretch of the path whose reversal
// makes the walk shorter is reversed, until none does. The path is open (it does not return to the
// start) and the start stays first. Pure functions; any thread may call them.

#include "core/geometry.h"

#include <span>
#include <vector>

namespace lb::analysis {

// The indices of `points` in walking order from `start`.
std::vector<std::size_t> walkingOrder(PointXY start, std::span<const PointXY> points);

// The length in metres of the open path start → points[order[0]] → points[order[1]] → …
double walkLength(PointXY start, std::span<const PointXY> points, std::span<const std::size_t> order);

// The westmost corner of the polygons' outer rings (the southmost of equals); {0, 0} when empty.
PointXY westmostPoint(const MultiPolygon &polygons);

// The distance from p to the nearest segment of the line (to its only point when it has one).
double distanceToLine(PointXY p, std::span<const PointXY> line);

} // namespace lb::analysis
