#pragma once

// Survey statistics for the yearly perceived-safety survey (trygghetsmätning):
//
// - surveyShares: the share answering yes to an indicator ("feels unsafe outdoors in the
//   evening") per district and round, with Wilson intervals, and the change between consecutive
//   rounds of the same district with the pooled two-proportion z-test and Newcombe's interval for
//   the difference, Benjamini–Hochberg adjusted over the districts of each pair of rounds (the
//   whole-area row is one headline test and is not adjusted). Years without a round stay
//   gaps: they appear as unmeasured rows and are never filled in, and a change across a gap says
//   how many years apart the rounds are. A "whole area" row pools the respondents of all districts
//   (unweighted: districts with more respondents count more).
// - pinClusters: where do the map pins concentrate? DBSCAN in metres, then for each cluster its
//   size, centre, spread and most common reasons.
//
// Pure functions; any thread may call them.

#include "analysis/dbscan.h"
#include "analysis/statistics.h"
#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <span>
#include <utility>
#include <vector>

namespace lb::analysis {

// One row per district and round: `yes` of `respondents` answered yes.
struct SurveyShareInput {
    std::span<const int> year;
    std::span<const int> district; // index into districtNames
    std::span<const double> respondents;
    std::span<const double> yes;
    QStringList districtNames;
};

struct SurveyShareParameters {
    double confidence = 0.95;
    double alpha = 0.05;   // significance level for the sentences (applied to FDR-adjusted p)
    bool wholeArea = true; // add the pooled row (district −1)
};

struct SurveyShare {
    int district = -1; // −1: the whole area
    int year = 0;
    bool measured = false; // false: no round that year (a gap, not a zero)
    double respondents = 0.0;
    double yes = 0.0;
    Proportion share; // NaN estimate when not measured
};

struct SurveyChange {
    int district = -1;
    int fromYear = 0;
    int toYear = 0;
    ProportionComparison comparison;
    double qValue = 1.0;
    QString sentence;
};

struct SurveyShareResult {
    std::vector<int> years;          // every calendar year from the first round to the last
    std::vector<SurveyShare> shares; // district-major (whole area last), one per year
    std::vector<SurveyChange> changes;
    QStringList notes;
};

Result<SurveyShareResult> surveyShares(const SurveyShareInput &input, const SurveyShareParameters &parameters);

struct PinClusterParameters {
    DbscanParameters dbscan{150.0, 8};
    int topReasons = 3;
};

struct PinCluster {
    int id = 0;
    std::size_t size = 0;
    PointXY centre;                                       // mean position
    double radius = 0.0;                                  // distance from the centre to the farthest pin
    double meanRating = 0.0;                              // NaN when no pin has a rating
    std::vector<std::pair<QString, std::size_t>> reasons; // most common first, empty reasons skipped
};

struct PinClusterResult {
    DbscanResult dbscan;
    std::vector<PinCluster> clusters; // largest first
    bool canceled = false;
};

// `reasons` and `ratings` may be empty; ratings of 0 mean "no rating".
PinClusterResult pinClusters(std::span<const PointXY> points, std::span<const QString> reasons,
                             std::span<const int> ratings, const PinClusterParameters &parameters, Feedback &feedback);

} // namespace lb::analysis
