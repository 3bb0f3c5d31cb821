// Walks and their plans through WalkStore: create, change and delete a walk, replace its plan in
// walking order, and the edit log that records every change.

#include "store/store.h"
#include "store/walk_store.h"

#include "support/catch_qt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace lb;
using namespace lb::store;

namespace {
std::unique_ptr<Store> freshStore(const QTemporaryDir &dir)
{
    auto store = Store::create(dir.filePath(QStringLiteral("walks.gpkg")));
    REQUIRE(store.ok());
    Area district;
    district.name = QStringLiteral("Centrum");
    district.kind = QStringLiteral("district");
    district.geometry = {Polygon{{{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}}}};
    std::vector<Area> areas{district};
    REQUIRE((*store)->insertAreas(areas).ok());
    return std::move(*store);
}

Walk centrumWalk(FeatureId areaId)
{
    Walk w;
    w.date = QDate(2026, 9, 17);
    w.name = QStringLiteral("Trygghetsvandring Centrum");
    w.areaId = areaId;
    w.participants = QStringLiteral(" Polisen ;Bostadsbolaget;; Räddningstjänsten ");
    return w;
}

WalkPoint point(double x, double y, WalkPointReason reason, const QString &place)
{
    WalkPoint p;
    p.position = {x, y};
    p.reason = reason;
    p.place = place;
    p.why = QStringLiteral("skäl för ") + place;
    return p;
}

std::int64_t count(const Store &s, const QString &sql)
{
    return s.database().queryInt(sql).value_or(-1);
}
} // namespace

TEST_CASE("a walk is created, changed and deleted, each change in the edit log", "[store][walks]")
{
    QTemporaryDir dir;
    auto store = freshStore(dir);
    WalkStore walks(*store);
    const FeatureId areaId = store->areas()->front().id;

    auto id = walks.create(centrumWalk(areaId), QStringLiteral("Anna"));
    REQUIRE(id.ok());
    auto w = walks.walk(*id);
    REQUIRE(w.ok());
    CHECK(w->name == QStringLiteral("Trygghetsvandring Centrum"));
    CHECK(w->date == QDate(2026, 9, 17));
    CHECK(w->areaId == areaId);
    CHECK(w->participants == QStringLiteral("Polisen;Bostadsbolaget;Räddningstjänsten"));
    CHECK(participantList(w->participants).size() == 3);

    Walk changed = *w;
    changed.route = {{100, 100}, {500, 100}, {500, 600}};
    changed.participants = QStringLiteral("Polisen");
    REQUIRE(walks.update(changed, QStringLiteral("Bertil")).ok());
    auto after = walks.walk(*id);
    REQUIRE(after.ok());
    CHECK(after->route == changed.route);
    CHECK(after->participants == QStringLiteral("Polisen"));

    REQUIRE(walks.remove(*id, QStringLiteral("Cecilia")).ok());
    CHECK_FALSE(walks.walk(*id).ok());
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM walks")) == 0);

    auto log = store->database().prepare(QStringLiteral(
        "SELECT action, author, old_values, new_values FROM edit_log WHERE table_name = 'walks' ORDER BY id"));
    REQUIRE(log.ok());
    QStringList actions, authors;
    QString updateOld, updateNew;
    while (log->step()) {
        actions << log->text(0);
        authors << log->text(1);
        if (log->text(0) == QLatin1String("update")) {
            updateOld = log->text(2);
            updateNew = log->text(3);
        }
    }
    CHECK(actions == QStringList{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")});
    CHECK(authors == QStringList{QStringLiteral("Anna"), QStringLiteral("Bertil"), QStringLiteral("Cecilia")});
    CHECK(QJsonDocument::fromJson(updateOld.toUtf8()).object().value(QStringLiteral("participants")).toString() ==
          QStringLiteral("Polisen;Bostadsbolaget;Räddningstjänsten"));
    CHECK(QJsonDocument::fromJson(updateNew.toUtf8()).object().value(QStringLiteral("route")).toArray().size() == 3);
}

TEST_CASE("a walk without a name, a date or a known district is refused and nothing is written", "[store][walks]")
{
    QTemporaryDir dir;
    auto store = freshStore(dir);
    WalkStore walks(*store);
    Walk noName = centrumWalk(0);
    noName.name = QStringLiteral("  ");
    Walk noDate = centrumWalk(0);
    noDate.date = QDate();
    Walk badArea = centrumWalk(999);
    Walk onePoint = centrumWalk(0);
    onePoint.route = {{1, 1}};
    for (const Walk &w : {noName, noDate, badArea, onePoint}) {
        auto r = walks.create(w);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.errorMessage().isEmpty());
    }
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM walks")) == 0);
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walks'")) == 0);
}

TEST_CASE("a walk's plan is replaced as a whole and numbered in the order given", "[store][walks]")
{
    QTemporaryDir dir;
    auto store = freshStore(dir);
    WalkStore walks(*store);
    auto id = walks.create(centrumWalk(0));
    REQUIRE(id.ok());
    auto other = walks.create(centrumWalk(0));
    REQUIRE(other.ok());

    WalkPlan plan{point(100, 100, WalkPointReason::UnsafePlace, QStringLiteral("Torget")),
                  point(300, 120, WalkPointReason::IncidentCluster, QStringLiteral("Stationen")),
                  point(320, 400, WalkPointReason::Added, QStringLiteral("Tunneln"))};
    plan[0].sourceTable = QStringLiteral("survey_pins");
    plan[0].sourceId = 7;
    plan[0].weight = 4;
    plan[2].number = 99; // ignored: numbers follow the order
    REQUIRE(walks.setWalkPoints(*id, plan, QStringLiteral("Anna")).ok());
    REQUIRE(walks.setWalkPoints(*other, {point(5, 5, WalkPointReason::Added, QStringLiteral("Annan"))}).ok());

    auto stored = walks.walkPoints(*id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK((*stored)[i].number == static_cast<int>(i + 1));
        CHECK((*stored)[i].place == plan[i].place);
        CHECK((*stored)[i].position == plan[i].position);
        CHECK((*stored)[i].reason == plan[i].reason);
        CHECK((*stored)[i].walkId == *id);
    }
    CHECK((*stored)[0].sourceTable == QStringLiteral("survey_pins"));
    CHECK((*stored)[0].sourceId == 7);
    CHECK((*stored)[0].weight == 4);

    // Reordered and one removed: the old plan goes, the new one is numbered 1..2.
    WalkPlan reordered{(*stored)[2], (*stored)[0]};
    REQUIRE(walks.setWalkPoints(*id, reordered, QStringLiteral("Bertil")).ok());
    auto again = walks.walkPoints(*id);
    REQUIRE(again.ok());
    REQUIRE(again->size() == 2);
    CHECK((*again)[0].place == QStringLiteral("Tunneln"));
    CHECK((*again)[0].number == 1);
    CHECK((*again)[1].place == QStringLiteral("Torget"));
    CHECK((*again)[1].number == 2);
    CHECK(walks.walkPoints(*other)->size() == 1); // the other walk's plan is untouched

    auto log = store->database().prepare(QStringLiteral(
        "SELECT old_values, new_values FROM edit_log WHERE table_name = 'walk_points' AND feature_id = ? ORDER BY id"));
    REQUIRE(log.ok());
    log->bind(1, *id);
    std::vector<std::pair<int, int>> sizes;
    while (log->step())
        sizes.emplace_back(QJsonDocument::fromJson(log->text(0).toUtf8()).array().size(),
                           QJsonDocument::fromJson(log->text(1).toUtf8()).array().size());
    CHECK(sizes == std::vector<std::pair<int, int>>{{0, 3}, {3, 2}});

    // A plan for a walk that does not exist is refused.
    CHECK_FALSE(walks.setWalkPoints(12345, plan).ok());
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM walk_points WHERE walk_id = 12345")) == 0);
}

TEST_CASE("deleting a walk takes its plan along but is refused while findings belong to it", "[store][walks]")
{
    QTemporaryDir dir;
    auto store = freshStore(dir);
    WalkStore walks(*store);
    auto id = walks.create(centrumWalk(0));
    REQUIRE(id.ok());
    REQUIRE(walks.setWalkPoints(*id, {point(1, 2, WalkPointReason::Added, QStringLiteral("A"))}).ok());
    WalkFinding f;
    f.walkId = *id;
    f.kind = QStringLiteral("lighting");
    f.position = {1, 2};
    std::vector<WalkFinding> findings{f};
    REQUIRE(store->insertWalkFindings(findings).ok());

    auto refused = walks.remove(*id);
    CHECK_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("1")));
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM walks")) == 1);

    REQUIRE(store->database().exec(QStringLiteral("DELETE FROM walk_findings")).ok());
    REQUIRE(walks.remove(*id).ok());
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM walks")) == 0);
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM walk_points")) == 0);
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM rtree_walk_points_geom")) == 0);
}
