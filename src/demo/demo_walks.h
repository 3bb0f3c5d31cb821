#pragma once

// Synthetic safety walks for the demo: three autumn walks (2023, 2024, 2025) with routes around
// the places residents worry about, and 10–30 findings each whose follow-up status depends on
// how long ago the walk was.

#include "core/records.h"

#include <vector>

namespace lb::demo {

class Random;
struct Geography;

struct WalkPlan {
    Walk walk;                         // areaId holds the district index until the caller maps it
    std::vector<WalkFinding> findings; // walkId filled in by the caller
};

std::vector<WalkPlan> generateWalks(const Geography &geo, int epsg, Random &random);

} // namespace lb::demo
