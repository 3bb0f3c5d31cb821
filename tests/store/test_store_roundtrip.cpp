#include "core/local_clock.h"
#include "store/store.h"

#include "support/catch_qt.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace lb;
using namespace lb::store;

namespace {

Incident makeIncident(double x, double y, const char *when, const char *category, const char *source = "Polisen")
{
    Incident i;
    i.position = {x, y};
    i.occurredAt = parseUtc(QString::fromLatin1(when)).value();
    i.category = QString::fromLatin1(category);
    i.source = QString::fromUtf8(source);
    return i;
}

MultiPolygon square(double x0, double y0, double size)
{
    return {Polygon{{LinearRing{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}}};
}

} // namespace

TEST_CASE("incidents written to a store read back field by field", "[store]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("s.gpkg")), {});
    REQUIRE(created.ok());
    Store &store = **created;
    CHECK(store.epsg() == 3006);
    CHECK(store.timeZone().id() == "Europe/Stockholm");

    Incident a = makeIncident(650000.25, 6565000.5, "2023-03-29T14:05:00Z", "klotter", "Telge Bostäder");
    a.sourceRef = QStringLiteral("TB-1");
    a.description = QStringLiteral("Klotter på fasad, ÅÄÖ åäö");
    a.locationPrecision = LocationPrecision::Street;
    a.timePrecision = TimePrecision::Day;
    Incident b = makeIncident(651000, 6566000, "2024-07-01T20:00:00Z", "brand_bil");
    std::vector<Incident> rows{a, b};
    REQUIRE(store.insertIncidents(rows).ok());
    CHECK(rows[0].id > 0);
    CHECK(rows[1].id > rows[0].id);

    auto back = store.incidents();
    REQUIRE(back.ok());
    REQUIRE(back->size() == 2);
    const Incident &r = back->front();
    CHECK(r.id == rows[0].id);
    CHECK(r.position == a.position);
    CHECK(r.occurredAt == a.occurredAt);
    CHECK(r.category == a.category);
    CHECK(r.source == QStringLiteral("Telge Bostäder"));
    CHECK(r.sourceRef == a.sourceRef);
    CHECK(r.description == a.description);
    CHECK(r.locationPrecision == LocationPrecision::Street);
    CHECK(r.timePrecision == TimePrecision::Day);
}

TEST_CASE("queries by extent, time, category, source and area select exactly the matching incidents", "[store]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("q.gpkg")), {});
    REQUIRE(created.ok());
    Store &store = **created;

    // A 20 x 20 lattice of incidents 100 m apart, spread over four years and three categories.
    std::vector<Incident> rows;
    const char *categories[] = {"klotter", "skadegorelse", "narkotika"};
    const char *sources[] = {"Polisen", "Kommunen"};
    for (int i = 0; i < 20; ++i) {
        for (int j = 0; j < 20; ++j) {
            Incident inc;
            inc.position = {640000.0 + i * 100.0, 6560000.0 + j * 100.0};
            inc.occurredAt = parseUtc(QStringLiteral("2021-01-01T12:00:00Z")).value() + (i * 20 + j) * 3 * 86400LL;
            inc.category = QString::fromLatin1(categories[(i + j) % 3]);
            inc.source = QString::fromLatin1(sources[i % 2]);
            rows.push_back(inc);
        }
    }
    REQUIRE(store.insertIncidents(rows).ok());

    const auto expectCount = [&](const IncidentFilter &filter, auto predicate) {
        const auto expected = std::count_if(rows.begin(), rows.end(), predicate);
        auto got = store.incidentPoints(filter);
        REQUIRE(got.ok());
        CHECK(static_cast<long>(got->size()) == expected);
        auto full = store.incidents(filter);
        REQUIRE(full.ok());
        CHECK(static_cast<long>(full->size()) == expected);
        for (const Incident &i : *full)
            CHECK(predicate(i));
    };

    IncidentFilter byExtent;
    byExtent.extent = Extent{640250, 6560150, 640650, 6560420};
    expectCount(byExtent, [](const Incident &i) {
        return i.position.x >= 640250 && i.position.x <= 640650 && i.position.y >= 6560150 && i.position.y <= 6560420;
    });

    IncidentFilter bySpan;
    bySpan.span = TimeSpan{parseUtc(QStringLiteral("2022-01-01T00:00:00Z")).value(),
                           parseUtc(QStringLiteral("2022-07-01T00:00:00Z")).value()};
    expectCount(bySpan, [&](const Incident &i) { return bySpan.span->contains(i.occurredAt); });

    IncidentFilter byCategory;
    byCategory.categories = {QStringLiteral("klotter"), QStringLiteral("narkotika")};
    byCategory.sources = {QStringLiteral("Kommunen")};
    expectCount(byCategory, [](const Incident &i) {
        return (i.category == QLatin1String("klotter") || i.category == QLatin1String("narkotika")) &&
               i.source == QLatin1String("Kommunen");
    });

    // An L-shaped area: the bounding box holds points the polygon does not.
    Area area;
    area.name = QStringLiteral("L");
    area.kind = QStringLiteral("district");
    area.geometry = {Polygon{{LinearRing{{639950, 6559950},
                                         {640950, 6559950},
                                         {640950, 6560450},
                                         {640450, 6560450},
                                         {640450, 6560950},
                                         {639950, 6560950},
                                         {639950, 6559950}}}}};
    std::vector<Area> areas{area};
    REQUIRE(store.insertAreas(areas).ok());
    IncidentFilter byArea;
    byArea.areaId = areas[0].id;
    expectCount(byArea, [&](const Incident &i) { return contains(area.geometry, i.position); });
    // 10 x 5 in the lower bar plus 5 x 5 in the upper arm.
    CHECK(store.incidentPoints(byArea)->size() == 75);
}

TEST_CASE("counts by year use the store's local calendar", "[store]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("c.gpkg")), {});
    REQUIRE(created.ok());
    Store &store = **created;
    std::vector<Incident> rows{
        makeIncident(650000, 6565000, "2022-12-31T22:30:00Z", "klotter"),   // 23:30 local: 2022
        makeIncident(650000, 6565000, "2022-12-31T23:30:00Z", "klotter"),   // 00:30 local: 2023
        makeIncident(650000, 6565000, "2023-06-30T22:30:00Z", "brand_bil"), // 00:30 local 1 July
        makeIncident(650000, 6565000, "2023-07-15T10:00:00Z", "vald_hot"),
    };
    REQUIRE(store.insertIncidents(rows).ok());

    auto years = store.countIncidents({}, GroupBy::Year);
    REQUIRE(years.ok());
    REQUIRE(years->size() == 2);
    CHECK(years->at(0).key == QStringLiteral("2022"));
    CHECK(years->at(0).count == 1);
    CHECK(years->at(1).key == QStringLiteral("2023"));
    CHECK(years->at(1).count == 3);

    auto months = store.countIncidents({}, GroupBy::Month);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 3);
    CHECK(months->at(2).key == QStringLiteral("2023-07"));
    CHECK(months->at(2).count == 2);

    auto groups = store.countIncidents({}, GroupBy::CategoryGroup);
    REQUIRE(groups.ok());
    std::map<QString, std::int64_t> byGroup;
    for (const GroupCount &g : *groups)
        byGroup[g.key] = g.count;
    CHECK(byGroup[QStringLiteral("property")] == 2);
    CHECK(byGroup[QStringLiteral("fire")] == 1);
    CHECK(byGroup[QStringLiteral("violence")] == 1);

    const TimeSpan span = store.incidentTimeSpan();
    CHECK(span.begin == rows[0].occurredAt);
    CHECK(span.end == rows[3].occurredAt + 1);
}

TEST_CASE("surveys, walks and findings round-trip; finding edits are logged", "[store]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("w.gpkg")), {});
    REQUIRE(created.ok());
    Store &store = **created;

    std::vector<Area> areas{
        {0, square(640000, 6560000, 1000), QStringLiteral("Öst"), QStringLiteral("district"), 4200}};
    REQUIRE(store.insertAreas(areas).ok());
    auto survey = store.insertSurvey({0, QStringLiteral("Trygghetsmätning 2023"), 2023, QStringLiteral("webb")});
    REQUIRE(survey.ok());
    std::vector<SurveyPin> pins{{0,
                                 {640100, 6560100},
                                 *survey,
                                 2,
                                 TimeOfDay::Evening,
                                 QStringLiteral("Mörkt"),
                                 QStringLiteral("Lampan är trasig"),
                                 QStringLiteral("R-1"),
                                 0}};
    REQUIRE(store.insertSurveyPins(pins).ok());
    std::vector<SurveyAnswer> answers{{0, *survey, areas[0].id, QStringLiteral("unsafe_evening"), 250, 0.312}};
    REQUIRE(store.insertSurveyAnswers(answers).ok());

    Walk walk{0,           {{640000, 6560000}, {640500, 6560500}}, QDate(2024, 10, 17), QStringLiteral("Vandring"),
              areas[0].id, QStringLiteral("Polisen, kommunen")};
    auto walkId = store.insertWalk(walk);
    REQUIRE(walkId.ok());
    std::vector<WalkFinding> findings{{0,
                                       {640200, 6560200},
                                       *walkId,
                                       QStringLiteral("belysning"),
                                       QStringLiteral("Trasig lampa"),
                                       QStringLiteral("Gatuenheten"),
                                       FindingStatus::Open,
                                       QDate(2024, 12, 1),
                                       QDate(),
                                       0,
                                       QDate(),
                                       0}};
    REQUIRE(store.insertWalkFindings(findings).ok());

    auto pinBack = store.surveyPins(*survey);
    REQUIRE(pinBack.ok());
    REQUIRE(pinBack->size() == 1);
    CHECK(pinBack->front().timeOfDay == TimeOfDay::Evening);
    CHECK(pinBack->front().comment == QStringLiteral("Lampan är trasig"));
    auto answerBack = store.surveyAnswers(*survey);
    REQUIRE(answerBack.ok());
    CHECK(answerBack->front().share == Approx(0.312));
    CHECK(answerBack->front().areaId == areas[0].id);
    auto walkBack = store.walks();
    REQUIRE(walkBack.ok());
    CHECK(walkBack->front().route == walk.route);
    CHECK(walkBack->front().date == QDate(2024, 10, 17));

    WalkFinding fixed = findings[0];
    fixed.status = FindingStatus::Fixed;
    fixed.fixedDate = QDate(2024, 11, 20);
    REQUIRE(store.updateWalkFinding(fixed, QStringLiteral("anna")).ok());
    auto findingBack = store.walkFindings(*walkId);
    REQUIRE(findingBack.ok());
    CHECK(findingBack->front().status == FindingStatus::Fixed);
    CHECK(findingBack->front().fixedDate == QDate(2024, 11, 20));
    CHECK(findingBack->front().dueDate == QDate(2024, 12, 1));
    const auto logged = store.database().queryText(
        QStringLiteral("SELECT old_values || ' -> ' || new_values FROM edit_log WHERE table_name = 'walk_findings'"));
    REQUIRE(logged);
    CHECK(logged->contains(QStringLiteral("\"status\":\"open\"")));
    CHECK(logged->contains(QStringLiteral("\"status\":\"fixed\"")));

    // The taxonomy is seeded, with the sensitive flag on domestic violence.
    auto categories = store.categories();
    REQUIRE(categories.ok());
    CHECK(categories->size() == defaultCategories().size());
    const auto vinr = std::find_if(categories->begin(), categories->end(),
                                   [](const Category &c) { return c.code == QLatin1String("vald_nara_relation"); });
    REQUIRE(vinr != categories->end());
    CHECK(vinr->sensitive);
    CHECK(store.findingKinds()->size() == 8);
}

TEST_CASE("a failed write leaves the store as it was", "[store]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("f.gpkg")), {});
    REQUIRE(created.ok());
    Store &store = **created;
    std::vector<Incident> rows{makeIncident(650000, 6565000, "2023-01-01T10:00:00Z", "klotter"),
                               makeIncident(650100, 6565100, "2023-01-02T10:00:00Z", "klotter")};
    rows[0].sourceRef = QStringLiteral("X-1");
    rows[1].sourceRef = QStringLiteral("X-1"); // same source and reference: the unique index refuses it
    const Status s = store.insertIncidents(rows);
    CHECK_FALSE(s.ok());
    CHECK(store.incidentPoints()->size() == 0);
    CHECK(store.database().queryInt(QStringLiteral("SELECT count(*) FROM rtree_incidents_geom")) == 0);
}
