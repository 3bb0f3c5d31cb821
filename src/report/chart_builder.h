#pragma once

// Chart builders: turn analysis results into the council's charts, with Swedish-ready labels
// (through tr) and, for a public chart, the disclosure rules applied — counts under the threshold
// become gaps shown as "–" and categories or districts whose total is under it are left out; the
// chart's foot says how many. Pure functions; any thread.

#include "core/disclosure.h"
#include "report/chart.h"
#include "report/chart_sources.h"

namespace lb::report {

struct ChartOptions {
    bool isPublic = false;
    DisclosureRules rules; // minCount is k
    bool lines = false;    // incidents per year as lines instead of columns
};

enum class ChartType { PerYear, Change, TimeProfile, Survey, Followup };

// "per-year", "change", "time-profile", "survey", "followup".
std::optional<ChartType> chartTypeFromName(const QString &name);
QStringList chartTypeNames();

// Incidents per year, one series per category (complete and incomplete years; an incomplete
// year's label carries "*").
Chart perYearChart(const TrendSource &source, const ChartOptions &options);
// The same-period change per category in per cent, significant changes marked "*".
Chart changeChart(const TrendSource &source, const ChartOptions &options);
// The hour × weekday matrix.
Chart timeProfileChart(const analysis::TimeProfileResult &profile, const QString &scopeName,
                       const ChartOptions &options);
// The share answering yes per district and round, with intervals; years without a round are gaps.
Chart surveyChart(const SurveySource &source, const ChartOptions &options);
// The status of walk findings per kind as of the reference date.
Chart followupChart(const FollowupSource &source, const QString &scopeName, const ChartOptions &options);

// The readable name of an indicator code ("unsafe_evening" → "Feels unsafe outdoors in the evening").
QString indicatorLabel(const QString &code);

} // namespace lb::report
