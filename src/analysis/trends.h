#pragma once

// Trends: incident counts by year, quarter or month, broken down by any of category, district
// and source, with the changes a council report asks for:
//
// - year over year: each period against the same period one year earlier (a year against the
//   year before, March against last March), absolute and in %, only where both periods lie
//   completely inside the data coverage;
// - same period: January up to the latest complete month of the latest year against the same
//   months of the year before ("like with like"; a half year is never compared with a whole one);
// - significance of each change from the exact test for two Poisson counts (equal exposure: the
//   same months), Benjamini–Hochberg adjusted over the groups of one comparison, and a sentence in
//   plain language;
// - rates per 1,000 residents for district groups whose population is known (the rate per period,
//   not annualised).
//
// Periods are calendar periods in local time (LocalClock), so an incident at 00:30 on 1 January
// local time belongs to the new year even though it is still 31 December in UTC.
// Pure functions; any thread may call them.

#include "core/feedback.h"
#include "core/local_clock.h"
#include "core/result.h"

#include <QDate>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace lb::analysis {

enum class TrendPeriod { Year, Quarter, Month };

struct TrendInput {
    // Either UTC instants (converted with `clock`) or local fields computed by the caller.
    std::span<const Instant> times;
    const LocalClock *clock = nullptr;
    std::span<const LocalFields> local;
    // Time precision per event; empty: exact. An event known only to the month (or year) counts
    // as covered to the end of its month (or year) when the coverage is not given.
    std::span<const TimePrecision> precision;
    // Index per event into the name lists below; an empty span puts every event in group 0.
    std::span<const std::uint16_t> category;
    std::span<const std::uint16_t> district;
    std::span<const std::uint16_t> source;
    // Incidents per entry, when each entry stands for incidents counted together (same local
    // hour, category, district, source and precision); empty: one incident per entry.
    std::span<const std::int64_t> weights;
    QStringList categoryNames;
    QStringList districtNames;
    QStringList sourceNames;
    // Residents per district (index as `district`); 0 or missing means unknown: no rate.
    std::span<const double> districtPopulation;
    // Residents of the whole area the events were selected from, for the groups that are not
    // broken down by district; 0: unknown.
    double totalPopulation = 0.0;
};

struct TrendParameters {
    TrendPeriod period = TrendPeriod::Month;
    bool byCategory = false; // one series per category (otherwise all categories summed)
    bool byDistrict = false;
    bool bySource = false;
    // The days the data cover, local dates, inclusive. Defaults: the days of the earliest and the
    // latest event. Periods not wholly inside are incomplete and are never compared.
    QDate coverageFirstDay;
    QDate coverageLastDay;
    double alpha = 0.05; // significance level for the sentences (applied to FDR-adjusted p)
};

struct TrendPeriodInfo {
    int key = 0;   // year; year·4 + quarter − 1; or year·12 + month − 1
    QString label; // "2024", "2024-Q2", "2024-03"
    bool complete = true;
};

struct TrendGroup {
    int category = -1; // −1: all
    int district = -1;
    int source = -1;
    QString label;           // e.g. "Vandalism, Hovsjö"; "All incidents" when nothing is broken down
    double population = 0.0; // 0 when unknown
};

struct TrendChange {
    std::size_t group = 0;
    QString periodLabel;    // e.g. "2025" or "January–September 2025"
    QString referenceLabel; // e.g. "2024" or "January–September 2024"
    long long count = 0;
    long long referenceCount = 0;
    long long change = 0; // count − referenceCount
    double percent = 0.0; // NaN when the reference count is 0
    double rate = 0.0;    // per 1,000 residents; NaN when the population is unknown
    double referenceRate = 0.0;
    double pValue = 1.0; // exact two-Poisson test
    double qValue = 1.0; // BH-adjusted over the groups of the same comparison
    QString sentence;
};

struct TrendResult {
    TrendPeriod period = TrendPeriod::Month;
    std::vector<TrendPeriodInfo> periods;
    std::vector<TrendGroup> groups;
    std::vector<long long> counts; // groups × periods, group-major
    // Index into `yearOverYear` per (group, period), −1 when there is no comparison.
    std::vector<long long> yearOverYearIndex;
    std::vector<TrendChange> yearOverYear;
    std::vector<TrendChange> samePeriod; // one per group; empty when not possible
    int samePeriodYear = 0;              // the latest year with a complete January
    int samePeriodLastMonth = 0;         // 1..12; 0 when no comparison
    std::size_t eventCount = 0;          // incidents (the sum of the weights)
    QStringList notes;                   // coverage, what was compared and why
    bool canceled = false;

    long long count(std::size_t group, std::size_t periodIndex) const
    {
        return counts[group * periods.size() + periodIndex];
    }
};

Result<TrendResult> trends(const TrendInput &input, const TrendParameters &parameters, Feedback &feedback);

// The key of the period holding a local month: the year; year·4 + quarter − 1; or year·12 + month − 1.
int periodKey(TrendPeriod period, int year, int month);
// "2024", "2024-Q2" or "2024-03" for a key.
QString periodLabel(TrendPeriod period, int key);

// The plain-language sentence for a change between two periods (also used by reports).
QString describeChange(const QString &what, const TrendChange &change, double alpha, bool adjusted);

} // namespace lb::analysis
