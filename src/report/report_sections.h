#pragma once

// Sections of the lägesbild report built in their own files (internal to the report): the data
// sources, limits and methods; the interventions and their effect.

#include "analysis/time_profile.h"
#include "analysis/trends.h"
#include "report/lagesbild_report.h"
#include "report/report_document.h"
#include "store/incident_filter.h"

#include <optional>

namespace lb::report {

void appendSourcesSection(ReportDocument &doc, const store::StoreReader &store, const ReportSettings &settings,
                          const store::IncidentFilter &yearFilter, const analysis::TimeProfileResult &profile,
                          const analysis::TrendResult &trends);

// One part per intervention started by the end of the year (only those covering the district when
// the report is for one), evaluated with the default settings; nothing when there are none.
void appendInterventionsSection(ReportDocument &doc, const store::StoreReader &store, const ReportSettings &settings,
                                std::optional<FeatureId> districtId, Feedback &feedback);

// Each safety walk up to the end of the year as it stood a year after it (report_walks.cpp).
void appendWalkSummariesSection(ReportDocument &doc, const store::StoreReader &store, const ReportSettings &settings,
                                Feedback &feedback);

} // namespace lb::report
