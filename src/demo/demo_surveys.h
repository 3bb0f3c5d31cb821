#pragma once

// Synthetic perceived-safety survey rounds for the demo: three rounds with a gap year, map pins
// where residents feel unsafe (clustered where the incident hotspots are at the time), and
// per-district answers whose respondent-weighted share feeling unsafe in the evening falls
// 36 % → 32 % → 31 %.

#include "core/records.h"

#include <vector>

namespace lb::demo {

class Random;
struct Geography;

struct SurveyRound {
    Survey survey;
    std::vector<SurveyPin> pins;       // surveyId filled in by the caller
    std::vector<SurveyAnswer> answers; // areaId holds the district index until the caller maps it
};

std::vector<SurveyRound> generateSurveys(const Geography &geo, int epsg, Random &random);

} // namespace lb::demo
