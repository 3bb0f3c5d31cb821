#pragma once

// The tables `lagesbild-cli evaluate` writes: FILE.csv with one measure per row (name, value,
// explanation) followed by the sentences and warnings, and FILE_monthly.csv with the monthly
// counts per area. Both for a Swedish office (io/excel_csv.h).

#include "report/intervention_evaluator.h"

namespace lb::cli {

Status writeEvaluationTables(const QString &path, const report::EvaluationReport &report);

} // namespace lb::cli
