// Numbers and times as spreadsheets on Swedish machines write them. Expected instants are worked
// out by hand: Stockholm is UTC+1 in winter and UTC+2 from the last Sunday of March.

#include "io/text_codec.h"
#include "io/value_parser.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;

namespace {
Instant utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0)
{
    return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60;
}
} // namespace

TEST_CASE("numbers with decimal comma, point and thousands separators", "[io][parse]")
{
    CHECK(parseNumber("59.3293") == Approx(59.3293));
    CHECK(parseNumber("59,3293") == Approx(59.3293));
    CHECK(parseNumber(" 6 580 743,01 ") == Approx(6580743.01));
    CHECK(parseNumber("6\xC2\xA0"
                      "580\xC2\xA0"
                      "743") == Approx(6580743.0)); // UTF-8 no-break spaces
    CHECK(parseNumber("1.234,5") == Approx(1234.5));
    CHECK(parseNumber("1,234.5") == Approx(1234.5));
    CHECK(parseNumber("-12") == Approx(-12));
    CHECK_FALSE(parseNumber("abc").has_value());
    CHECK_FALSE(parseNumber("").has_value());
    CHECK_FALSE(parseNumber("12a").has_value());
}

TEST_CASE("not-a-number and infinity are not numbers", "[io][parse]")
{
    // Found by the value-parser fuzz target (every number read is finite): std::from_chars reads
    // these, and a "nan" share or an "inf" population then passed the import's range checks.
    for (const char *text : {"nan", "NaN", "-nan", "inf", "-inf", "Infinity", "\xE2\x88\x92inf", "1e400", "-1e400"})
        CHECK_FALSE(parseNumber(text).has_value());
    CHECK(parseNumber("1e300") == Approx(1e300));
}

TEST_CASE("times in local Swedish time with their precision", "[io][parse]")
{
    TimeParser p(QTimeZone("Europe/Stockholm"));
    SECTION("ISO 8601 without offset is local time")
    {
        auto t = p.parse("2023-03-29 14:05");
        REQUIRE(t);
        CHECK(t->instant == utc(2023, 3, 29, 12, 5));
        CHECK(t->precision == TimePrecision::Exact);
        auto w = p.parse("2023-01-15T10:00:00");
        REQUIRE(w);
        CHECK(w->instant == utc(2023, 1, 15, 9, 0));
    }
    SECTION("an offset or Z is absolute")
    {
        CHECK(p.parse("2023-03-29T14:05:00Z")->instant == utc(2023, 3, 29, 14, 5));
        CHECK(p.parse("2023-03-29T14:05:00+01:00")->instant == utc(2023, 3, 29, 13, 5));
    }
    SECTION("the daylight-saving day")
    {
        // 2023-03-26: clocks go from 02:00 to 03:00; 03:30 local is 01:30 UTC, 01:30 local is 00:30 UTC.
        CHECK(p.parse("2023-03-26 03:30")->instant == utc(2023, 3, 26, 1, 30));
        CHECK(p.parse("2023-03-26 01:30")->instant == utc(2023, 3, 26, 0, 30));
    }
    SECTION("day first, with or without a time, and a separate time column")
    {
        auto d = p.parse("29/3/2023");
        REQUIRE(d);
        CHECK(d->instant == utc(2023, 3, 28, 22, 0));
        CHECK(d->precision == TimePrecision::Day);
        CHECK(p.parse("29.03.2023 14:05")->instant == utc(2023, 3, 29, 12, 5));
        auto two = p.parse("29/3/2023", "14.05");
        REQUIRE(two);
        CHECK(two->instant == utc(2023, 3, 29, 12, 5));
        CHECK(two->precision == TimePrecision::Exact);
        CHECK(p.parse("2023-03-29", "1405")->instant == utc(2023, 3, 29, 12, 5));
    }
    SECTION("Swedish and English month names")
    {
        auto sv = p.parse("29 mars 2023");
        REQUIRE(sv);
        CHECK(sv->instant == utc(2023, 3, 28, 22, 0));
        CHECK(sv->precision == TimePrecision::Day);
        CHECK(p.parse("5 januari 2022 08:00")->instant == utc(2022, 1, 5, 7, 0));
        CHECK(p.parse("29 March 2023")->instant == utc(2023, 3, 28, 22, 0));
        auto month = p.parse("oktober 2022");
        REQUIRE(month);
        CHECK(month->precision == TimePrecision::Month);
        CHECK(month->instant == utc(2022, 9, 30, 22, 0));
    }
    SECTION("dates known only to the month or the year keep their precision")
    {
        auto m = p.parse("2023-03");
        REQUIRE(m);
        CHECK(m->precision == TimePrecision::Month);
        CHECK(m->instant == utc(2023, 2, 28, 23, 0));
        auto y = p.parse("2022");
        REQUIRE(y);
        CHECK(y->precision == TimePrecision::Year);
        CHECK(y->instant == utc(2021, 12, 31, 23, 0));
    }
    SECTION("Excel serial dates")
    {
        // 45014 is 2023-03-29 in Excel's 1900 date system (44927 is 2023-01-01, plus 87 days).
        auto d = p.parse("45014");
        REQUIRE(d);
        CHECK(d->precision == TimePrecision::Day);
        CHECK(d->instant == utc(2023, 3, 28, 22, 0));
        auto noon = p.parse("45014,5");
        REQUIRE(noon);
        CHECK(noon->precision == TimePrecision::Exact);
        CHECK(noon->instant == utc(2023, 3, 29, 10, 0));
    }
    SECTION("text that is not a time")
    {
        CHECK_FALSE(p.parse("hej").has_value());
        CHECK_FALSE(p.parse("31/13/2023").has_value());
        CHECK_FALSE(p.parse("2023-02-30").has_value());
        CHECK_FALSE(p.parse("2023-03-29", "25:00").has_value());
    }
}

TEST_CASE("Windows-1252 and UTF-8 values decode to the same text", "[io][parse]")
{
    const QString expected = QStringLiteral("Skadegörelse på gård, Älvsjö");
    const QByteArray cp1252("Skadeg\xF6relse p\xE5 g\xE5rd, \xC4lvsj\xF6");
    const QByteArray utf8 = expected.toUtf8();
    CHECK(decodeText(std::string_view(cp1252.constData(), static_cast<size_t>(cp1252.size()))) == expected);
    CHECK(decodeText(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))) == expected);
    CHECK(decodeWindows1252("\x80 \x96") == QStringLiteral("\u20AC \u2013"));
    CHECK_FALSE(isValidUtf8("\xC3"));
    CHECK(isValidUtf8("\xC3\xA5"));
}
