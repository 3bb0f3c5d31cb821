#pragma once

// Evaluation of one intervention (insats): did incidents fall in the target area, compared with a
// comparison area, and did they move into a buffer zone around it?
//
// Periods: whole calendar months. The before period is the N months just before the month the
// intervention starts; the after period is N months from the start (from the next month when the
// start is not the 1st; that month of transition is drawn but counted in neither period). N is
// the months asked for, shortened so that both periods lie inside the data (periods of equal length).
//
// Measures, with A = target, B = buffer, C = comparison, b = before and a = after:
// - the change in each area in %;
// - difference in differences as a Poisson rate ratio (At/Ab)/(Ct/Cb) with its confidence interval,
//   widened by the dispersion of the monthly counts (see poisson_models.h); the same for the buffer
//   against the comparison area (displacement when it rose, diffusion of benefits when it fell);
// - the Weighted Displacement Quotient of Bowers and Johnson (2003): the success measure
//   SM = Aa/Ca − Ab/Cb (negative: the target improved relative to the comparison area), the buffer
//   displacement measure BDM = Ba/Ca − Bb/Cb, and WDQ = BDM / SM, reported only when SM < 0;
// - the pre-trend check: the log-linear monthly trends of target and comparison before the start
//   and the test that they are equal.
// Sentences in plain words state the results with their uncertainty; warnings say where the data
// cannot carry a conclusion. Pure function; any thread may call it.

#include "analysis/poisson_models.h"
#include "core/feedback.h"
#include "core/result.h"

#include <QDate>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

enum class EvaluationArea : std::uint8_t { Target, Buffer, Comparison, Outside };

struct InterventionEvaluationInput {
    std::span<const QDate> dates;          // local date of each incident
    std::span<const EvaluationArea> area;  // where each incident lies
    std::span<const std::uint16_t> source; // optional: reporting organisation (index into sourceNames)
    QStringList sourceNames;
};

struct InterventionEvaluationParameters {
    QDate start;           // first day of the intervention (required)
    int beforeMonths = 12; // months on each side of the start
    QDate dataFirstDay;    // days the data cover; defaults: the earliest and latest incident
    QDate dataLastDay;
    bool hasBuffer = true; // false: no buffer zone was drawn, no displacement measures
    double confidence = 0.95;
    long long minimumEvents = 20;      // fewer target (or comparison) incidents over both periods: warning
    int minimumMonths = 6;             // shorter periods: warning
    double preTrendAlpha = 0.05;       // a pre-trend difference with p below this: warning
    long long minimumSourceEvents = 5; // a source with this many on one side and none on the other: warning
};

struct EvaluationMonth {
    QDate month;    // first day
    int period = 0; // −1 before, 0 transition, 1 after
    long long target = 0;
    long long buffer = 0;
    long long comparison = 0;
};

struct AreaChange {
    long long before = 0;
    long long after = 0;
    double percent = 0.0; // NaN when before = 0
};

struct DisplacementQuotient {
    bool computable = false; // false when the comparison area has no incidents in a period
    double successMeasure = 0.0;
    double bufferMeasure = 0.0;
    bool meaningful = false; // SM < 0: the target improved relative to the comparison area
    double wdq = 0.0;        // BDM / SM when meaningful
};

enum class EvaluationWarning {
    FewTargetEvents,
    FewComparisonEvents,
    ShortPeriod,
    ShortenedPeriod,
    NotWholeYears,
    DifferentPreTrend,
    ReportingChange,
};

struct InterventionEvaluationResult {
    QDate beforeFirst, beforeLast, afterFirst, afterLast;
    int months = 0; // on each side
    std::vector<EvaluationMonth> series;
    AreaChange target, buffer, comparison;
    RateRatio effect;       // target against comparison
    RateRatio bufferEffect; // buffer against comparison (when hasBuffer)
    TrendDifference preTrend;
    double targetTrendPerYear = 0.0; // pre-period change per year in %, from the log-linear fit
    double comparisonTrendPerYear = 0.0;
    DisplacementQuotient displacement;
    QStringList sentences;
    QStringList warnings;
    std::vector<EvaluationWarning> warningKinds;
};

Result<InterventionEvaluationResult> evaluateIntervention(const InterventionEvaluationInput &input,
                                                          const InterventionEvaluationParameters &parameters,
                                                          Feedback &feedback);

// Bowers and Johnson's Weighted Displacement Quotient from the six totals.
DisplacementQuotient displacementQuotient(double targetBefore, double targetAfter, double bufferBefore,
                                          double bufferAfter, double comparisonBefore, double comparisonAfter);

// Writes result.sentences from the numbers (called by evaluateIntervention).
void describeEvaluation(InterventionEvaluationResult &result, const InterventionEvaluationParameters &parameters);

} // namespace lb::analysis
