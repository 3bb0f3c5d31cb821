// Fuzzes the number, date and time-of-day parsers that read every value of an imported table.
// Input: "<date text>\n<time-of-day text>"; without a newline the whole input is the date.
//
// Properties: a number is finite and, written back with full precision, parses to the same
// number; a time of day lies within one day; a parsed date lies in the years the parser accepts
// (1900-2200).

#include "fuzz_check.h"
#include "io/value_parser.h"

#include <cmath>
#include <cstdio>

using namespace lb;
using namespace lb::io;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // One parser for the whole run, as an import uses one for all its rows: its per-day offset
    // cache is part of what is tested.
    static TimeParser parser(QTimeZone("Europe/Stockholm"));
    const std::string_view all = fuzz::asText(data, size);
    const size_t cut = all.find('\n');
    const std::string_view date = all.substr(0, cut);
    const std::string_view clock = cut == std::string_view::npos ? std::string_view{} : all.substr(cut + 1);

    for (const std::string_view t : {all, date}) {
        const auto number = parseNumber(t);
        if (!number)
            continue;
        LB_FUZZ_CHECK(std::isfinite(*number));
        char text[64];
        std::snprintf(text, sizeof text, "%.17g", *number);
        const auto again = parseNumber(text);
        LB_FUZZ_CHECK(again && *again == *number);
    }

    if (const auto secs = TimeParser::parseClock(clock))
        LB_FUZZ_CHECK(*secs >= 0 && *secs < 86400);

    // 1900-01-01 and 2201-01-01 in seconds since 1970, with a day of margin for time zones.
    constexpr Instant kEarliest = -2208988800LL - 86400;
    constexpr Instant kLatest = 7289654400LL + 86400;
    for (const auto &t : {parser.parse(date), parser.parse(date, clock), parser.parse(all)})
        if (t)
            LB_FUZZ_CHECK(t->instant >= kEarliest && t->instant <= kLatest);
    return 0;
}
