#pragma once

// The data-sources, limits and methods section of the lägesbild report (internal to the report).

#include "analysis/time_profile.h"
#include "analysis/trends.h"
#include "report/lagesbild_report.h"
#include "report/report_document.h"
#include "store/incident_filter.h"

namespace lb::report {

void appendSourcesSection(ReportDocument &doc, const store::Store &store, const ReportSettings &settings,
                          const store::IncidentFilter &yearFilter, const analysis::TimeProfileResult &profile,
                          const analysis::TrendResult &trends);

} // namespace lb::report
