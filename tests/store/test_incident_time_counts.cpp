// Incident counts per UTC hour, category, precision and source, as analyse trends reads them: each
// group's count is the number of incidents written in that hour with those values, worked out by
// hand from the rows below; the filter's time span and categories select as the record reads do.

#include "store/incident_time_counts.h"
#include "store/store.h"

#include "support/catch_qt.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <map>
#include <tuple>

using namespace lb;
using namespace lb::store;

namespace {

// 2024-03-05T10:00:00Z.
constexpr Instant kTen = 1709632800;

Incident incident(Instant t, const char *category, const char *source, TimePrecision precision = TimePrecision::Exact)
{
    Incident inc;
    inc.position = {674000.0, 6580000.0};
    inc.occurredAt = t;
    inc.category = QString::fromLatin1(category);
    inc.source = QString::fromLatin1(source);
    inc.timePrecision = precision;
    return inc;
}

// (hour start, on minute 0, category, source, precision) → count.
using Groups = std::map<std::tuple<Instant, bool, QString, QString, TimePrecision>, std::int64_t>;

Groups groupsOf(const IncidentTimeCounts &c)
{
    Groups g;
    for (std::size_t i = 0; i < c.size(); ++i) {
        const Instant hour = c.times[i] - c.times[i] % 3600;
        g[{hour, c.times[i] % 3600 == 0, c.categories[c.category[i]],
           c.sources.isEmpty() ? QString() : c.sources[c.source[i]], c.precision[i]}] += c.counts[i];
    }
    return g;
}

} // namespace

TEST_CASE("incidents are counted per UTC hour, category, source and precision", "[store][counts]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")), {});
    REQUIRE(store.ok());
    std::vector<Incident> rows{incident(kTen, "klotter", "Polisen"),                 // 10:00, on minute 0
                               incident(kTen + 60 * 17, "klotter", "Polisen"),       // 10:17
                               incident(kTen + 60 * 17, "klotter", "Polisen"),       // 10:17 again: a second event
                               incident(kTen + 60 * 59 + 59, "klotter", "Kommunen"), // 10:59:59
                               incident(kTen + 3600, "brand_bil", "Polisen"),        // 11:00
                               incident(kTen + 86400 * 40, "klotter", "Polisen", TimePrecision::Month)};
    REQUIRE((*store)->insertIncidents(rows).ok());

    SECTION("by category and precision")
    {
        auto c = countIncidentTimes(**store, {}, CountBucket::Hour, false);
        REQUIRE(c.ok());
        CHECK(c->total == 6);
        const Groups expected{{{kTen, true, "klotter", "", TimePrecision::Exact}, 1},
                              {{kTen, false, "klotter", "", TimePrecision::Exact}, 3},
                              {{kTen + 3600, true, "brand_bil", "", TimePrecision::Exact}, 1},
                              {{kTen + 86400 * 40, true, "klotter", "", TimePrecision::Month}, 1}};
        CHECK(groupsOf(*c) == expected);
    }
    SECTION("by source, within a time span and for one category")
    {
        IncidentFilter f;
        f.span = TimeSpan{kTen + 60, kTen + 86400};
        f.categories = {QStringLiteral("klotter")};
        auto c = countIncidentTimes(**store, f, CountBucket::Hour, true);
        REQUIRE(c.ok());
        CHECK(c->total == 3);
        const Groups expected{{{kTen, false, "klotter", "Polisen", TimePrecision::Exact}, 2},
                              {{kTen, false, "klotter", "Kommunen", TimePrecision::Exact}, 1}};
        CHECK(groupsOf(*c) == expected);
    }
    SECTION("by minute")
    {
        auto c = countIncidentTimes(**store, {}, CountBucket::Minute, false);
        REQUIRE(c.ok());
        std::map<Instant, std::int64_t> perMinute;
        for (std::size_t i = 0; i < c->size(); ++i)
            perMinute[c->times[i]] += c->counts[i];
        CHECK(perMinute ==
              std::map<Instant, std::int64_t>{
                  {kTen, 1}, {kTen + 60 * 17, 2}, {kTen + 60 * 59, 1}, {kTen + 3600, 1}, {kTen + 86400 * 40, 1}});
    }
    SECTION("a selection by place is refused, not ignored")
    {
        IncidentFilter f;
        f.areaId = 1;
        CHECK_FALSE(countIncidentTimes(**store, f, CountBucket::Hour, false).ok());
    }
}

TEST_CASE("hours are fine enough for Swedish time, minutes for India's", "[store][counts]")
{
    CHECK(countBucketFor(QTimeZone("Europe/Stockholm")) == CountBucket::Hour);
    CHECK(countBucketFor(QTimeZone("UTC")) == CountBucket::Hour);
    CHECK(countBucketFor(QTimeZone("Asia/Kolkata")) == CountBucket::Minute);
}
