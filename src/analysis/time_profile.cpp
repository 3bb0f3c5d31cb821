#include "analysis/time_profile.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::analysis {

namespace {
struct TimeProfileTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::TimeProfile)
};
} // namespace

int partOfDay(int hour)
{
    if (hour >= 6 && hour < 18)
        return 0;
    if (hour >= 18 && hour < 22)
        return 1;
    return 2;
}

Result<TimeProfileResult> timeProfile(const TimeProfileInput &in, const TimeProfileParameters &par, Feedback &feedback)
{
    const bool useLocal = !in.local.empty();
    const std::size_t n = useLocal ? in.local.size() : in.times.size();
    if (!useLocal && n > 0 && in.clock == nullptr)
        return Error{TimeProfileTr::tr("A time profile needs a clock to turn times into local hours.")};
    if (!in.precision.empty() && in.precision.size() != n)
        return Error{
            TimeProfileTr::tr("There are %1 time precisions for %2 incidents.").arg(in.precision.size()).arg(n)};

    if (!in.weights.empty() && in.weights.size() != n)
        return Error{TimeProfileTr::tr("There are %1 weights for %2 incidents.").arg(in.weights.size()).arg(n)};
    TimeProfileResult r;
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0 && feedback.isCanceled()) {
            r.canceled = true;
            return r;
        }
        const long long w = in.weights.empty() ? 1 : in.weights[i];
        if (!in.precision.empty() && in.precision[i] != TimePrecision::Exact) {
            r.leftOut += w;
            continue;
        }
        const LocalFields f = useLocal ? in.local[i] : in.clock->fields(in.times[i]);
        r.matrix[static_cast<std::size_t>(f.weekday - 1)][static_cast<std::size_t>(f.hour)] += w;
        r.byHour[static_cast<std::size_t>(f.hour)] += w;
        r.byWeekday[static_cast<std::size_t>(f.weekday - 1)] += w;
        r.used += w;
        const int part = partOfDay(f.hour);
        (part == 0 ? r.day : part == 1 ? r.evening : r.night) += w;
        if (f.hour == 0 && f.minute == 0)
            r.atMidnight += w;
    }
    const auto total = static_cast<double>(r.used);
    r.dayShare = wilsonInterval(static_cast<double>(r.day), total, par.confidence);
    r.eveningShare = wilsonInterval(static_cast<double>(r.evening), total, par.confidence);
    r.nightShare = wilsonInterval(static_cast<double>(r.night), total, par.confidence);

    const QLocale locale;
    if (r.leftOut > 0)
        r.notes << TimeProfileTr::tr("%1 incidents are left out because their time is known only to the day or "
                                     "more coarsely.")
                       .arg(r.leftOut);
    // Compare 00:00 exactly with the typical count on the other whole hours (minute 0 of hours
    // 1..23 is not tracked separately, so use the hour's average per minute as the yardstick).
    const double perMinute = total / (24.0 * 60.0);
    if (r.atMidnight >= 10 && static_cast<double>(r.atMidnight) > 10.0 * perMinute)
        r.notes << TimeProfileTr::tr("%1 incidents (%2 %) are recorded at exactly 00:00. Many systems write "
                                     "midnight when the time is unknown, so the night share may be too high.")
                       .arg(r.atMidnight)
                       .arg(locale.toString(100.0 * static_cast<double>(r.atMidnight) / total, 'f', 1));
    if (r.used > 0)
        r.notes << TimeProfileTr::tr("Evening (18:00–21:59): %1 % (95 % interval %2–%3 %). Night (22:00–05:59): "
                                     "%4 % (%5–%6 %). Local time.")
                       .arg(locale.toString(100.0 * r.eveningShare.estimate, 'f', 1),
                            locale.toString(100.0 * r.eveningShare.lower, 'f', 1),
                            locale.toString(100.0 * r.eveningShare.upper, 'f', 1),
                            locale.toString(100.0 * r.nightShare.estimate, 'f', 1),
                            locale.toString(100.0 * r.nightShare.lower, 'f', 1),
                            locale.toString(100.0 * r.nightShare.upper, 'f', 1));
    return r;
}

} // namespace lb::analysis
