// The map snapshot (store/point_snapshot.h): what it gives for a filter is what the rows give,
// checked against SQL run here on the demo store (counts per category, per source and per
// precision, and each incident's position and time), and a change to the incidents by any
// connection makes it unused until it is written again.

#include "demo/demo_builder.h"
#include "store/point_snapshot.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <map>
#include <tuple>

using namespace lb;
using namespace lb::store;

namespace {

QString demoCopy(const QTemporaryDir &dir)
{
    static QTemporaryDir demoDir;
    static const QString demo = [] {
        const QString p = demoDir.filePath(QStringLiteral("demo.gpkg"));
        Feedback feedback;
        const Status s = demo::buildDemoStore(p, {}, feedback);
        if (!s)
            FAIL(s.errorMessage().toStdString());
        return p;
    }();
    const QString path = dir.filePath(QStringLiteral("copy.gpkg"));
    REQUIRE(QFile::copy(demo, path));
    return path;
}

using Row = std::tuple<FeatureId, double, double, Instant, QString, QString, int>;

// Each incident as one comparable row, whatever order the read gave them in.
std::map<FeatureId, Row> rowsOf(const IncidentPoints &p)
{
    std::map<FeatureId, Row> out;
    for (size_t i = 0; i < p.size(); ++i)
        out[p.ids[i]] = {p.ids[i],
                         p.positions[i].x,
                         p.positions[i].y,
                         p.times[i],
                         p.categories[p.categoryIndex[i]],
                         p.sources[p.sourceIndex[i]],
                         int(p.precision[i])};
    return out;
}

std::map<QString, std::int64_t> countBy(const IncidentPoints &p, bool bySource)
{
    std::map<QString, std::int64_t> out;
    for (size_t i = 0; i < p.size(); ++i)
        ++out[bySource ? p.sources[p.sourceIndex[i]] : p.categories[p.categoryIndex[i]]];
    return out;
}

std::map<QString, std::int64_t> sqlCounts(const Store &st, const QString &column)
{
    std::map<QString, std::int64_t> out;
    auto stmt = st.database().prepare(
        QStringLiteral("SELECT coalesce(%1, ''), count(*) FROM incidents GROUP BY 1").arg(column));
    REQUIRE(stmt.ok());
    while (stmt->step())
        out[stmt->text(0)] = stmt->int64(1);
    return out;
}

} // namespace

TEST_CASE("the map snapshot holds every incident as the rows do", "[store][snapshot]")
{
    QTemporaryDir dir;
    const QString path = demoCopy(dir);
    auto st = Store::open(path, Store::Mode::ReadWrite);
    REQUIRE(st.ok());
    CHECK_FALSE(hasPointSnapshot(**st));
    CHECK_FALSE(readPointSnapshot(**st, {}).has_value());
    REQUIRE(writePointSnapshot(**st).ok());
    REQUIRE(hasPointSnapshot(**st));

    auto fromSnapshot = readPointSnapshot(**st, {});
    REQUIRE(fromSnapshot.has_value());
    REQUIRE(fromSnapshot->ok());
    auto fromRows = (*st)->incidentPoints();
    REQUIRE(fromRows.ok());
    REQUIRE(fromRows->size() > 1000);
    CHECK(fromSnapshot->value().size() == fromRows->size());
    CHECK(rowsOf(fromSnapshot->value()) == rowsOf(*fromRows));

    // Counts worked out by SQL on the table itself.
    CHECK(countBy(fromSnapshot->value(), false) == sqlCounts(**st, QStringLiteral("category")));
    CHECK(countBy(fromSnapshot->value(), true) == sqlCounts(**st, QStringLiteral("source")));
    std::map<int, std::int64_t> byPrecision;
    for (LocationPrecision p : fromSnapshot->value().precision)
        ++byPrecision[int(p)];
    std::map<int, std::int64_t> sqlPrecision;
    for (const auto &[text, n] : sqlCounts(**st, QStringLiteral("location_precision")))
        sqlPrecision[int(locationPrecisionFromString(text).value_or(LocationPrecision::Exact))] += n;
    CHECK(byPrecision == sqlPrecision);
    CHECK(byPrecision.size() >= 2); // the demo has exact and centre-placed incidents
}

TEST_CASE("a filtered read of the map snapshot selects what the rows select", "[store][snapshot]")
{
    QTemporaryDir dir;
    const QString path = demoCopy(dir);
    auto st = Store::open(path, Store::Mode::ReadWrite);
    REQUIRE(st.ok());
    REQUIRE(writePointSnapshot(**st).ok());
    auto all = (*st)->incidentPoints();
    REQUIRE(all.ok());
    Extent whole;
    for (const PointXY &p : all->positions)
        whole.include(p);

    IncidentFilter filter;
    // The south-west quarter, the middle year and two categories.
    filter.extent = Extent{whole.minX, whole.minY, (whole.minX + whole.maxX) / 2, (whole.minY + whole.maxY) / 2};
    const Instant first = *std::min_element(all->times.begin(), all->times.end());
    const Instant last = *std::max_element(all->times.begin(), all->times.end());
    filter.span = TimeSpan{first + (last - first) / 3, first + 2 * (last - first) / 3};
    filter.categories = {all->categories.value(0), all->categories.value(1)};

    auto fromSnapshot = readPointSnapshot(**st, filter);
    REQUIRE(fromSnapshot.has_value());
    REQUIRE(fromSnapshot->ok());
    auto fromRows = (*st)->incidentPoints(filter);
    REQUIRE(fromRows.ok());
    // The R-tree's single-precision boxes may add a row on the edge; the snapshot takes the edge exactly.
    auto expected = rowsOf(*fromRows);
    std::erase_if(expected, [&](const auto &kv) {
        const auto &[id, x, y, t, c, s, p] = kv.second;
        return x < filter.extent->minX || x > filter.extent->maxX || y < filter.extent->minY || y > filter.extent->maxY;
    });
    REQUIRE(expected.size() > 10);
    CHECK(expected.size() < all->size() / 8);
    CHECK(rowsOf(fromSnapshot->value()) == expected);

    // An area needs the rows: the snapshot is not used.
    IncidentFilter area;
    area.areaId = 1;
    CHECK_FALSE(readPointSnapshot(**st, area).has_value());
}

TEST_CASE("a change to the incidents makes the map snapshot unused until it is written again", "[store][snapshot]")
{
    QTemporaryDir dir;
    const QString path = demoCopy(dir);
    {
        auto st = Store::open(path, Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        REQUIRE(writePointSnapshot(**st).ok());
    }
    // Another connection (another program) changes one incident's source.
    {
        auto other = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(other.ok());
        REQUIRE(other
                    ->exec(QStringLiteral("UPDATE incidents SET source = 'changed' WHERE fid = "
                                          "(SELECT min(fid) FROM incidents)"))
                    .ok());
    }
    auto st = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    CHECK_FALSE(hasPointSnapshot(**st));
    auto reader = readerFor(**st);
    auto points = reader->mapPoints();
    REQUIRE(points.ok());
    auto rows = (*st)->incidentPoints();
    REQUIRE(rows.ok());
    CHECK(rowsOf(*points) == rowsOf(*rows)); // read from the rows, with the change
    CHECK(std::get<5>(rowsOf(*points).begin()->second) == QStringLiteral("changed"));

    // Deleting an incident does the same after a new snapshot.
    {
        auto rw = Store::open(path, Store::Mode::ReadWrite);
        REQUIRE(rw.ok());
        REQUIRE(writePointSnapshot(**rw).ok());
        REQUIRE(hasPointSnapshot(**rw));
        REQUIRE((*rw)->database().exec(QStringLiteral("DELETE FROM incidents WHERE fid = 2")).ok());
        CHECK_FALSE(hasPointSnapshot(**rw));
    }
}
