// lagesbild-cli walk create, list, plan, points and points-edit on a store built in the test, where
// the open finding, the unsafe place and the e-service report near the district are placed by hand.

#include "cli_run.h"
#include "store/store.h"
#include "store/walk_store.h"
#include "support/catch_qt.h"

#include <QDateTime>

using lb::test::CliResult;
using lb::test::runCliIn;
using lb::test::scratchDir;
using namespace lb;

namespace {
Instant noon(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// District "Centrum" (a 1 km square at 650000, 6560000) and "Ytterby" beside it; an earlier walk
// with an open lamp finding, a fixed one and one outside; a survey round with two unsafe pins 20 m
// apart and one safe pin; one e-service report, one police report, one report from two years ago.
QString buildStore()
{
    const QString path = scratchDir() + QStringLiteral("/walks.gpkg");
    auto created = store::Store::create(path);
    REQUIRE(created.ok());
    store::Store &s = **created;
    const double x0 = 650000, y0 = 6560000;
    std::vector<Area> areas(2);
    areas[0].name = QStringLiteral("Centrum");
    areas[0].kind = QStringLiteral("district");
    areas[0].geometry = {Polygon{{{{x0, y0}, {x0 + 1000, y0}, {x0 + 1000, y0 + 1000}, {x0, y0 + 1000}, {x0, y0}}}}};
    areas[1].name = QStringLiteral("Ytterby");
    areas[1].kind = QStringLiteral("district");
    areas[1].geometry = {
        Polygon{{{{x0 + 1000, y0}, {x0 + 2000, y0}, {x0 + 2000, y0 + 1000}, {x0 + 1000, y0 + 1000}, {x0 + 1000, y0}}}}};
    REQUIRE(s.insertAreas(areas).ok());
    Walk earlier;
    earlier.date = QDate(2025, 10, 1);
    earlier.name = QStringLiteral("Centrum 2025");
    earlier.areaId = areas[0].id;
    auto earlierId = s.insertWalk(earlier);
    REQUIRE(earlierId.ok());
    std::vector<WalkFinding> findings(3);
    for (WalkFinding &f : findings) {
        f.walkId = *earlierId;
        f.kind = QStringLiteral("belysning");
    }
    findings[0].position = {x0 + 100, y0 + 100};
    findings[1].position = {x0 + 200, y0 + 100};
    findings[1].status = FindingStatus::Fixed;
    findings[2].position = {x0 + 1500, y0 + 500};
    REQUIRE(s.insertWalkFindings(findings).ok());
    auto survey = s.insertSurvey({0, QStringLiteral("Trygghetsmätning 2025"), 2025, {}, 0});
    REQUIRE(survey.ok());
    std::vector<SurveyPin> pins(3);
    pins[0].position = {x0 + 800, y0 + 800};
    pins[0].rating = 1;
    pins[1].position = {x0 + 820, y0 + 800};
    pins[1].rating = 2;
    pins[2].position = {x0 + 500, y0 + 500};
    pins[2].rating = 5;
    for (SurveyPin &p : pins)
        p.surveyId = *survey;
    REQUIRE(s.insertSurveyPins(pins).ok());
    std::vector<Incident> incidents(3);
    incidents[0].position = {x0 + 900, y0 + 100};
    incidents[0].occurredAt = noon(2026, 5, 4);
    incidents[0].source = QStringLiteral("Kommunens e-tjänst");
    incidents[0].sourceRef = QStringLiteral("ETJ-1");
    incidents[1].position = {x0 + 300, y0 + 700};
    incidents[1].occurredAt = noon(2026, 5, 5);
    incidents[1].source = QStringLiteral("Polisen");
    incidents[1].sourceRef = QStringLiteral("P-1");
    incidents[2].position = {x0 + 600, y0 + 600};
    incidents[2].occurredAt = noon(2024, 5, 5);
    incidents[2].source = QStringLiteral("Kommunens e-tjänst");
    incidents[2].sourceRef = QStringLiteral("ETJ-0");
    for (Incident &i : incidents)
        i.category = QStringLiteral("klotter");
    REQUIRE(s.insertIncidents(incidents).ok());
    return path;
}

CliResult run(const QStringList &args, const QString &language = QStringLiteral("en"))
{
    return runCliIn(language, QStringList{QStringLiteral("walk")} + args);
}
} // namespace

TEST_CASE("walk create, plan --save and points: the plan holds exactly the expected points", "[cli][walks]")
{
    const QString path = buildStore();
    const CliResult created =
        run({QStringLiteral("create"), path, QStringLiteral("--date"), QStringLiteral("2026-09-17"),
             QStringLiteral("--name"), QStringLiteral("Centrum 2026"), QStringLiteral("--district"),
             QStringLiteral("centrum"), QStringLiteral("--participants"), QStringLiteral("Polisen; Bostadsbolaget")});
    INFO(created.out.toStdString() << created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    CHECK(id == QStringLiteral("2")); // the earlier walk is 1

    const CliResult list = run({QStringLiteral("list"), path});
    CHECK(list.out.contains(QStringLiteral("Centrum 2026")));
    CHECK(list.out.contains(QStringLiteral("Polisen;Bostadsbolaget")));

    const CliResult plan = run({QStringLiteral("plan"), path, QStringLiteral("--walk"), id, QStringLiteral("--save")});
    INFO(plan.out.toStdString() << plan.err.toStdString());
    REQUIRE(plan.exitCode == 0);
    CHECK(plan.out.contains(QStringLiteral("Candidates: 1 open findings, 1 unsafe places, 0 incident clusters, 1 "
                                           "e-service reports; 0 left out by --max.")));

    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto points = store::WalkStore(**store).walkPoints(id.toLongLong());
    REQUIRE(points.ok());
    REQUIRE(points->size() == 3);
    // From the district's westmost corner (650000, 6560000): the lamp at +100,+100 (141 m), then
    // the e-service report at +900,+100 (800 m on), then the pins' place at +810,+800 (706 m on);
    // the other order would walk 141 + 986 + 706.
    CHECK((*points)[0].reason == WalkPointReason::OpenFinding);
    CHECK((*points)[0].sourceTable == QStringLiteral("walk_findings"));
    CHECK((*points)[1].reason == WalkPointReason::ServiceReport);
    CHECK((*points)[2].reason == WalkPointReason::UnsafePlace);
    CHECK((*points)[2].weight == 2);
    CHECK((*points)[2].position == PointXY{650810, 6560800});

    // walk points prints the saved plan; the source in the user's language, the reason as it was
    // written when proposed (here in English).
    const CliResult shown = run({QStringLiteral("points"), path, QStringLiteral("--walk"), id}, QStringLiteral("sv"));
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Öppen iakttagelse")));
    CHECK(shown.out.contains(QStringLiteral("2 residents marked this place unsafe in Trygghetsmätning 2025")));
    CHECK(shown.out.contains(QStringLiteral("(650810, 6560800)")));
}

TEST_CASE("walk points-edit adds, moves and removes points and logs each change", "[cli][walks]")
{
    const QString path = buildStore();
    const CliResult created = run({QStringLiteral("create"), path, QStringLiteral("--date"),
                                   QStringLiteral("2026-09-17"), QStringLiteral("--name"), QStringLiteral("Sträckan"),
                                   QStringLiteral("--route"), QStringLiteral("650000 6560100, 651000 6560100")});
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    // Within 150 m of the route: the lamp and the e-service report.
    REQUIRE(run({QStringLiteral("plan"), path, QStringLiteral("--walk"), id, QStringLiteral("--save")}).exitCode == 0);
    const auto edit = [&](const QStringList &more) {
        return run(QStringList{QStringLiteral("points-edit"), path, QStringLiteral("--walk"), id} + more);
    };
    CHECK(edit({QStringLiteral("--add"), QStringLiteral("650500,6560120"), QStringLiteral("--place"),
                QStringLiteral("Tunneln"), QStringLiteral("--at"), QStringLiteral("2")})
              .exitCode == 0);
    CHECK(edit({QStringLiteral("--move"), QStringLiteral("3"), QStringLiteral("--to"), QStringLiteral("1")}).exitCode ==
          0);
    CHECK(edit({QStringLiteral("--remove"), QStringLiteral("2")}).exitCode == 0);

    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto points = store::WalkStore(**store).walkPoints(id.toLongLong());
    REQUIRE(points.ok());
    // [lamp, report] → add at 2: [lamp, Tunneln, report] → move 3 to 1: [report, lamp, Tunneln]
    // → remove 2: [report, Tunneln].
    REQUIRE(points->size() == 2);
    CHECK((*points)[0].reason == WalkPointReason::ServiceReport);
    CHECK((*points)[1].place == QStringLiteral("Tunneln"));
    CHECK((*points)[1].reason == WalkPointReason::Added);
    CHECK((*points)[1].number == 2);
    CHECK((*store)->database().queryInt(
              QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walk_points' AND feature_id = %1")
                  .arg(id)) == 4);

    // Wrong numbers and mixed actions are errors about exactly that, and change nothing.
    const CliResult outOfRange = edit({QStringLiteral("--remove"), QStringLiteral("7")});
    CHECK(outOfRange.exitCode == 2);
    CHECK(outOfRange.err.contains(QStringLiteral("from 1 to 2")));
    const CliResult mixed = edit({QStringLiteral("--remove"), QStringLiteral("1"), QStringLiteral("--move"),
                                  QStringLiteral("2"), QStringLiteral("--to"), QStringLiteral("1")});
    CHECK(mixed.exitCode == 2);
    CHECK(mixed.err.contains(QStringLiteral("--remove")));
    const CliResult noWalk = run({QStringLiteral("plan"), path, QStringLiteral("--walk"), QStringLiteral("99")});
    CHECK(noWalk.exitCode == 2);
    CHECK(noWalk.err.contains(QStringLiteral("99")));
    CHECK(store::WalkStore(**store).walkPoints(id.toLongLong())->size() == 2);
}
