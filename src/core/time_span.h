#pragma once

// Time values. Instants are seconds since 1970-01-01 UTC (what the store keeps); a TimeSpan is
// half-open [begin, end). Local-time questions ("evening", "hour of day") go through QTimeZone
// so daylight-saving changes are handled.

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <string_view>

namespace lb {

using Instant = std::int64_t; // seconds since the epoch, UTC

struct TimeSpan {
    Instant begin = 0;
    Instant end = 0; // exclusive

    bool isValid() const { return end > begin; }
    bool contains(Instant t) const { return t >= begin && t < end; }

    // Whole calendar years [firstYear, lastYear] in the given zone.
    static TimeSpan years(int firstYear, int lastYear, const QTimeZone &zone);
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

// How precisely an instant is known: open crime data often gives only the month or the year.
enum class TimePrecision { Exact, Day, Month, Year };

QString toString(TimePrecision p);
std::optional<TimePrecision> timePrecisionFromString(const QString &s);

// ISO 8601 in UTC with a trailing Z ("2023-03-29T14:05:00Z"), as GeoPackage DATETIME columns
// store it. Fixed width, so text order is time order and SQL can compare the strings.
QString formatUtc(Instant t);
// Writes the same 20 characters into buf, without allocating (for hot loops).
void formatUtc(Instant t, char buf[20]);
// Parses ISO 8601 date-times: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" with an optional
// "Z" or "+HH:MM" offset (a missing offset means UTC) and a space allowed instead of the T.
std::optional<Instant> parseUtc(std::string_view s);
std::optional<Instant> parseUtc(const QString &s);

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);
void civilFromDays(std::int64_t days, int &year, unsigned &month, unsigned &day);

Instant toInstant(const QDateTime &dt);
QDateTime toDateTime(Instant t, const QTimeZone &zone);

} // namespace lb
