// Data known only to the month (police open data) cover their last month to its end: the last
// month of such a file is complete, while exact times still end the coverage on their own day.

#include "analysis/trends.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::analysis;

namespace {
// A police.uk-shaped year: every incident on the first of its month, known only to the month.
// Two incidents a month, January 2023 to March 2024: 15 months, 30 incidents.
void monthly(std::vector<LocalFields> &f, std::vector<TimePrecision> &precision)
{
    for (int k = 0; k < 15; ++k)
        for (int i = 0; i < 2; ++i) {
            LocalFields e;
            e.year = 2023 + k / 12;
            e.month = 1 + k % 12;
            e.day = 1;
            f.push_back(e);
            precision.push_back(TimePrecision::Month);
        }
}
} // namespace

TEST_CASE("month-precision data are complete through their last month", "[trends][precision]")
{
    std::vector<LocalFields> f;
    std::vector<TimePrecision> precision;
    monthly(f, precision);
    TrendInput in;
    in.local = f;
    in.precision = precision;
    TrendParameters par; // no coverage given: taken from the events
    Feedback fb;
    auto r = trends(in, par, fb);
    REQUIRE(r.ok());
    REQUIRE(r->periods.size() == 15);
    CHECK(r->periods.back().label == QStringLiteral("2024-03"));
    CHECK(r->periods.back().complete);
    // March 2024 against March 2023: 2 against 2, so the same-period comparison reaches March.
    CHECK(r->samePeriodLastMonth == 3);

    // The same days as exact times end on 1 March 2024: March is then only begun.
    TrendInput exact;
    exact.local = f;
    auto e = trends(exact, par, fb);
    REQUIRE(e.ok());
    CHECK_FALSE(e->periods.back().complete);
}
