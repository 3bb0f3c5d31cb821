#pragma once

// Converts UTC instants to local calendar fields (year, month, weekday, hour) in a time zone,
// fast enough for a million incidents: the zone's offset transitions are read once from
// QTimeZone and looked up by binary search. Immutable after construction; any thread may use it.

#include "core/time_span.h"

#include <QTimeZone>

#include <vector>

namespace lb {

struct LocalFields {
    int year = 0;
    int month = 0;   // 1..12
    int day = 0;     // 1..31
    int weekday = 0; // 1 = Monday .. 7 = Sunday
    int hour = 0;    // 0..23
    int minute = 0;
};

class LocalClock {
public:
    // Transitions are cached for [firstYear, lastYear]; outside it QTimeZone is asked directly.
    explicit LocalClock(const QTimeZone &zone, int firstYear = 1990, int lastYear = 2060);

    const QTimeZone &zone() const { return m_zone; }
    int offsetSeconds(Instant t) const;
    LocalFields fields(Instant t) const;
    // The UTC instant of a local wall-clock time (the earlier one when ambiguous).
    Instant toUtc(int year, int month, int day, int hour = 0, int minute = 0) const;

private:
    QTimeZone m_zone;
    Instant m_cacheBegin = 0;
    Instant m_cacheEnd = 0;
    std::vector<Instant> m_transitionAt; // sorted UTC instants
    std::vector<int> m_offsetAfter;      // offset in effect from m_transitionAt[i]
    int m_offsetBefore = 0;
};

} // namespace lb
