#pragma once

// DBSCAN (Ester et al. 1996) on projected points in metres: a cluster is a set of points each
// within `radius` of a core point, and a core point has at least `minPoints` points within
// `radius`, itself included (as MinPts in the paper and min_samples in scikit-learn). Points in no
// cluster are noise. A border point within reach of two clusters joins the one that reaches it
// first in input order, as in the original algorithm. Neighbour searches use a bucket grid of
// `radius`-sized cells, so each search looks at 3 × 3 buckets. Pure function; any thread may call it.

#include "core/feedback.h"
#include "core/geometry.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

struct DbscanParameters {
    double radius = 100.0;     // metres (ε); "within" includes the distance itself
    std::size_t minPoints = 5; // neighbours within radius, the point itself included
};

struct DbscanResult {
    std::vector<int> label;         // cluster 0.., or −1 for noise
    std::vector<std::uint8_t> core; // 1 for core points
    int clusterCount = 0;
    std::size_t noise = 0;
    bool canceled = false;
};

DbscanResult dbscan(std::span<const PointXY> points, const DbscanParameters &parameters, Feedback &feedback);

} // namespace lb::analysis
