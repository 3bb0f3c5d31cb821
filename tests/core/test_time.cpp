#include "core/local_clock.h"
#include "core/time_span.h"

#include "support/catch_qt.h"

#include <QDateTime>
#include <QTimeZone>

using namespace lb;

TEST_CASE("civil dates convert to days since the epoch", "[core][time]")
{
    CHECK(daysFromCivil(1970, 1, 1) == 0);
    CHECK(daysFromCivil(2000, 3, 1) == 11017); // 30 years incl. 7 leap days + Jan, Feb 2000
    CHECK(daysFromCivil(1969, 12, 31) == -1);
    for (std::int64_t d : {-700000LL, -1LL, 0LL, 59LL, 11016LL, 19722LL, 40000LL}) {
        int y = 0;
        unsigned m = 0, day = 0;
        civilFromDays(d, y, m, day);
        CHECK(daysFromCivil(y, m, day) == d);
        CHECK(QDate(1970, 1, 1).addDays(d) == QDate(y, static_cast<int>(m), static_cast<int>(day)));
    }
}

TEST_CASE("UTC instants format and parse like Qt's ISO dates", "[core][time]")
{
    for (Instant t : {Instant{0}, Instant{951782400}, Instant{1680098700}, Instant{1735689599}, Instant{-86401}}) {
        const QString expected = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
        CHECK(formatUtc(t) == expected);
        CHECK(parseUtc(expected) == t);
    }
    CHECK(parseUtc(QStringLiteral("2023-03-29 14:05")) == 1680098700);
    CHECK(parseUtc(QStringLiteral("2023-03-29T16:05:00+02:00")) == 1680098700);
    CHECK(parseUtc(QStringLiteral("2023-03-29T14:05:00.250Z")) == 1680098700);
    CHECK(parseUtc(QStringLiteral("2023-03-29")) == 1680048000);
    CHECK_FALSE(parseUtc(QStringLiteral("2023-02-29")).has_value()); // not a leap year
    CHECK_FALSE(parseUtc(QStringLiteral("2023-13-01")).has_value());
    CHECK_FALSE(parseUtc(QStringLiteral("29/3/2023")).has_value());
    CHECK_FALSE(parseUtc(QStringLiteral("2023-03-29T25:00")).has_value());
}

TEST_CASE("local clock agrees with QDateTime across daylight-saving changes", "[core][time]")
{
    const QTimeZone zone("Europe/Stockholm");
    REQUIRE(zone.isValid());
    const LocalClock clock(zone);
    // Summer time 2023 began 26 March 01:00 UTC and ended 29 October 01:00 UTC.
    const Instant beforeSpring = parseUtc(QStringLiteral("2023-03-26T00:59:59Z")).value();
    const Instant afterSpring = beforeSpring + 1;
    CHECK(clock.offsetSeconds(beforeSpring) == 3600);
    CHECK(clock.offsetSeconds(afterSpring) == 7200);
    CHECK(clock.fields(afterSpring).hour == 3);
    CHECK(clock.fields(beforeSpring).hour == 1);

    // New Year's Eve 23:30 UTC is already the new year in Stockholm.
    const LocalFields newYear = clock.fields(parseUtc(QStringLiteral("2022-12-31T23:30:00Z")).value());
    CHECK(newYear.year == 2023);
    CHECK(newYear.month == 1);
    CHECK(newYear.day == 1);
    CHECK(newYear.weekday == 7); // 1 January 2023 was a Sunday

    for (Instant t = 1609459200; t < 1767225600; t += 7 * 3600 + 1234) {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, zone);
        const LocalFields f = clock.fields(t);
        REQUIRE(f.year == dt.date().year());
        REQUIRE(f.month == dt.date().month());
        REQUIRE(f.day == dt.date().day());
        REQUIRE(f.weekday == dt.date().dayOfWeek());
        REQUIRE(f.hour == dt.time().hour());
    }
    CHECK(clock.toUtc(2023, 7, 1, 12, 0) == parseUtc(QStringLiteral("2023-07-01T10:00:00Z")).value());
}
