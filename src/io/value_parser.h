#pragma once

// Numbers and dates as they appear in spreadsheets and exports made on Swedish machines:
// decimal comma or point, spaces as thousands separators, ISO 8601, day/month/year, Swedish and
// English month names, Excel serial dates, and dates known only to the month or the year.
//
// TimeParser converts local times (any text without an offset) in the store's time zone; it
// caches offsets per day and is meant for one thread. parseNumber is pure.

#include "core/time_span.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <string_view>

namespace lb::io {

// "59.3293", "59,3293", "6 580 743,01", "1.234,5", "-12"; std::nullopt for anything else, and for
// "nan", "inf" and numbers too large for a double: the result is always finite.
std::optional<double> parseNumber(std::string_view text);

struct ParsedTime {
    Instant instant = 0; // the start of the period, in UTC
    TimePrecision precision = TimePrecision::Exact;
};

class TimeParser {
public:
    explicit TimeParser(QTimeZone zone = QTimeZone("Europe/Stockholm"));

    // Reads a date or date-time; `clock` is an optional separate time-of-day column ("14:05",
    // "14.05", "1405" or an Excel day fraction). Precision follows what the text gives: a date
    // alone is a Day, "mars 2023" a Month, "2023" a Year.
    std::optional<ParsedTime> parse(std::string_view date, std::string_view clock = {});

    // Seconds after midnight for a time-of-day text.
    static std::optional<int> parseClock(std::string_view text);

private:
    Instant localToUtc(int year, int month, int day, int secondsOfDay);

    QTimeZone m_zone;
    QHash<qint64, std::pair<int, int>> m_offsets; // day -> (offset at 00:00, offset at 23:59)
};

} // namespace lb::io
