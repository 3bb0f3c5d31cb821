#pragma once

// Incident counts by the UTC hour they fall in, category, time precision and (when asked) source,
// counted by SQLite in one pass over the incidents without building a record per incident. A
// store's time zone differs from UTC by whole hours (minutes for a few zones), so every count
// falls in one local hour, one local day and one local month: the trends and the hour × weekday
// profile need nothing finer. Memory is one entry per non-empty (hour, category, precision,
// source), whatever the number of incidents.
// Read-only; the caller's thread, on a Store it owns.

#include "core/records.h"
#include "core/result.h"
#include "store/incident_filter.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace lb::store {

class Store;

enum class CountBucket {
    Hour,  // time zones whose offsets are whole hours (all of Europe)
    Minute // any other zone
};

// Struct of arrays, index-aligned: one entry per group of incidents counted together.
struct IncidentTimeCounts {
    // An instant in the group's UTC hour (minute), on minute 0 of the hour exactly when the group's
    // incidents are: the start of the bucket or one minute after it.
    std::vector<Instant> times;
    std::vector<std::uint16_t> category; // index into categories
    std::vector<std::uint16_t> source;   // index into sources; 0 when not broken down by source
    std::vector<TimePrecision> precision;
    std::vector<std::int64_t> counts;
    QStringList categories; // codes as stored, in order of first appearance
    QStringList sources;    // names; empty when not broken down by source
    std::int64_t total = 0;

    std::size_t size() const { return counts.size(); }
};

// The counts of the incidents that match the filter (time span, categories, sources; an extent or
// an area needs the positions and is refused). Incidents without a position are left out, as the
// record reads leave them out.
Result<IncidentTimeCounts> countIncidentTimes(const Store &store, const IncidentFilter &filter, CountBucket bucket,
                                              bool bySource);

// The bucket fine enough for the time zone: hours when every offset from UTC it has had since
// 1970 or will have until 2100 is a whole number of hours.
CountBucket countBucketFor(const QTimeZone &zone);

} // namespace lb::store
