#pragma once

// The perceived-safety survey before and after an intervention: for each indicator ("feels
// unsafe outdoors in the evening"), the share in the target districts in the last survey round
// before the intervention's start year and in the first round after it, with Wilson intervals
// and Newcombe's interval for the change (analysis/statistics.h), and the same for the comparison
// districts when they have answers. A round in the start year itself is left out: it may have been
// asked before or after the start. Rounds missing on either side are said, not filled in.
//
// The districts' shares are pooled by respondents (yes = share × respondents), as the survey
// statistics do for a whole area. Pure function; any thread may call it.

#include "analysis/statistics.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::analysis {

// One round of one indicator in one area (districts already pooled).
struct SurveyRoundCount {
    int year = 0;
    double respondents = 0.0;
    double yes = 0.0;
};

struct SurveyIndicatorInput {
    QString indicator; // code, e.g. "unsafe_evening"
    QString label;     // for the sentences
    std::vector<SurveyRoundCount> target;
    std::vector<SurveyRoundCount> comparison; // empty: no comparison answers
};

struct SurveyAreaChange {
    bool measured = false; // a round on both sides
    int beforeYear = 0;
    int afterYear = 0;
    Proportion before;
    Proportion after;
    ProportionComparison change; // after − before
};

struct SurveyIndicatorChange {
    QString indicator;
    SurveyAreaChange target;
    SurveyAreaChange comparison;
    QString sentence;
};

struct InterventionSurveyResult {
    std::vector<SurveyIndicatorChange> indicators;
    QStringList notes; // why an indicator could not be compared
};

InterventionSurveyResult surveyBeforeAfter(const std::vector<SurveyIndicatorInput> &indicators, int startYear,
                                           double confidence = 0.95);

} // namespace lb::analysis
