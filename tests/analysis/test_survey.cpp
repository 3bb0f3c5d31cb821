// Survey shares, pin clusters (DBSCAN) and walk follow-up against values worked by hand or
// published (shown in the comments).

#include "analysis/dbscan.h"
#include "analysis/survey_stats.h"
#include "analysis/walk_followup.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lb;
using namespace lb::analysis;

TEST_CASE("two proportions: Newcombe's interval and the pooled z-test", "[statistics][survey]")
{
    // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 against 48/80, difference
    // 0.2000, method 10 (hybrid score): 0.0524 to 0.3339.
    // Pooled: 104/150 = 0.693333; se = √(0.693333 · 0.306667 · (1/70 + 1/80)) = 0.075468;
    // z = 0.2/0.075468 = 2.650172; two-sided p = 0.008045.
    const auto c = compareProportions(48, 80, 56, 70);
    CHECK(c.difference == Approx(0.2));
    CHECK(c.lower == Approx(0.0524).margin(5e-5));
    CHECK(c.upper == Approx(0.3339).margin(5e-5));
    CHECK(c.z == Approx(2.650172).epsilon(1e-5));
    CHECK(c.pValue == Approx(0.008045).epsilon(1e-3));
    // Equal shares: z = 0, p = 1.
    CHECK(compareProportions(45, 100, 45, 100).pValue == Approx(1.0));
}

TEST_CASE("survey shares per district and round keep gap years as gaps", "[survey]")
{
    // A: 2020 30/100, 2021 45/100, 2023 45/100. B: 2020 10/50, 2023 20/50. No round in 2022.
    const std::vector<int> year{2020, 2021, 2023, 2020, 2023};
    const std::vector<int> district{0, 0, 0, 1, 1};
    const std::vector<double> respondents{100, 100, 100, 50, 50};
    const std::vector<double> yes{30, 45, 45, 10, 20};
    SurveyShareInput in{year, district, respondents, yes, {QStringLiteral("A"), QStringLiteral("B")}};
    auto r = surveyShares(in, {});
    REQUIRE(r.ok());
    REQUIRE(r->years == std::vector<int>{2020, 2021, 2022, 2023});
    REQUIRE(r->shares.size() == 12); // A, B and the whole area × 4 years
    // A 2020: 30/100, Wilson 0.218949 .. 0.395849 (centre (0.3 + 0.019208)/1.038415, half-width
    // 1.887483 · √(0.0021 + 0.000096)).
    CHECK(r->shares[0].share.estimate == Approx(0.3));
    CHECK(r->shares[0].share.lower == Approx(0.218949).margin(1e-5));
    CHECK(r->shares[0].share.upper == Approx(0.395849).margin(1e-5));
    // 2022 is a gap everywhere, and B has no 2021 either: not measured, not zero, not interpolated.
    CHECK_FALSE(r->shares[2].measured);
    CHECK(std::isnan(r->shares[2].share.estimate));
    CHECK_FALSE(r->shares[4 + 1].measured);
    CHECK(r->notes.join(QLatin1Char(' ')).contains(QStringLiteral("2022")));
    // Whole area 2020: 40/150; 2021: only A answered, 45/100.
    CHECK(r->shares[8].yes == 40);
    CHECK(r->shares[8].respondents == 150);

    // Changes: A 2020→2021, A 2021→2023, B 2020→2023 (across the gap), whole 2020→2021, 2021→2023.
    REQUIRE(r->changes.size() == 5);
    const SurveyChange &a1 = r->changes[0];
    CHECK(a1.fromYear == 2020);
    CHECK(a1.toYear == 2021);
    // 30/100 → 45/100: pooled 0.375, se = √(0.375 · 0.625 · 0.02) = 0.068465, z = 2.190890,
    // p = 0.028460. The whole area the same years: 40/150 → 45/100, pooled 0.34,
    // se = √(0.34 · 0.66 · (1/150 + 1/100)) = 0.061156, z = 2.997821, p = 0.002719.
    // The whole area is a headline test of its own (not adjusted), and A is the only district
    // compared between 2020 and 2021, so both q-values equal the p-values.
    CHECK(a1.comparison.z == Approx(2.190890).epsilon(1e-5));
    CHECK(a1.comparison.pValue == Approx(0.028460).epsilon(1e-3));
    CHECK(a1.qValue == Approx(0.028460).epsilon(1e-3));
    const SurveyChange &w1 = r->changes[3];
    CHECK(w1.district == -1);
    CHECK(w1.comparison.pValue == Approx(0.002719).epsilon(1e-3));
    CHECK(w1.qValue == Approx(0.002719).epsilon(1e-3));
    const SurveyChange &b = r->changes[2];
    CHECK(b.district == 1);
    CHECK(b.fromYear == 2020);
    CHECK(b.toYear == 2023);
    CHECK(b.sentence.contains(QStringLiteral("3 years apart")));
}

TEST_CASE("DBSCAN on a hand-made point set", "[dbscan]")
{
    // A plus of five points with arms of 10 m: only the centre has 5 points within 10 m (itself
    // and the four arms; arm to arm is 14.1 or 20 m), so it is the one core point and the arms are
    // border points. (20, 0) is 10 m from an arm but 20 m from the core: noise, because border
    // points do not extend a cluster. A 3 × 2 block at 5 m spacing: every point has at least 5
    // points within 10 m (a corner: itself, 5, 10, 5, 7.07; the far corner is 11.2 m), so all six
    // are core. (500, 500) is alone: noise.
    const std::vector<PointXY> pts{{0, 0},    {10, 0},   {-10, 0},  {0, 10},   {0, -10},  {20, 0},   {1000, 0},
                                   {1005, 0}, {1010, 0}, {1000, 5}, {1005, 5}, {1010, 5}, {500, 500}};
    Feedback fb;
    const auto r = dbscan(pts, {10.0, 5}, fb);
    CHECK(r.clusterCount == 2);
    CHECK(r.noise == 2);
    for (int i = 0; i < 5; ++i)
        CHECK(r.label[static_cast<std::size_t>(i)] == r.label[0]);
    CHECK(r.core[0] == 1);
    CHECK(r.core[1] == 0);
    CHECK(r.label[5] == -1);
    CHECK(r.label[12] == -1);
    for (int i = 6; i < 12; ++i) {
        CHECK(r.label[static_cast<std::size_t>(i)] == r.label[6]);
        CHECK(r.core[static_cast<std::size_t>(i)] == 1);
    }
    CHECK(r.label[6] != r.label[0]);

    // Pin clusters on the same points: the block is larger, so it comes first; its centre is
    // (1005, 2.5) and its farthest pin √(25 + 6.25) = 5.590 m away. The plus has centre (0, 0),
    // radius 10, reasons: lighting × 3, loitering × 2.
    std::vector<QString> reasons(pts.size(), QStringLiteral("other"));
    reasons[0] = reasons[1] = reasons[2] = QStringLiteral("lighting");
    reasons[3] = reasons[4] = QStringLiteral("loitering");
    const std::vector<int> ratings{1, 2, 1, 2, 1, 0, 3, 3, 3, 3, 3, 3, 5};
    PinClusterParameters par;
    par.dbscan = {10.0, 5};
    const auto c = pinClusters(pts, reasons, ratings, par, fb);
    REQUIRE(c.clusters.size() == 2);
    CHECK(c.clusters[0].size == 6);
    CHECK(c.clusters[0].centre.x == Approx(1005.0));
    CHECK(c.clusters[0].centre.y == Approx(2.5));
    CHECK(c.clusters[0].radius == Approx(std::sqrt(31.25)));
    CHECK(c.clusters[1].size == 5);
    CHECK(c.clusters[1].centre.x == Approx(0.0).margin(1e-12));
    CHECK(c.clusters[1].radius == Approx(10.0));
    CHECK(c.clusters[1].meanRating == Approx(7.0 / 5.0));
    REQUIRE(c.clusters[1].reasons.size() == 2);
    CHECK(c.clusters[1].reasons[0].first == QStringLiteral("lighting"));
    CHECK(c.clusters[1].reasons[0].second == 3);
    CHECK(c.clusters[1].reasons[1].second == 2);
}

TEST_CASE("walk follow-up as of a reference date", "[walks]")
{
    using S = FindingStatus;
    const std::vector<S> status{S::Open,     S::Fixed, S::Fixed, S::Fixed, S::InProgress,
                                S::Rejected, S::Open,  S::Fixed, S::Fixed};
    const std::vector<QDate> found{{2024, 1, 10}, {2024, 1, 10}, {2024, 1, 10}, {2024, 5, 1}, {2023, 10, 1},
                                   {2024, 1, 10}, {2024, 9, 1},  {2024, 3, 1},  {2023, 10, 1}};
    const std::vector<QDate> fixed{{}, {2024, 1, 20}, {2024, 2, 29}, {2024, 8, 1}, {}, {},
                                   {}, {2024, 2, 1},  {2023, 10, 31}};
    const std::vector<std::uint16_t> kind{0, 0, 1, 1, 0, 0, 0, 0, 0};
    const std::vector<std::uint16_t> responsible{0, 1, 0, 1, 0, 1, 0, 1, 0};
    WalkFollowupInput in{status,
                         found,
                         fixed,
                         kind,
                         responsible,
                         {QStringLiteral("lighting"), QStringLiteral("graffiti")},
                         {QStringLiteral("Kommunen"), QStringLiteral("Telge Bostäder")}};
    WalkFollowupParameters par;
    par.referenceDate = QDate(2024, 6, 30);
    par.overdueAfterDays = 90;
    Feedback fb;
    auto r = walkFollowup(in, par, fb);
    REQUIRE(r.ok());
    // Finding 6 comes from a walk after the reference date. Finding 3 was fixed on 1 August, after
    // the reference date, so it was open then. Finding 7 is "fixed" before its walk: a data error.
    CHECK(r->notYetFound == 1);
    CHECK(r->fixedBeforeFound == 1);
    CHECK(r->all.total == 8);
    CHECK(r->all.counts[static_cast<std::size_t>(S::Open)] == 2);
    CHECK(r->all.counts[static_cast<std::size_t>(S::InProgress)] == 1);
    CHECK(r->all.counts[static_cast<std::size_t>(S::Fixed)] == 4);
    CHECK(r->all.counts[static_cast<std::size_t>(S::Rejected)] == 1);
    CHECK(r->statusAsOf[3] == S::Open);
    // Days to fix: 10 (10 → 20 Jan), 50 (10 Jan → 29 Feb 2024: 21 + 29), 30 (1 → 31 Oct): median 30.
    CHECK(r->all.fixedWithDates == 3);
    CHECK(r->all.medianDaysToFix == Approx(30.0));
    // Ages on 30 June 2024: finding 0 is 172 days old (21 + 29 + 31 + 30 + 31 + 30), finding 4 is
    // 273 (30 + 30 + 31 + 31 + 29 + 31 + 30 + 31 + 30); finding 3 is 60 days: not overdue.
    CHECK(r->ageDays[0] == 172);
    CHECK(r->ageDays[4] == 273);
    REQUIRE(r->overdue == std::vector<std::size_t>{4, 0});
    // Kommunen: 0 open, 2 fixed in 50, 4 in progress, 8 fixed in 30 → median 40, two overdue.
    // Telge Bostäder: 1 fixed in 10, 3 open, 5 rejected, 7 (date error) → median 10.
    CHECK(r->byResponsible[0].medianDaysToFix == Approx(40.0));
    CHECK(r->byResponsible[0].overdue == 2);
    CHECK(r->byResponsible[1].medianDaysToFix == Approx(10.0));
    CHECK(r->byResponsible[1].overdue == 0);
    CHECK(r->byKind[1].total == 2);
    CHECK(r->byKind[1].medianDaysToFix == Approx(50.0));
    CHECK(median({4, 1, 3, 2}) == Approx(2.5));
    CHECK(std::isnan(median({})));
}
