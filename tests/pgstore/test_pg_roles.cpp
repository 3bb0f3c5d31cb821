// The roles and row-level security an administrator sets up: the test runs exactly the SQL that
// docs/shared-store.md shows (its ```sql block; the Swedish page shows the same), on a copy of the
// demo store, and checks what each login sees and may write against counts made as the owner.

#include "pg_test_server.h"
#include "pgstore/pg_connection.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lb;

namespace {

QString sqlBlock(const QString &doc)
{
    QFile file(QStringLiteral(LB_DOCS_DIR "/") + doc);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype begin = text.indexOf(QLatin1String("```sql\n"));
    REQUIRE(begin >= 0);
    const qsizetype end = text.indexOf(QLatin1String("\n```"), begin + 7);
    REQUIRE(end > begin);
    return text.mid(begin + 7, end - begin - 7);
}

std::int64_t count(const pgstore::PgConnection &db, const QString &sql)
{
    auto n = db.queryText(sql);
    INFO(sql.toStdString());
    REQUIRE(n);
    return n->toLongLong();
}

QString asUser(QString url, const QString &user)
{
    url.replace(QStringLiteral("user=lagesbild"), QStringLiteral("user=") + user);
    return url;
}

} // namespace

TEST_CASE("The roles SQL of the shared-store page gives each role what the page says", "[pgstore][roles]")
{
    qputenv("LAGESBILD_LANG", "en");
    const QString sql = sqlBlock(QStringLiteral("shared-store.md"));
    CHECK(sqlBlock(QStringLiteral("shared-store.sv.md")) == sql);

    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("demo.gpkg"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), gpkg}, &out, &err) == 0);
    const QString url = test::freshPgDatabase(QStringLiteral("roles_demo"));
    REQUIRE(test::runCli({QStringLiteral("copy-store"), gpkg, url}, &out, &err) == 0);
    auto owner = pgstore::PgConnection::open(url);
    REQUIRE(owner);
    // Roles belong to the whole server: leftovers of an earlier run go first.
    for (const char *role :
         {"anna", "bo_polisen", "karin_telge", "lagesbild_coordinator", "lagesbild_partner", "lagesbild_municipality"})
        REQUIRE(owner->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(role))));
    const Status setUp = owner->exec(sql);
    REQUIRE(setUp.errorMessage().toStdString() == "");

    // A county store also holds a neighbouring municipality's incidents: one east of Södertälje.
    REQUIRE(owner->exec(QStringLiteral("INSERT INTO incidents (geom, occurred_at, category, source, time_precision, "
                                       "location_precision) VALUES (ST_SetSRID(ST_MakePoint(674000, 6580000), 3006), "
                                       "now(), 'klotter', 'Polisen', 'exact', 'exact')")));
    // A second municipality login, the way the page adds one, for a district of the demo.
    REQUIRE(owner->exec(QStringLiteral("CREATE ROLE jarna LOGIN IN ROLE lagesbild_municipality; INSERT INTO "
                                       "municipality_areas VALUES ('jarna', 'Järna')")));
    const std::int64_t all = count(*owner, QStringLiteral("SELECT count(*) FROM incidents"));
    const std::int64_t police =
        count(*owner, QStringLiteral("SELECT count(*) FROM incidents WHERE source = 'Polisen'"));
    const std::int64_t inMunicipality =
        count(*owner, QStringLiteral("SELECT count(*) FROM incidents i, areas a WHERE a.name = 'Södertälje kommun' "
                                     "AND ST_Intersects(i.geom, a.geom)"));
    REQUIRE(police > 0);
    REQUIRE(police < all);
    REQUIRE(inMunicipality > 0);
    REQUIRE(inMunicipality == all - 1);
    const std::int64_t inJarna =
        count(*owner, QStringLiteral("SELECT count(*) FROM incidents i, areas a WHERE a.name = "
                                     "'Järna' AND ST_Intersects(i.geom, a.geom)"));
    REQUIRE(inJarna > 0);
    REQUIRE(inJarna < inMunicipality);

    // The coordinator sees everything and may edit findings.
    auto anna = pgstore::PgConnection::open(asUser(url, QStringLiteral("anna")));
    REQUIRE(anna);
    CHECK(count(*anna, QStringLiteral("SELECT count(*) FROM incidents")) == all);
    CHECK(anna->exec(QStringLiteral("UPDATE walk_findings SET responsible = 'Anna' WHERE fid = (SELECT min(fid) "
                                    "FROM walk_findings)")));

    // A partner sees only its own organisation's incidents, and the shared aggregate of everyone's.
    auto bo = pgstore::PgConnection::open(asUser(url, QStringLiteral("bo_polisen")));
    REQUIRE(bo);
    CHECK(count(*bo, QStringLiteral("SELECT count(*) FROM incidents")) == police);
    CHECK(count(*bo, QStringLiteral("SELECT count(*) FROM incidents WHERE source <> 'Polisen'")) == 0);
    const std::int64_t aggregate = count(*bo, QStringLiteral("SELECT sum(incidents) FROM incident_counts"));
    CHECK(aggregate == count(*owner, QStringLiteral("SELECT sum(incidents) FROM incident_counts")));
    CHECK(aggregate > police);
    CHECK(count(*bo, QStringLiteral("SELECT min(incidents) FROM incident_counts")) >= 5);
    // It reports as itself, and not as another organisation; it cannot read the findings.
    const QString insert = QStringLiteral("INSERT INTO incidents (geom, occurred_at, category, source, time_precision, "
                                          "location_precision) VALUES (ST_SetSRID(ST_MakePoint(648000, 6563000), "
                                          "3006), now(), 'klotter', '%1', 'exact', 'exact')");
    const Status own = bo->exec(insert.arg(QStringLiteral("Polisen")));
    CHECK(own.errorMessage().toStdString() == "");
    const Status other = bo->exec(insert.arg(QStringLiteral("Telge Bostäder")));
    CHECK(other.errorMessage().contains(QLatin1String("row-level security")));
    CHECK_FALSE(bo->query(QStringLiteral("SELECT count(*) FROM walk_findings")));
    CHECK(count(*owner, QStringLiteral("SELECT count(*) FROM incidents")) == all + 1);

    // A municipality in a county store reads the incidents inside its own area, and cannot write.
    auto karin = pgstore::PgConnection::open(asUser(url, QStringLiteral("karin_telge")));
    REQUIRE(karin);
    CHECK(count(*karin, QStringLiteral("SELECT count(*) FROM incidents")) == inMunicipality + 1);
    CHECK_FALSE(karin->exec(insert.arg(QStringLiteral("Polisen"))));
    auto jarna = pgstore::PgConnection::open(asUser(url, QStringLiteral("jarna")));
    REQUIRE(jarna);
    CHECK(count(*jarna, QStringLiteral("SELECT count(*) FROM incidents")) == inJarna);
}
