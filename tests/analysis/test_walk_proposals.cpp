// Walk proposals from a synthetic district where every open finding, unsafe place, incident
// cluster and e-service report is placed by hand, so the expected points are known by
// construction; and the walking order against brute force.

#include "analysis/walk_order.h"
#include "analysis/walk_proposals.h"

#include <catch2/catch.hpp>

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace lb;
using namespace lb::analysis;

namespace {
Instant at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

struct Fixture {
    std::vector<Walk> walks;
    std::vector<WalkFinding> findings;
    std::vector<Survey> surveys;
    std::vector<SurveyPin> pins;
    std::vector<Incident> incidents;
    std::vector<BaseFeature> streets;
    FeatureId nextId = 1;

    void finding(FeatureId walk, FindingStatus status, const QString &kind, PointXY p)
    {
        WalkFinding f;
        f.id = nextId++;
        f.walkId = walk;
        f.status = status;
        f.kind = kind;
        f.position = p;
        findings.push_back(f);
    }
    void pin(std::int64_t survey, int rating, PointXY p)
    {
        SurveyPin s;
        s.id = nextId++;
        s.surveyId = survey;
        s.rating = rating;
        s.position = p;
        pins.push_back(s);
    }
    void incident(const QString &category, PointXY p, Instant t, const QString &source = QStringLiteral("Polisen"),
                  LocationPrecision precision = LocationPrecision::Exact)
    {
        Incident i;
        i.id = nextId++;
        i.category = category;
        i.position = p;
        i.occurredAt = t;
        i.source = source;
        i.locationPrecision = precision;
        incidents.push_back(i);
    }

    Fixture()
    {
        walks = {{1, {}, QDate(2025, 9, 18), QStringLiteral("Hösten 2025"), 0, {}, 0},
                 {10, {}, QDate(2026, 9, 17), QStringLiteral("Hösten 2026"), 0, {}, 0},
                 {2, {}, QDate(2027, 9, 16), QStringLiteral("Hösten 2027"), 0, {}, 0}};
        finding(1, FindingStatus::Open, QStringLiteral("lighting"), {100, 900});         // proposed
        finding(1, FindingStatus::Fixed, QStringLiteral("lighting"), {150, 900});        // fixed
        finding(1, FindingStatus::Open, QStringLiteral("lighting"), {1500, 500});        // outside
        finding(10, FindingStatus::Open, QStringLiteral("graffiti"), {400, 400});        // this walk
        finding(2, FindingStatus::Open, QStringLiteral("graffiti"), {450, 400});         // a later walk
        finding(1, FindingStatus::InProgress, QStringLiteral("vegetation"), {900, 100}); // proposed

        surveys = {{1, QStringLiteral("Trygghetsmätning 2024"), 2024, {}, 0},
                   {2, QStringLiteral("Trygghetsmätning 2025"), 2025, {}, 0},
                   {3, QStringLiteral("Trygghetsmätning 2027"), 2027, {}, 0}};
        pin(2, 1, {500, 500}); // three pins chained within 50 m: one place, 3 residents
        pin(2, 2, {530, 500});
        pin(2, 2, {530, 530});
        pin(2, 4, {510, 510}); // rated safe enough: not counted
        pin(2, 1, {200, 200}); // a place of its own
        pin(1, 1, {700, 700}); // an older round
        pin(3, 1, {650, 650}); // a round after the walk

        for (int i = 0; i < 6; ++i) // cluster A: 6 vandalism + 1 graffiti
            incident(QStringLiteral("vandalism"), {800.0 + i * 3, 800}, at(2026, 3, 1 + i));
        incident(QStringLiteral("graffiti"), {800, 805}, at(2026, 4, 1));
        for (int i = 0; i < 5; ++i) // cluster B: 5 graffiti
            incident(QStringLiteral("graffiti"), {200.0 + i * 4, 800}, at(2025, 12, 1 + i));
        for (int i = 0; i < 5; ++i) // before the 12 months
            incident(QStringLiteral("vandalism"), {600.0 + i, 200}, at(2024, 6, 1 + i));
        for (int i = 0; i < 5; ++i) // sensitive
            incident(QStringLiteral("violence_close"), {400.0 + i, 600}, at(2026, 2, 1 + i));
        for (int i = 0; i < 5; ++i) // placed at the district's centre
            incident(QStringLiteral("vandalism"), {500, 100}, at(2026, 2, 1 + i), QStringLiteral("Polisen"),
                     LocationPrecision::AreaCentroid);
        for (int i = 0; i < 4; ++i) // too few for a cluster
            incident(QStringLiteral("vandalism"), {100.0 + i, 400}, at(2026, 1, 1 + i));
        const QString eService = QStringLiteral("Kommunens e-tjänst");
        incident(QStringLiteral("littering"), {300, 100}, at(2026, 5, 1), eService); // two reports, one place
        incident(QStringLiteral("littering"), {320, 100}, at(2026, 6, 1), eService);
        incident(QStringLiteral("damage"), {900, 900}, at(2026, 8, 1), eService); // one report
        incident(QStringLiteral("damage"), {900, 950}, at(2025, 1, 1), eService); // too old

        BaseFeature street;
        street.name = QStringLiteral("Storgatan");
        street.lines = {{{0, 850}, {1000, 850}}};
        streets.push_back(street);
    }

    WalkProposalInput input() const
    {
        WalkProposalInput in;
        in.walkDate = QDate(2026, 9, 17);
        in.walkId = 10;
        in.area = {Polygon{{{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}}}};
        in.walks = walks;
        in.findings = findings;
        in.surveys = surveys;
        in.pins = pins;
        in.incidents = incidents;
        in.sensitiveCategories = {QStringLiteral("violence_close")};
        in.categoryLabels = {{QStringLiteral("vandalism"), QStringLiteral("Vandalism")},
                             {QStringLiteral("littering"), QStringLiteral("Littering")}};
        in.kindLabels = {{QStringLiteral("lighting"), QStringLiteral("Lighting")}};
        in.streets = streets;
        return in;
    }
};

const WalkPoint *find(const WalkPlan &plan, WalkPointReason reason, PointXY near)
{
    for (const WalkPoint &p : plan)
        if (p.reason == reason && std::hypot(p.position.x - near.x, p.position.y - near.y) < 1e-6)
            return &p;
    return nullptr;
}

// Whether reversing any stretch of the path would shorten it (then 2-opt did not finish).
bool twoOptImproves(PointXY start, const std::vector<PointXY> &path)
{
    std::vector<std::size_t> order(path.size());
    std::iota(order.begin(), order.end(), 0);
    const double length = walkLength(start, path, order);
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size(); ++j) {
            std::vector<std::size_t> other = order;
            std::reverse(other.begin() + static_cast<std::ptrdiff_t>(i),
                         other.begin() + static_cast<std::ptrdiff_t>(j) + 1);
            if (walkLength(start, path, other) < length - 1e-9)
                return true;
        }
    return false;
}
} // namespace

TEST_CASE("a district's proposal holds exactly the open findings, unsafe places, clusters and e-service reports",
          "[analysis][walks]")
{
    const Fixture fx;
    WalkProposalParameters par;
    par.maxPoints = 0;
    Feedback fb;
    auto r = proposeWalkPoints(fx.input(), par, fb);
    REQUIRE(r.ok());
    CHECK(r->candidates == std::array<std::size_t, 4>{2, 2, 2, 2});
    REQUIRE(r->points.size() == 8);
    CHECK(r->leftOut == 0);
    CHECK(r->sensitiveLeftOut == 5);
    CHECK(r->centrePlacedLeftOut == 5);
    CHECK(r->surveyName == QStringLiteral("Trygghetsmätning 2025"));
    CHECK(r->serviceSources == QStringList{QStringLiteral("Kommunens e-tjänst")});
    CHECK(r->start == PointXY{0, 0}); // the westmost corner, the southern of the two

    // 2025-09-18 → 2026-09-17: 365 days to 2026-09-18, less one.
    const WalkPoint *lamp = find(r->points, WalkPointReason::OpenFinding, {100, 900});
    REQUIRE(lamp);
    CHECK(lamp->why.contains(QStringLiteral("Lighting")));
    CHECK(lamp->why.contains(QStringLiteral("2025-09-18")));
    CHECK(lamp->why.contains(QStringLiteral("364")));
    CHECK(lamp->sourceTable == QStringLiteral("walk_findings"));
    CHECK(lamp->sourceId == 1);
    CHECK(lamp->place == QStringLiteral("Storgatan")); // 50 m from the street
    const WalkPoint *bush = find(r->points, WalkPointReason::OpenFinding, {900, 100});
    REQUIRE(bush);
    CHECK(bush->why.contains(QStringLiteral("vegetation"))); // no label given: the code
    CHECK(bush->place.isEmpty());                            // 750 m from the street

    const WalkPoint *three = find(r->points, WalkPointReason::UnsafePlace, {520, 510});
    REQUIRE(three);
    CHECK(three->weight == 3);
    CHECK(three->why.contains(QStringLiteral("Trygghetsmätning 2025")));
    CHECK(three->sourceTable.isEmpty());
    const WalkPoint *one = find(r->points, WalkPointReason::UnsafePlace, {200, 200});
    REQUIRE(one);
    CHECK(one->weight == 1);
    CHECK(one->sourceTable == QStringLiteral("survey_pins"));

    // Cluster A: all 7 are within 100 m of each other, so the densest is the first, (800, 800).
    const WalkPoint *a = find(r->points, WalkPointReason::IncidentCluster, {800, 800});
    REQUIRE(a);
    CHECK(a->weight == 7);
    CHECK(a->why.contains(QStringLiteral("Vandalism")));
    const WalkPoint *b = find(r->points, WalkPointReason::IncidentCluster, {200, 800});
    REQUIRE(b);
    CHECK(b->weight == 5);

    const WalkPoint *litter = find(r->points, WalkPointReason::ServiceReport, {310, 100});
    REQUIRE(litter);
    CHECK(litter->weight == 2);
    CHECK(litter->why.contains(QStringLiteral("2026-06-01")));
    CHECK(litter->why.contains(QStringLiteral("Littering")));
    const WalkPoint *damage = find(r->points, WalkPointReason::ServiceReport, {900, 900});
    REQUIRE(damage);
    CHECK(damage->sourceTable == QStringLiteral("incidents"));

    // Numbered 1..n in walking order, the length the sum of the legs, and no reversal shortens it.
    std::vector<PointXY> path;
    double length = 0.0;
    PointXY from = r->points.front().position; // the length is of the walk itself, from point 1
    for (std::size_t i = 0; i < r->points.size(); ++i) {
        CHECK(r->points[i].number == static_cast<int>(i + 1));
        path.push_back(r->points[i].position);
        length += std::hypot(path.back().x - from.x, path.back().y - from.y);
        from = path.back();
    }
    CHECK(r->lengthMetres == Approx(length));
    CHECK(r->lengthMetres > 0.0);
    CHECK_FALSE(twoOptImproves(r->start, path));
}

TEST_CASE("a cap keeps a mix: the sources take turns in rank order", "[analysis][walks]")
{
    const Fixture fx;
    WalkProposalParameters par;
    par.maxPoints = 5;
    Feedback fb;
    auto r = proposeWalkPoints(fx.input(), par, fb);
    REQUIRE(r.ok());
    REQUIRE(r->points.size() == 5);
    CHECK(r->leftOut == 3);
    // Turn 1: the oldest finding (both are 364 days: the first), the place of 3, cluster A (7), the
    // e-service place with 2 reports; turn 2: the other finding.
    CHECK(find(r->points, WalkPointReason::OpenFinding, {100, 900}));
    CHECK(find(r->points, WalkPointReason::OpenFinding, {900, 100}));
    CHECK(find(r->points, WalkPointReason::UnsafePlace, {520, 510}));
    CHECK(find(r->points, WalkPointReason::IncidentCluster, {800, 800}));
    CHECK(find(r->points, WalkPointReason::ServiceReport, {310, 100}));
}

TEST_CASE("along a drawn route only what lies within the distance is proposed, from the route's start",
          "[analysis][walks]")
{
    const Fixture fx;
    WalkProposalInput in = fx.input();
    in.area.clear();
    in.route = {{0, 800}, {1000, 800}};
    WalkProposalParameters par;
    par.maxPoints = 0;
    par.serviceSources = {QStringLiteral("Polisen")}; // now only the police's reports count as e-service
    Feedback fb;
    auto r = proposeWalkPoints(in, par, fb);
    REQUIRE(r.ok());
    CHECK(r->start == PointXY{0, 800});
    // Within 150 m of y = 800: the lamp finding; no pins; the police incidents of clusters A and B
    // are now "e-service" reports: A's 7 chain into one place and B's 5 into another; the
    // municipality's report at (900, 900) is an ordinary incident, alone, so no cluster.
    CHECK(r->candidates == std::array<std::size_t, 4>{1, 0, 0, 2});
    REQUIRE(r->points.size() == 3);
    CHECK(r->points[0].reason == WalkPointReason::OpenFinding); // (100, 900) is nearest the start
    CHECK(r->points[1].position == PointXY{208, 800});
    CHECK(r->points[2].weight == 7);
}

TEST_CASE("a long chained cluster is placed at its densest incident", "[analysis][walks]")
{
    // A chain of 10 incidents 80 m apart along y = 0 (x = 0 … 720) and 6 more stacked at x = 720,
    // y = 1 … 6; with three points to a core the chain is one cluster of 16. Its centroid,
    // x = (80 · 45 + 6 · 720) / 16 = 495, lies between incidents; the densest incident is (640, 0):
    // itself, (560, 0), (720, 0) and the 6 of the stack (at most 80.3 m) = 9 within 100 m, where
    // (720, 0) and each of the stack have 8.
    std::vector<Incident> incidents;
    for (int i = 0; i < 10; ++i)
        incidents.push_back({i + 1,
                             {80.0 * i, 0},
                             at(2026, 3, 1),
                             TimePrecision::Exact,
                             QStringLiteral("vandalism"),
                             QStringLiteral("Polisen"),
                             {},
                             LocationPrecision::Exact,
                             {},
                             0});
    for (int i = 0; i < 6; ++i)
        incidents.push_back({20 + i,
                             {720.0, 1.0 + i},
                             at(2026, 3, 2),
                             TimePrecision::Exact,
                             QStringLiteral("vandalism"),
                             QStringLiteral("Polisen"),
                             {},
                             LocationPrecision::Exact,
                             {},
                             0});
    WalkProposalInput in;
    in.walkDate = QDate(2026, 9, 17);
    in.route = {{0, 0}, {800, 0}};
    in.incidents = incidents;
    WalkProposalParameters par;
    par.clusterMinPoints = 3;
    Feedback fb;
    auto r = proposeWalkPoints(in, par, fb);
    REQUIRE(r.ok());
    REQUIRE(r->points.size() == 1);
    CHECK(r->points[0].weight == 16);
    CHECK(r->points[0].position == PointXY{640, 0});
}

TEST_CASE("a proposal needs a date and a district or a route", "[analysis][walks]")
{
    const Fixture fx;
    Feedback fb;
    WalkProposalInput noDate = fx.input();
    noDate.walkDate = QDate();
    CHECK_FALSE(proposeWalkPoints(noDate, {}, fb).ok());
    WalkProposalInput nowhere = fx.input();
    nowhere.area.clear();
    CHECK_FALSE(proposeWalkPoints(nowhere, {}, fb).ok());
    CHECK(defaultServiceSources(
              {QStringLiteral("Polisen"), QStringLiteral("Kommunens E-tjänst"), QStringLiteral("City e-service")}) ==
          QStringList{QStringLiteral("Kommunens E-tjänst"), QStringLiteral("City e-service")});
}

TEST_CASE("the walking order is the shortest open path where brute force can check it", "[analysis][walks]")
{
    // Nearest neighbour from (0, 0) goes (8,2), (5,9), (3,9), (7,10): √68 + √58 + 2 + √17 = 21.985 m;
    // the shortest is (8,2), (7,10), (5,9), (3,9): √68 + √65 + √5 + 2 = 20.545 m.
    const std::vector<PointXY> four{{3, 9}, {8, 2}, {5, 9}, {7, 10}};
    const auto order = walkingOrder({0, 0}, four);
    CHECK(order == std::vector<std::size_t>{1, 3, 2, 0});
    CHECK(walkLength({0, 0}, four, order) == Approx(std::sqrt(68.0) + std::sqrt(65.0) + std::sqrt(5.0) + 2.0));

    // Seven scattered points: as short as the best of all 5040 orders.
    const std::vector<PointXY> scattered{{120, 40}, {30, 300}, {400, 380}, {260, 90}, {350, 10}, {80, 150}, {300, 250}};
    std::vector<std::size_t> perm(scattered.size());
    std::iota(perm.begin(), perm.end(), 0);
    double best = std::numeric_limits<double>::infinity();
    do
        best = std::min(best, walkLength({0, 0}, scattered, perm));
    while (std::next_permutation(perm.begin(), perm.end()));
    const auto got = walkingOrder({0, 0}, scattered);
    CHECK(walkLength({0, 0}, scattered, got) == Approx(best));
    CHECK(westmostPoint({Polygon{{{{5, 5}, {2, 9}, {2, 1}, {8, 0}, {5, 5}}}}}) == PointXY{2, 1});
    CHECK(distanceToLine({5, 5}, std::vector<PointXY>{{0, 0}, {10, 0}}) == Approx(5));
}
