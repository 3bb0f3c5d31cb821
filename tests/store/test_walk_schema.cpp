// Schema version 10: the walk-plan and finding-photo tables, added to an older store without
// touching its walks and findings.

#include "core/walk_plan.h"
#include "store/schema.h"
#include "store/store.h"

#include "support/catch_qt.h"

#include <QTemporaryDir>

using namespace lb;
using namespace lb::store;

TEST_CASE("migration to version 10 adds walk points and photos and keeps the findings", "[store][migration][walks]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.gpkg"));
    {
        auto old = Store::createAtSchemaVersion(path, {}, 9);
        REQUIRE(old.ok());
        Walk walk;
        walk.date = QDate(2025, 9, 18);
        walk.name = QStringLiteral("Centrum");
        walk.route = {{674000.0, 6580000.0}, {674400.0, 6580100.0}};
        auto id = (*old)->insertWalk(walk);
        REQUIRE(id.ok());
        // Written as a version-9 program wrote them (the typed writer knows the new columns).
        for (int i = 0; i < 2; ++i)
            REQUIRE(
                (*old)
                    ->database()
                    .exec(QStringLiteral("INSERT INTO walk_findings (walk_id, kind) VALUES (%1, 'lighting')").arg(*id))
                    .ok());
        CHECK_FALSE(
            (*old)->database().queryInt(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'walk_points'")));
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK((*store)->schemaVersion() == kCurrentSchemaVersion);
    const Database &db = (*store)->database();
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM walk_findings")) == 2);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM walk_findings WHERE status_changed_on IS NULL AND "
                                     "point_number IS NULL")) == 2);
    CHECK(db.queryText(QStringLiteral("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = "
                                      "'walk_points'")) == QStringLiteral("POINT"));
    CHECK(db.queryText(QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = 'finding_photos'")) ==
          QStringLiteral("attributes"));

    // Every reason the program writes is accepted by the table; others are refused.
    for (WalkPointReason r :
         {WalkPointReason::OpenFinding, WalkPointReason::UnsafePlace, WalkPointReason::IncidentCluster,
          WalkPointReason::ServiceReport, WalkPointReason::Added}) {
        CHECK(walkPointReasonFromString(toString(r)) == r);
        CHECK(db.exec(QStringLiteral("INSERT INTO walk_points (walk_id, number, reason) VALUES (1, 1, '%1')")
                          .arg(toString(r)))
                  .ok());
    }
    CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO walk_points (walk_id, number, reason) VALUES (1, 1, 'x')")).ok());
    CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO walk_points (walk_id, number) VALUES (1, 0)")).ok());
    CHECK_FALSE(walkPointReasonFromString(QStringLiteral("x")).has_value());
}

TEST_CASE("a finding keeps its walk point number and the day its status changed", "[store][walks]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")));
    REQUIRE(store.ok());
    std::vector<WalkFinding> findings(1);
    findings[0].kind = QStringLiteral("lighting");
    findings[0].position = {674100.0, 6580020.0};
    findings[0].pointNumber = 4;
    REQUIRE((*store)->insertWalkFindings(findings).ok());

    WalkFinding f = findings[0];
    f.status = FindingStatus::InProgress;
    f.statusChangedOn = QDate(2025, 10, 2);
    REQUIRE((*store)->updateWalkFinding(f, QStringLiteral("Tekniska kontoret")).ok());

    auto read = (*store)->walkFindings();
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(read->front().pointNumber == 4);
    CHECK(read->front().status == FindingStatus::InProgress);
    CHECK(read->front().statusChangedOn == QDate(2025, 10, 2));
    const auto logged = (*store)->database().queryText(
        QStringLiteral("SELECT new_values FROM edit_log WHERE table_name = 'walk_findings' AND action = 'update'"));
    REQUIRE(logged.has_value());
    CHECK(logged->contains(QStringLiteral("\"status_changed_on\":\"2025-10-02\"")));
}
