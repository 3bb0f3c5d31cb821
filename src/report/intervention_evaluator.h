#pragma once

// Evaluates an intervention stored in a store: reads it and the incidents of the chosen
// categories, places every incident in the target area, buffer zone or comparison area (the
// district given, or the one proposed from the districts most like the target before the start)
// and runs analysis::evaluateIntervention; then compares the survey indicators of the target's
// districts before and after the start (analysis::surveyBeforeAfter). The CLI's `evaluate` and the app's interventions
// panel both call it, then write the tables and draw the chart from the report.
//
// Uses the given store on the caller's thread (a worker opens its own read-only store).

#include "analysis/intervention_evaluation.h"
#include "analysis/intervention_survey.h"
#include "core/feedback.h"
#include "core/intervention.h"

#include "store/store_reader.h"

#include <QStringList>

namespace lb::report {

struct EvaluationRequest {
    std::int64_t interventionId = 0;
    QStringList categories;      // codes; empty: all
    QString comparison;          // district name; empty or "auto": proposed
    double bufferMetres = 300.0; // 0: no buffer zone
    int beforeMonths = 12;
    QDate asOf; // last day the data are complete; invalid: the latest incident
};

struct EvaluationReport {
    Intervention intervention;
    QString kindLabel;
    QString categories;     // as asked, empty: all
    QString comparisonName; // the comparison district
    QString comparisonHow;  // "chosen", or why it was proposed
    bool comparisonProposed = false;
    double bufferMetres = 0.0;
    long long leftOutImprecise = 0; // incidents placed at a centroid or dated only to the year
    analysis::InterventionEvaluationResult result;
    // The survey indicators in the districts of the target area (and of the comparison area) in
    // the rounds before and after the start; its sentences and notes are also in result.
    QStringList surveyDistricts;
    analysis::InterventionSurveyResult survey;
};

Result<EvaluationReport> evaluateStoredIntervention(const store::StoreReader &store, const EvaluationRequest &request,
                                                    Feedback &feedback);
inline Result<EvaluationReport> evaluateStoredIntervention(const store::Store &store, const EvaluationRequest &request,
                                                           Feedback &feedback)
{
    return evaluateStoredIntervention(*store::readerFor(store), request, feedback);
}

} // namespace lb::report
