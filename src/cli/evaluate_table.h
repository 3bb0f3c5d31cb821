#pragma once

// The tables `lagesbild-cli evaluate` writes: FILE.csv with one measure per row (name, value,
// explanation) followed by the sentences and warnings, and FILE_monthly.csv with the monthly
// counts per area. Both for a Swedish office (excel_csv.h).

#include "analysis/intervention_evaluation.h"
#include "core/intervention.h"

namespace lb::cli {

struct EvaluationReport {
    Intervention intervention;
    QString kindLabel;
    QString categories;     // as asked, empty: all
    QString comparisonName; // the comparison district(s)
    QString comparisonHow;  // "chosen" or why it was proposed
    double bufferMetres = 0.0;
    long long leftOutImprecise = 0; // incidents placed at a centroid or dated only to the year
    analysis::InterventionEvaluationResult result;
};

Status writeEvaluationTables(const QString &path, const EvaluationReport &report);

} // namespace lb::cli
