// The PostgreSQL/PostGIS store's own schema and its typed incident reads and writes.

#include "pg_test_server.h"
#include "pgstore/pg_connection.h"
#include "pgstore/pg_incidents.h"
#include "pgstore/pg_schema.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace lb;

namespace {

Instant utc(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC).toSecsSinceEpoch();
}

Incident incident(double x, double y, Instant t, const char *category)
{
    Incident i;
    i.position = {x, y};
    i.occurredAt = t;
    i.category = QString::fromLatin1(category);
    i.source = QStringLiteral("Polisen");
    return i;
}

} // namespace

TEST_CASE("A new PostGIS store gets the current schema once, and a newer one is refused", "[pgstore][schema]")
{
    auto db = pgstore::PgConnection::open(test::freshPgDatabase(QStringLiteral("schema_versions")));
    REQUIRE(db);
    CHECK(*pgstore::pgSchemaVersion(*db) == 0);
    const Status created = pgstore::ensurePgSchema(*db, 3006);
    REQUIRE(created.errorMessage().toStdString() == "");
    CHECK(*pgstore::pgSchemaVersion(*db) == pgstore::kPgSchemaVersion);
    // Every table the copy moves exists, and geometry columns carry the store's SRID.
    for (const auto &t : pgstore::pgTables()) {
        INFO(t.name);
        CHECK(*db->queryText(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(QLatin1String(t.name))) ==
              QLatin1String("t"));
    }
    CHECK(*db->queryText(QStringLiteral("SELECT Find_SRID('public', 'incidents', 'geom')")) == QLatin1String("3006"));
    CHECK(*db->queryText(QStringLiteral("SELECT type FROM geometry_columns WHERE f_table_name = 'incidents'")) ==
          QLatin1String("POINT"));
    // Opening again changes nothing.
    CHECK(pgstore::ensurePgSchema(*db, 3006));
    REQUIRE(db->exec(QStringLiteral("UPDATE lb_meta SET value = '99' WHERE key = 'schema_version'")));
    const Status newer = pgstore::ensurePgSchema(*db, 3006);
    REQUIRE_FALSE(newer);
    CHECK(newer.errorMessage().contains(QLatin1String("99")));
}

TEST_CASE("Incidents written by COPY are read back by extent, time and category", "[pgstore][incidents]")
{
    auto db = pgstore::PgConnection::open(test::freshPgDatabase(QStringLiteral("incident_reads")));
    REQUIRE(db);
    REQUIRE(pgstore::ensurePgSchema(*db, 3006));
    const std::vector<Incident> incidents = {
        incident(674000.25, 6580000.5, utc(2024, 1, 10, 10), "klotter"),     // inside, in January
        incident(674200.0, 6580200.0, utc(2024, 2, 10, 12), "skadegorelse"), // inside, in February
        incident(680000.0, 6590000.0, utc(2024, 1, 15, 9), "klotter"),       // outside the extent
        incident(674100.0, 6580100.0, utc(2023, 12, 31, 23), "klotter"),     // before the span
    };
    auto written = pgstore::writeIncidents(*db, incidents);
    REQUIRE(written);
    CHECK(*written == 4);

    store::IncidentFilter filter;
    filter.extent = Extent{673000, 6579000, 675000, 6581000};
    filter.span = TimeSpan{utc(2024, 1, 1, 0), utc(2024, 3, 1, 0)};
    auto points = pgstore::readIncidentPoints(*db, filter);
    REQUIRE(points);
    REQUIRE(points->size() == 2);
    CHECK(points->ids == std::vector<FeatureId>{1, 2});
    CHECK(points->positions[0] == PointXY{674000.25, 6580000.5});
    CHECK(points->times[0] == utc(2024, 1, 10, 10));
    CHECK(points->times[1] == utc(2024, 2, 10, 12));
    CHECK(points->categories[points->categoryIndex[1]] == QLatin1String("skadegorelse"));

    filter.categories = {QStringLiteral("klotter")};
    points = pgstore::readIncidentPoints(*db, filter);
    REQUIRE(points);
    CHECK(points->ids == std::vector<FeatureId>{1});

    // Without a filter every incident comes back.
    points = pgstore::readIncidentPoints(*db, {});
    REQUIRE(points);
    CHECK(points->size() == 4);

    // The extent query can use the GiST index (with sequential scans ruled out, as on a large table).
    REQUIRE(db->exec(QStringLiteral("SET enable_seqscan = off")));
    auto plan = db->query(QStringLiteral("EXPLAIN SELECT fid FROM incidents WHERE geom && "
                                         "ST_MakeEnvelope(673000, 6579000, 675000, 6581000, 3006)"));
    REQUIRE(plan);
    QString text;
    for (int r = 0; r < plan->rowCount(); ++r)
        text += plan->text(r, 0) + QLatin1Char('\n');
    INFO(text.toStdString());
    CHECK(text.contains(QLatin1String("incidents_geom")));
}

TEST_CASE("A server that cannot be reached is named in the error", "[pgstore][connection]")
{
    CHECK(pgstore::PgConnection::isConnectionString(QStringLiteral("postgresql://db.example/lagesbild")));
    CHECK_FALSE(pgstore::PgConnection::isConnectionString(QStringLiteral("/home/a/store.gpkg")));
    auto db = pgstore::PgConnection::open(QStringLiteral("postgresql:///lagesbild?host=/nonexistent-folder&port=1"));
    REQUIRE_FALSE(db);
    CHECK(db.errorMessage().contains(QLatin1String("/nonexistent-folder")));
}
