// Trends and time profiles against counts worked by hand (shown in the comments).

#include "analysis/time_profile.h"
#include "analysis/trends.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lb;
using namespace lb::analysis;

namespace {
LocalFields at(int year, int month, int day = 10)
{
    LocalFields f;
    f.year = year;
    f.month = month;
    f.day = day;
    f.hour = 12;
    f.weekday = 1;
    return f;
}

// Monthly counts: 2023-01: 4, 2023-02: 6, 2023-05: 2, 2023-07: 5, 2024-01: 8, 2024-03: 3,
// 2024-06: 9. In January 2023 one incident is in district 0 and three in district 1; in January
// 2024 five are in district 0 and three in district 1. Everything else is in district 0.
void handSet(std::vector<LocalFields> &f, std::vector<std::uint16_t> &district)
{
    auto add = [&](int y, int m, int count, int inDistrict1 = 0) {
        for (int i = 0; i < count; ++i) {
            f.push_back(at(y, m));
            district.push_back(i < inDistrict1 ? 1 : 0);
        }
    };
    add(2023, 1, 4, 3);
    add(2023, 2, 6);
    add(2023, 5, 2);
    add(2023, 7, 5);
    add(2024, 1, 8, 3);
    add(2024, 3, 3);
    add(2024, 6, 9);
}
} // namespace

TEST_CASE("monthly counts, year over year and the same period", "[trends]")
{
    std::vector<LocalFields> f;
    std::vector<std::uint16_t> district;
    handSet(f, district);
    TrendInput in;
    in.local = f;
    TrendParameters par;
    par.coverageFirstDay = QDate(2023, 1, 1);
    par.coverageLastDay = QDate(2024, 6, 15); // June 2024 is incomplete
    Feedback fb;
    auto r = trends(in, par, fb);
    REQUIRE(r.ok());
    // 2023-01 .. 2024-06: 18 months, the last one incomplete.
    REQUIRE(r->periods.size() == 18);
    CHECK(r->periods.front().label == QStringLiteral("2023-01"));
    CHECK(r->periods.back().label == QStringLiteral("2024-06"));
    CHECK_FALSE(r->periods.back().complete);
    CHECK(r->periods[16].complete);
    REQUIRE(r->groups.size() == 1);
    CHECK(r->count(0, 0) == 4);
    CHECK(r->count(0, 6) == 5);  // 2023-07
    CHECK(r->count(0, 3) == 0);  // 2023-04: empty months are zeros, not gaps
    CHECK(r->count(0, 17) == 9); // 2024-06

    // January 2024 against January 2023: 8 against 4, +4, +100 %. Given 12 events, X ~ Bin(12, ½):
    // P(X >= 8) = (495 + 220 + 66 + 12 + 1)/4096 = 794/4096, two-sided p = 1588/4096 = 0.387695.
    const long long jan = r->yearOverYearIndex[12];
    REQUIRE(jan >= 0);
    const TrendChange &c = r->yearOverYear[static_cast<std::size_t>(jan)];
    CHECK(c.count == 8);
    CHECK(c.referenceCount == 4);
    CHECK(c.change == 4);
    CHECK(c.percent == Approx(100.0));
    CHECK(c.pValue == Approx(1588.0 / 4096.0));
    // June 2024 is incomplete: no comparison; 2023 has no year before it.
    CHECK(r->yearOverYearIndex[17] == -1);
    CHECK(r->yearOverYearIndex[5] == -1);

    // Same period: May 2024 is the latest complete month, so January–May 2024 (8 + 3 = 11)
    // against January–May 2023 (4 + 6 + 2 = 12): −1, −8.33 %. X ~ Bin(23, ½) at 11: P(11) = P(12)
    // and every other outcome is less likely, so p = 1.
    CHECK(r->samePeriodYear == 2024);
    CHECK(r->samePeriodLastMonth == 5);
    REQUIRE(r->samePeriod.size() == 1);
    CHECK(r->samePeriod[0].count == 11);
    CHECK(r->samePeriod[0].referenceCount == 12);
    CHECK(r->samePeriod[0].change == -1);
    CHECK(r->samePeriod[0].percent == Approx(-100.0 / 12.0));
    CHECK(r->samePeriod[0].pValue == Approx(1.0));
    CHECK(r->samePeriod[0].periodLabel == QStringLiteral("January–May 2024"));
    CHECK(r->samePeriod[0].sentence.contains(QStringLiteral("could well be chance")));
}

TEST_CASE("quarters and years are compared only when complete", "[trends]")
{
    std::vector<LocalFields> f;
    std::vector<std::uint16_t> district;
    handSet(f, district);
    TrendInput in;
    in.local = f;
    TrendParameters par;
    par.period = TrendPeriod::Quarter;
    par.coverageFirstDay = QDate(2023, 1, 1);
    par.coverageLastDay = QDate(2024, 6, 15);
    Feedback fb;
    auto r = trends(in, par, fb);
    REQUIRE(r.ok());
    // Q1 2023 = 4 + 6 = 10, Q2 = 2, Q3 = 5, Q4 = 0, Q1 2024 = 8 + 3 = 11, Q2 2024 = 9 (incomplete).
    REQUIRE(r->periods.size() == 6);
    CHECK(r->periods[0].label == QStringLiteral("2023-Q1"));
    CHECK(r->count(0, 0) == 10);
    CHECK(r->count(0, 4) == 11);
    CHECK_FALSE(r->periods[5].complete);
    // Q1 2024 against Q1 2023: 11 against 10, X ~ Bin(21, ½) at 11: P(11) = P(10), p = 1.
    const long long q1 = r->yearOverYearIndex[4];
    REQUIRE(q1 >= 0);
    CHECK(r->yearOverYear[static_cast<std::size_t>(q1)].pValue == Approx(1.0));
    CHECK(r->yearOverYearIndex[5] == -1);

    par.period = TrendPeriod::Year;
    auto y = trends(in, par, fb);
    REQUIRE(y.ok());
    REQUIRE(y->periods.size() == 2);
    CHECK(y->count(0, 0) == 17); // 4 + 6 + 2 + 5
    CHECK(y->count(0, 1) == 20); // 8 + 3 + 9
    CHECK(y->periods[0].complete);
    CHECK_FALSE(y->periods[1].complete);
    CHECK(y->yearOverYear.empty()); // a half year is never compared with a whole one
}

TEST_CASE("rates per 1,000 residents by district", "[trends]")
{
    std::vector<LocalFields> f;
    std::vector<std::uint16_t> district;
    handSet(f, district);
    const std::vector<double> population{2000.0, 0.0}; // district 1: unknown
    TrendInput in;
    in.local = f;
    in.district = district;
    in.districtNames = {QStringLiteral("Hovsjö"), QStringLiteral("Ronna")};
    in.districtPopulation = population;
    TrendParameters par;
    par.byDistrict = true;
    par.coverageFirstDay = QDate(2023, 1, 1);
    par.coverageLastDay = QDate(2024, 6, 15);
    Feedback fb;
    auto r = trends(in, par, fb);
    REQUIRE(r.ok());
    REQUIRE(r->groups.size() == 2);
    CHECK(r->groups[0].label == QStringLiteral("Hovsjö"));
    // January 2024: 5 in Hovsjö → 5/2000·1000 = 2.5 per 1,000; January 2023: 1 → 0.5.
    const long long i0 = r->yearOverYearIndex[0 * 18 + 12];
    REQUIRE(i0 >= 0);
    CHECK(r->yearOverYear[static_cast<std::size_t>(i0)].count == 5);
    CHECK(r->yearOverYear[static_cast<std::size_t>(i0)].rate == Approx(2.5));
    CHECK(r->yearOverYear[static_cast<std::size_t>(i0)].referenceRate == Approx(0.5));
    const long long i1 = r->yearOverYearIndex[1 * 18 + 12];
    CHECK(r->yearOverYear[static_cast<std::size_t>(i1)].count == 3);
    CHECK(std::isnan(r->yearOverYear[static_cast<std::size_t>(i1)].rate));
    // Same period, Hovsjö: Jan–May 2024 = 5 + 3 = 8, 2023 = 1 + 6 + 2 = 9; Ronna: 3 against 3.
    CHECK(r->samePeriod[0].count == 8);
    CHECK(r->samePeriod[0].referenceCount == 9);
    CHECK(r->samePeriod[1].count == 3);
    CHECK(r->samePeriod[1].referenceCount == 3);
}

TEST_CASE("trends assign periods in local time", "[trends]")
{
    const LocalClock clock(QTimeZone("Europe/Stockholm"));
    // 2023-12-31 23:30 UTC is 00:30 on 1 January 2024 in Stockholm (UTC+1).
    const std::vector<Instant> t{*parseUtc(std::string_view("2023-12-31T23:30:00Z")),
                                 *parseUtc(std::string_view("2023-12-31T22:30:00Z"))};
    TrendInput in;
    in.times = t;
    in.clock = &clock;
    TrendParameters par;
    par.period = TrendPeriod::Year;
    Feedback fb;
    auto r = trends(in, par, fb);
    REQUIRE(r.ok());
    REQUIRE(r->periods.size() == 2);
    CHECK(r->count(0, 0) == 1); // 23:30 local on 31 December 2023
    CHECK(r->count(0, 1) == 1);
}

TEST_CASE("hour of day and weekday across daylight-saving changes", "[timeprofile]")
{
    const LocalClock clock(QTimeZone("Europe/Stockholm"));
    auto utc = [](const char *s) {
        return *parseUtc(std::string_view(s));
    };
    const std::vector<Instant> t{
        utc("2024-03-31T00:30:00Z"), // 01:30 CET, Sunday, before the clocks go forward at 01:00 UTC
        utc("2024-03-31T01:30:00Z"), // 03:30 CEST: there is no 02 o'clock that night
        utc("2024-10-27T00:30:00Z"), // 02:30 CEST, Sunday
        utc("2024-10-27T01:30:00Z"), // 02:30 CET: the 02 o'clock hour happens twice
        utc("2024-07-05T17:30:00Z"), // 19:30 CEST, Friday
        utc("2024-01-05T18:30:00Z"), // 19:30 CET, Friday
        utc("2024-01-06T21:00:00Z"), // 22:00 CET, Saturday: night starts
        utc("2024-01-06T04:59:00Z"), // 05:59, Saturday: still night
        utc("2024-01-06T05:00:00Z"), // 06:00, Saturday: day
        utc("2024-01-06T12:00:00Z"), // known only to the day: left out
    };
    std::vector<TimePrecision> precision(t.size(), TimePrecision::Exact);
    precision.back() = TimePrecision::Day;
    TimeProfileInput in;
    in.times = t;
    in.clock = &clock;
    in.precision = precision;
    Feedback fb;
    auto r = timeProfile(in, {}, fb);
    REQUIRE(r.ok());
    CHECK(r->used == 9);
    CHECK(r->leftOut == 1);
    CHECK(r->matrix[6][1] == 1);
    CHECK(r->matrix[6][3] == 1);
    CHECK(r->matrix[6][2] == 2);
    CHECK(r->matrix[4][19] == 2);
    CHECK(r->matrix[5][22] == 1);
    CHECK(r->matrix[5][5] == 1);
    CHECK(r->matrix[5][6] == 1);
    CHECK(r->byHour[2] == 2);
    CHECK(r->byWeekday[6] == 4);
    // Evening: the two 19:30s. Night: 01:30, 03:30, 02:30, 02:30, 22:00, 05:59. Day: 06:00.
    CHECK(r->evening == 2);
    CHECK(r->night == 6);
    CHECK(r->day == 1);
    // Wilson for 2 of 9, z = 1.959964, z² = 3.841459: centre (2/9 + z²/18)/(1 + z²/9)
    // = 0.435638/1.426829 = 0.305318; half-width z/1.426829 · √(0.222222·0.777778/9 + z²/324)
    // = 1.373650 · √(0.019204 + 0.011856) = 1.373650 · 0.176241 = 0.242093 → 0.063225 .. 0.547411.
    CHECK(r->eveningShare.estimate == Approx(2.0 / 9.0));
    CHECK(r->eveningShare.lower == Approx(0.063225).margin(1e-5));
    CHECK(r->eveningShare.upper == Approx(0.547411).margin(1e-5));
    CHECK(partOfDay(18) == 1);
    CHECK(partOfDay(21) == 1);
    CHECK(partOfDay(22) == 2);
    CHECK(partOfDay(5) == 2);
    CHECK(partOfDay(6) == 0);
    CHECK(partOfDay(17) == 0);
}
