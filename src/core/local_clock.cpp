#include "core/local_clock.h"

#include <algorithm>

namespace lb {

LocalClock::LocalClock(const QTimeZone &zone, int firstYear, int lastYear)
    : m_zone(zone)
{
    m_cacheBegin = daysFromCivil(firstYear, 1, 1) * 86400;
    m_cacheEnd = daysFromCivil(lastYear + 1, 1, 1) * 86400;
    const QDateTime begin = QDateTime::fromSecsSinceEpoch(m_cacheBegin, QTimeZone::utc());
    const QDateTime end = QDateTime::fromSecsSinceEpoch(m_cacheEnd, QTimeZone::utc());
    m_offsetBefore = m_zone.offsetFromUtc(begin);
    if (m_zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &t : m_zone.transitions(begin, end)) {
            m_transitionAt.push_back(t.atUtc.toSecsSinceEpoch());
            m_offsetAfter.push_back(t.offsetFromUtc);
        }
    }
}

int LocalClock::offsetSeconds(Instant t) const
{
    if (t < m_cacheBegin || t >= m_cacheEnd)
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
    const auto it = std::upper_bound(m_transitionAt.begin(), m_transitionAt.end(), t);
    if (it == m_transitionAt.begin())
        return m_offsetBefore;
    return m_offsetAfter[static_cast<size_t>(it - m_transitionAt.begin() - 1)];
}

LocalFields LocalClock::fields(Instant t) const
{
    const Instant local = t + offsetSeconds(t);
    std::int64_t days = local / 86400;
    std::int64_t secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    LocalFields f;
    unsigned m = 0, d = 0;
    civilFromDays(days, f.year, m, d);
    f.month = static_cast<int>(m);
    f.day = static_cast<int>(d);
    // 1970-01-01 was a Thursday (weekday 4).
    f.weekday = static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
    f.hour = static_cast<int>(secs / 3600);
    f.minute = static_cast<int>(secs / 60 % 60);
    return f;
}

Instant LocalClock::toUtc(int year, int month, int day, int hour, int minute) const
{
    const QDateTime dt(QDate(year, month, day), QTime(hour, minute), m_zone);
    return dt.toSecsSinceEpoch();
}

} // namespace lb
