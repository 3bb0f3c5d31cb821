#pragma once

// Neighbour lists (binary spatial weights) for features that are not cells of one regular grid:
// districts, polygons from a file, points with values. Stored compactly (CSR): the neighbours
// of feature i are index[start[i] .. start[i + 1]). A feature is never its own neighbour here;
// Gi* adds the feature itself. Pure functions; any thread may call them.

#include "core/geometry.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

struct NeighbourList {
    std::vector<std::size_t> start{0};
    std::vector<std::uint32_t> index;

    std::size_t size() const { return start.size() - 1; }
    std::span<const std::uint32_t> of(std::size_t i) const
    {
        return {index.data() + start[i], start[i + 1] - start[i]};
    }
    std::size_t countOf(std::size_t i) const { return start[i + 1] - start[i]; }
};

// Features whose centres lie within `distance` metres (inclusive).
NeighbourList distanceBandNeighbours(std::span<const PointXY> centres, double distance);
// The k nearest other features (ties broken by index). Not symmetric: j may be among i's
// nearest without i being among j's.
NeighbourList kNearestNeighbours(std::span<const PointXY> centres, int k);
// Polygons that share at least one boundary vertex (queen contiguity), vertices matching within
// `tolerance` metres, which is how districts cut from one map meet.
NeighbourList contiguityNeighbours(std::span<const MultiPolygon> polygons, double tolerance = 0.01);

// Distance from each point to the nearest other point at a different location (coincident
// points are skipped); infinity when all points coincide.
std::vector<double> nearestNeighbourDistances(std::span<const PointXY> points);
// Distance from each point to its k-th nearest other point.
std::vector<double> kthNeighbourDistances(std::span<const PointXY> points, int k);

// A representative inner point of a polygon for distances: the area-weighted centroid of its
// outer rings.
PointXY centroid(const MultiPolygon &polygons);

} // namespace lb::analysis
