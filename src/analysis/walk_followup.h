#pragma once

// Follow-up of safety-walk findings (trygghetsvandring): how many findings are open, in progress,
// fixed or rejected, by kind and by responsible organisation; how long fixing takes; and which
// findings have stayed open longer than agreed.
//
// Everything is "as of" a reference date, so a report for last quarter's meeting can be re-run
// later and give the same numbers:
// - a finding counts only when its walk took place on or before the reference date;
// - its status as of that date is Fixed only when it was fixed on or before the date; a finding
//   fixed later was still open then (it counts as Open, or InProgress if that is its status now);
// - Rejected findings have no date; they count as rejected whenever they were found.
// Days to fix = fixed date − walk date, over fixed findings with both dates; a fixed date before
// the walk is a data error, counted and left out of the median.
// Pure function; any thread may call it.

#include "core/feedback.h"
#include "core/records.h"
#include "core/result.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <span>
#include <vector>

namespace lb::analysis {

struct WalkFollowupInput {
    std::span<const FindingStatus> status;
    std::span<const QDate> found; // the walk's date
    std::span<const QDate> fixed; // invalid when not fixed
    std::span<const std::uint16_t> kind;
    std::span<const std::uint16_t> responsible;
    QStringList kindNames;
    QStringList responsibleNames;
};

struct WalkFollowupParameters {
    QDate referenceDate;       // required: "as of" this day
    int overdueAfterDays = 90; // open findings older than this are listed
};

// Counts per status: index by static_cast<int>(FindingStatus).
using StatusCounts = std::array<long long, 4>;

struct FollowupGroup {
    QString name;
    StatusCounts counts{};
    long long total = 0;
    long long fixedWithDates = 0;
    double medianDaysToFix = 0.0; // NaN when nothing was fixed
    long long overdue = 0;        // open or in progress, older than the limit
};

struct WalkFollowupResult {
    FollowupGroup all;
    std::vector<FollowupGroup> byKind;
    std::vector<FollowupGroup> byResponsible;
    std::vector<std::size_t> overdue;      // indices of overdue findings, oldest first
    std::vector<int> ageDays;              // per finding: reference date − walk date (−1 when not counted)
    std::vector<FindingStatus> statusAsOf; // per finding, the status as of the reference date
    long long notYetFound = 0;             // walks after the reference date
    long long fixedBeforeFound = 0;        // data errors
    QStringList notes;
};

Result<WalkFollowupResult> walkFollowup(const WalkFollowupInput &input, const WalkFollowupParameters &parameters,
                                        Feedback &feedback);

// The median of the values (the mean of the middle two for an even count); NaN when empty.
double median(std::vector<double> values);

} // namespace lb::analysis
