#pragma once

// Time profile: when in the week do incidents happen? Counts by hour of day × weekday in local
// time (LocalClock), so across a daylight-saving change an incident at 19:30 local time is in the
// 19 o'clock hour in both winter and summer.
//
// Definitions (local wall-clock time, the hour the incident started):
//   day     06:00–17:59
//   evening 18:00–21:59
//   night   22:00–05:59 (across midnight; an incident at 01:00 on a Saturday counts on Saturday)
// Shares come with Wilson 95 % intervals. Incidents whose time is known only to the day, month or
// year are left out: their clock time means nothing. Many sources write 00:00 when the time is
// unknown; when far more incidents sit exactly on 00:00 than on the other whole hours, a note says
// so. Pure functions; any thread may call them.

#include "analysis/statistics.h"
#include "core/feedback.h"
#include "core/local_clock.h"
#include "core/result.h"

#include <QStringList>

#include <array>
#include <span>

namespace lb::analysis {

struct TimeProfileInput {
    // Either UTC instants with a clock, or local fields computed by the caller.
    std::span<const Instant> times;
    const LocalClock *clock = nullptr;
    std::span<const LocalFields> local;
    std::span<const TimePrecision> precision; // empty: all exact
    // Incidents per entry (entries that stand for incidents in the same minute); empty: one each.
    std::span<const std::int64_t> weights;
};

struct TimeProfileParameters {
    double confidence = 0.95;
};

struct TimeProfileResult {
    // matrix[weekday − 1][hour]: weekday 1 = Monday .. 7 = Sunday, hour 0..23.
    std::array<std::array<long long, 24>, 7> matrix{};
    std::array<long long, 24> byHour{};
    std::array<long long, 7> byWeekday{};
    long long used = 0;    // incidents with an exact time
    long long leftOut = 0; // incidents whose time is known only to the day or coarser
    long long day = 0, evening = 0, night = 0;
    Proportion dayShare, eveningShare, nightShare;
    long long atMidnight = 0; // at exactly 00:00
    QStringList notes;
    bool canceled = false;
};

Result<TimeProfileResult> timeProfile(const TimeProfileInput &input, const TimeProfileParameters &parameters,
                                      Feedback &feedback);

// 0 day, 1 evening, 2 night for a local hour, by the definitions above.
int partOfDay(int hour);

} // namespace lb::analysis
