#pragma once

// The demo municipality's geography: Södertälje's real outline (from the Election Authority's
// boundaries, see resources/demo/README.md) reprojected to the store's CRS, districts made by
// dividing the outline between real place names (a Voronoi partition), water and a road network.
// The districts and roads are synthetic: plausible, not surveyed.

#include "core/records.h"
#include "core/result.h"

#include <QString>

#include <vector>

namespace lb::demo {

class Random;

struct DistrictSeed {
    QString name;
    PointXY centre; // in the store CRS
    std::int64_t population = 0;
    bool urban = false;
};

struct Geography {
    MultiPolygon outline;
    std::vector<DistrictSeed> seeds;
    std::vector<Area> districts; // index-aligned with seeds
    std::vector<BaseFeature> water;
    std::vector<BaseFeature> roads;

    // True when p is on land inside the municipality.
    bool isLand(PointXY p) const;
    // The index of the district holding p, or -1.
    int districtAt(PointXY p) const;
};

// Projects WGS 84 longitude/latitude into the store CRS.
Result<PointXY> project(double lon, double lat, int epsg);

Result<Geography> buildGeography(int epsg, Random &random);

} // namespace lb::demo
