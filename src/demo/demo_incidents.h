#pragma once

// Synthetic incidents for the demo store with the rhythm and structure real data has: more in
// the evening and at weekends, a summer peak, a slow decline overall, two persistent hotspots,
// one that emerges in the last two years and one that fades.

#include "core/local_clock.h"
#include "core/records.h"

#include <vector>

namespace lb::demo {

class Random;
struct Geography;

struct IncidentPlan {
    int firstYear = 2021;
    int years = 5;
    int backgroundPerYear = 4400; // incidents spread over the populated areas, first year
};

std::vector<Incident> generateIncidents(const Geography &geo, const LocalClock &clock, const IncidentPlan &plan,
                                        int epsg, Random &random);

// Draws a local time in `year` with the weekly, daily and seasonal rhythm of disorder incidents.
Instant sampleIncidentTime(int year, const LocalClock &clock, Random &random);

} // namespace lb::demo
