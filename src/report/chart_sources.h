#pragma once

// Chart sources: read what a chart or the report needs from a store and run the analysis on it —
// incidents per year by category (with the year-over-year and same-period changes), the hour ×
// weekday profile, survey shares per district and round, and the follow-up of walk findings.
// The same functions serve the CLI, the app's dialogs and the report, so a number in a chart is
// the number the analysis gives. Call from one thread per store.

#include "analysis/survey_stats.h"
#include "analysis/time_profile.h"
#include "analysis/trends.h"
#include "analysis/walk_followup.h"
#include "core/feedback.h"
#include "core/result.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QDate>

namespace lb::report {

struct ChartScope {
    QString district; // an area's name; empty: the whole store
    int fromYear = 0; // 0: from the first incident
    int toYear = 0;   // 0: to the latest; also the "as of" year of the walk follow-up
    QDate asOf;       // the day the data are complete; default: the end of toYear or the latest incident
};

struct TrendSource {
    analysis::TrendResult result;
    QStringList categoryCodes; // per category index of the result's groups
    QString scopeName;         // the district, or the store's name
};

struct SurveySource {
    QString indicator; // e.g. unsafe_evening
    analysis::SurveyShareResult result;
    QStringList districtNames;
};

struct FollowupSource {
    analysis::WalkFollowupResult result;
    QDate asOf;
};

// Incidents per year (by category when `byCategory`, by district when `byDistrict`).
Result<TrendSource> loadYearlyTrends(const store::StoreReader &store, const ChartScope &scope, bool byCategory,
                                     bool byDistrict, Feedback &feedback);
Result<analysis::TimeProfileResult> loadTimeProfile(const store::StoreReader &store, const ChartScope &scope,
                                                    Feedback &feedback);
// One indicator's shares (the first indicator in the store when `indicator` is empty).
Result<SurveySource> loadSurveyShares(const store::StoreReader &store, const ChartScope &scope,
                                      const QString &indicator);
Result<FollowupSource> loadFollowup(const store::StoreReader &store, const ChartScope &scope, Feedback &feedback);

// The same from a GeoPackage store already open.
inline Result<TrendSource> loadYearlyTrends(const store::Store &store, const ChartScope &scope, bool byCategory,
                                            bool byDistrict, Feedback &feedback)
{
    return loadYearlyTrends(*store::readerFor(store), scope, byCategory, byDistrict, feedback);
}
inline Result<analysis::TimeProfileResult> loadTimeProfile(const store::Store &store, const ChartScope &scope,
                                                           Feedback &feedback)
{
    return loadTimeProfile(*store::readerFor(store), scope, feedback);
}
inline Result<SurveySource> loadSurveyShares(const store::Store &store, const ChartScope &scope,
                                             const QString &indicator)
{
    return loadSurveyShares(*store::readerFor(store), scope, indicator);
}
inline Result<FollowupSource> loadFollowup(const store::Store &store, const ChartScope &scope, Feedback &feedback)
{
    return loadFollowup(*store::readerFor(store), scope, feedback);
}

// The area of that name (case-insensitive), if any.
std::optional<Area> findArea(const store::Store &store, const QString &name);
std::optional<Area> findArea(const store::StoreReader &store, const QString &name);

} // namespace lb::report
