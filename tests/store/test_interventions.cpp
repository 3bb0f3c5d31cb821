// Interventions in the store: the migration that adds them, typed writes and reads, validation
// and the edit log.

#include "store/intervention_store.h"
#include "store/schema.h"
#include "store/store.h"

#include "support/catch_qt.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lb;
using namespace lb::store;

namespace {
Area square(const QString &name, double x0, double y0, double side)
{
    Area a;
    a.name = name;
    a.kind = QStringLiteral("district");
    a.geometry = {Polygon{{{{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}, {x0, y0}}}}};
    return a;
}

Intervention cameras()
{
    Intervention i;
    i.name = QStringLiteral("Kameror vid stationen");
    i.kind = QStringLiteral("camera");
    i.shape = InterventionShape::Point;
    i.point = {674000.0, 6580000.0};
    i.radius = 150.0;
    i.startsOn = QDate(2024, 3, 1);
    i.endsOn = QDate(2025, 2, 28);
    i.organisation = QStringLiteral("Kommunen");
    i.cost = 480000.0;
    i.description = QStringLiteral("Fyra kameror på perrongen och i tunneln");
    i.links = {{QStringLiteral("walk_findings"), 12}, {QStringLiteral("survey_pins"), 7}};
    return i;
}
} // namespace

TEST_CASE("migration to version 7 adds the intervention tables and keeps the data", "[store][migration][interventions]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.gpkg"));
    {
        auto old = Store::createAtSchemaVersion(path, {}, 6);
        REQUIRE(old.ok());
        CHECK_FALSE(
            (*old)->database().queryInt(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'interventions'")));
        std::vector<Area> areas{square(QStringLiteral("Centrum"), 0, 0, 1000)};
        REQUIRE((*old)->insertAreas(areas).ok());
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK((*store)->schemaVersion() == kCurrentSchemaVersion); // migrated through version 7
    const Database &db = (*store)->database();
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM areas")) == 1);
    CHECK(db.queryText(QStringLiteral("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = "
                                      "'interventions'")) == QStringLiteral("GEOMETRY"));
    InterventionStore interventions(**store);
    auto kinds = interventions.kinds();
    REQUIRE(kinds.ok());
    REQUIRE(kinds->size() == 11);
    CHECK(kinds->front().code == QStringLiteral("camera"));
    CHECK(kinds->front().labelSv == QStringLiteral("Kamerabevakning"));
    CHECK(kinds->back().labelEn == QStringLiteral("Other"));
}

TEST_CASE("interventions of every shape read back field by field", "[store][interventions]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")));
    REQUIRE(store.ok());
    std::vector<Area> areas{square(QStringLiteral("Centrum"), 0, 0, 1000),
                            square(QStringLiteral("Norr"), 0, 1000, 1000)};
    REQUIRE((*store)->insertAreas(areas).ok());
    InterventionStore s(**store);

    const Intervention point = cameras();
    Intervention route;
    route.name = QStringLiteral("Nattvandring längs ån");
    route.kind = QStringLiteral("night_walks");
    route.shape = InterventionShape::Route;
    route.route = {{100, 100}, {400, 500}, {900, 500}};
    route.radius = 50;
    route.startsOn = QDate(2023, 9, 1);
    Intervention polygon;
    polygon.name = QStringLiteral("Ny belysning i parken");
    polygon.kind = QStringLiteral("lighting");
    polygon.shape = InterventionShape::Polygon;
    polygon.polygon = square(QString(), 200, 200, 300).geometry;
    polygon.startsOn = QDate(2024, 1, 15);
    Intervention districts;
    districts.name = QStringLiteral("Fältassistenter");
    districts.kind = QStringLiteral("field_assistants");
    districts.shape = InterventionShape::Districts;
    districts.areaIds = {areas[1].id, areas[0].id};
    districts.startsOn = QDate(2024, 6, 1);

    std::vector<std::int64_t> ids;
    for (const Intervention *i : std::initializer_list<const Intervention *>{&point, &route, &polygon, &districts}) {
        auto id = s.insert(*i, QStringLiteral("Anna"));
        INFO(id.errorMessage().toStdString());
        REQUIRE(id.ok());
        ids.push_back(*id);
    }
    auto all = s.interventions();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    // Ordered by start date: the route (2023-09), the polygon, the cameras, the districts.
    const Intervention &r = (*all)[0];
    CHECK(r.route == route.route);
    CHECK(r.radius == 50.0);
    CHECK_FALSE(r.endsOn.isValid());
    CHECK_FALSE(r.cost.has_value());
    CHECK((*all)[1].polygon.front().rings == polygon.polygon.front().rings);
    const Intervention &p = (*all)[2];
    CHECK(p.id == ids[0]);
    CHECK(p.name == point.name);
    CHECK(p.kind == QStringLiteral("camera"));
    CHECK(p.shape == InterventionShape::Point);
    CHECK(p.point == point.point);
    CHECK(p.radius == 150.0);
    CHECK(p.startsOn == QDate(2024, 3, 1));
    CHECK(p.endsOn == QDate(2025, 2, 28));
    CHECK(p.organisation == QStringLiteral("Kommunen"));
    CHECK(p.cost == 480000.0);
    CHECK(p.description == point.description);
    CHECK(p.links == point.links);
    CHECK((*all)[3].areaIds == districts.areaIds);

    // Every insert is in the edit log with its author.
    const Database &db = (*store)->database();
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'interventions' AND action = "
                                     "'insert' AND author = 'Anna'")) == 4);

    // An update logs the values before and after; a removal takes the districts and links along.
    Intervention changed = p;
    changed.endsOn = QDate(2025, 6, 30);
    changed.links.clear();
    REQUIRE(s.update(changed, QStringLiteral("Bo")).ok());
    CHECK(s.intervention(p.id)->endsOn == QDate(2025, 6, 30));
    CHECK(s.intervention(p.id)->links.empty());
    const auto oldValues = db.queryText(QStringLiteral("SELECT old_values FROM edit_log WHERE action = 'update'"));
    const auto newValues = db.queryText(QStringLiteral("SELECT new_values FROM edit_log WHERE action = 'update'"));
    REQUIRE(oldValues);
    REQUIRE(newValues);
    CHECK(oldValues->contains(QStringLiteral("\"ends_on\":\"2025-02-28\"")));
    CHECK(newValues->contains(QStringLiteral("\"ends_on\":\"2025-06-30\"")));
    REQUIRE(s.remove(ids[3], QStringLiteral("Bo")).ok());
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM intervention_areas")) == 0);
    CHECK(s.interventions()->size() == 3);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM edit_log WHERE action = 'delete'")) == 1);
}

TEST_CASE("an intervention that cannot be right is refused with a reason and nothing is written",
          "[store][interventions]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")));
    REQUIRE(store.ok());
    InterventionStore s(**store);
    Intervention i = cameras();
    i.endsOn = QDate(2024, 2, 1);
    CHECK(s.insert(i).errorMessage() == QStringLiteral("The intervention ends before it starts."));
    i = cameras();
    i.kind = QStringLiteral("drones");
    CHECK(s.insert(i).errorMessage() == QStringLiteral("Unknown kind of intervention: drones."));
    i.radius = 0;
    i.kind = QStringLiteral("camera");
    CHECK(s.insert(i).errorMessage() == QStringLiteral("A point intervention needs a radius in metres."));
    CHECK(s.interventions()->empty());

    // The list of kinds is editable: a new kind is then accepted.
    REQUIRE(s.saveKind({QStringLiteral("drones"), QStringLiteral("Drönare"), QStringLiteral("Drones"), 0}).ok());
    CHECK(s.kinds()->back().labelSv == QStringLiteral("Drönare"));
    CHECK(s.kinds()->back().sortOrder == 12);
    i = cameras();
    i.kind = QStringLiteral("drones");
    CHECK(s.insert(i).ok());
}

TEST_CASE("GDAL reads the interventions layer", "[store][interventions]")
{
    REQUIRE(test::haveProgram(QStringLiteral("ogrinfo")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        InterventionStore s(**store);
        REQUIRE(s.insert(cameras()).ok());
        REQUIRE((*store)->checkpoint().ok());
    }
    QString out;
    REQUIRE(test::runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-al"), path, QStringLiteral("interventions")},
                             &out) == 0);
    CHECK(out.contains(QStringLiteral("Feature Count: 1")));
    CHECK(out.contains(QStringLiteral("POINT (674000 6580000)")));
    CHECK(out.contains(QStringLiteral("Kameror vid stationen")));
    const QString validator = QStringLiteral("/usr/share/doc/python3-gdal/examples/validate_gpkg.py");
    if (QFile::exists(validator)) {
        QString report, err;
        CHECK(test::runProgram(QStringLiteral("/usr/bin/python3"), {validator, path}, &report, &err) == 0);
        CHECK(report.trimmed().isEmpty());
    }
}
