// Intervention evaluation against constructed data with known effects. Every expected number is
// worked out by hand in the comments (z = 1.959964 for 95 %).

#include "analysis/comparison_proposal.h"
#include "analysis/intervention_evaluation.h"
#include "analysis/intervention_zones.h"
#include "analysis/poisson_models.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lb;
using namespace lb::analysis;

namespace {
// Monthly counts per area for the 12 months before and the 12 after 1 January 2024; every
// incident on the 15th of its month.
struct Scenario {
    std::vector<QDate> dates;
    std::vector<EvaluationArea> area;
    std::vector<std::uint16_t> source;

    void monthly(EvaluationArea where, int before, int after, std::uint16_t from = 0)
    {
        for (int m = 0; m < 24; ++m) {
            const int count = m < 12 ? before : after;
            for (int i = 0; i < count; ++i) {
                dates.push_back(QDate(2023, 1, 15).addMonths(m));
                area.push_back(where);
                source.push_back(from);
            }
        }
    }
    InterventionEvaluationInput input() const
    {
        InterventionEvaluationInput in;
        in.dates = dates;
        in.area = area;
        in.source = source;
        in.sourceNames = {QStringLiteral("Police"), QStringLiteral("Security company")};
        return in;
    }
    InterventionEvaluationResult run(InterventionEvaluationParameters p = {}) const
    {
        if (!p.start.isValid())
            p.start = QDate(2024, 1, 1);
        // The data cover whole months (the default, the first and last incident, would not).
        if (!p.dataFirstDay.isValid())
            p.dataFirstDay = QDate(2023, 1, 1);
        if (!p.dataLastDay.isValid())
            p.dataLastDay = QDate(2024, 12, 31);
        Feedback feedback;
        auto r = evaluateIntervention(input(), p, feedback);
        REQUIRE(r.ok());
        return r.value();
    }
};

bool has(const InterventionEvaluationResult &r, EvaluationWarning w)
{
    return std::find(r.warningKinds.begin(), r.warningKinds.end(), w) != r.warningKinds.end();
}
} // namespace

TEST_CASE("A drop in the target area only", "[intervention]")
{
    Scenario s;
    s.monthly(EvaluationArea::Target, 10, 6);      // 120 → 72
    s.monthly(EvaluationArea::Comparison, 20, 20); // 240 → 240
    s.monthly(EvaluationArea::Buffer, 8, 8);       // 96 → 96
    s.monthly(EvaluationArea::Outside, 50, 5);     // ignored
    const auto r = s.run();
    CHECK(r.months == 12);
    CHECK(r.beforeFirst == QDate(2023, 1, 1));
    CHECK(r.afterLast == QDate(2024, 12, 31));
    CHECK(r.target.before == 120);
    CHECK(r.target.after == 72);
    CHECK(r.target.percent == Approx(-40.0));
    // RR = (72/120)/(240/240) = 0.6; SE = sqrt(1/120 + 1/72 + 1/240 + 1/240) = 0.174801;
    // CI = exp(ln 0.6 ∓ 1.959964·0.174801) = 0.42595 … 0.84517. Constant months: no dispersion.
    CHECK(r.effect.ratio == Approx(0.6));
    CHECK(r.effect.standardError == Approx(0.174801).epsilon(1e-5));
    CHECK(r.effect.lower == Approx(0.42595).epsilon(1e-4));
    CHECK(r.effect.upper == Approx(0.84517).epsilon(1e-4));
    CHECK(r.effect.dispersion == 1.0);
    // Buffer: RR 1, SE = sqrt(2/96 + 2/240) = 0.170783, CI 0.71553 … 1.39756.
    CHECK(r.bufferEffect.ratio == Approx(1.0));
    CHECK(r.bufferEffect.lower == Approx(0.71553).epsilon(1e-4));
    CHECK(r.bufferEffect.upper == Approx(1.39756).epsilon(1e-4));
    // SM = 72/240 − 120/240 = −0.2; BDM = 96/240 − 96/240 = 0; WDQ = 0.
    CHECK(r.displacement.successMeasure == Approx(-0.2));
    CHECK(r.displacement.bufferMeasure == Approx(0.0).margin(1e-12));
    CHECK(r.displacement.wdq == Approx(0.0).margin(1e-12));
    CHECK(r.preTrend.difference == Approx(0.0).margin(1e-9));
    CHECK(r.warnings.isEmpty());
    const QString text = r.sentences.join(QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("target area fell 40 % (from 120 to 72)")));
    CHECK(text.contains(QStringLiteral("comparison area did not change (240 in both periods)")));
    CHECK(text.contains(QStringLiteral("fell 40 % (95 % CI 15–57 %)")));
    CHECK(text.contains(QStringLiteral("No sign of displacement to the buffer zone")));
}

TEST_CASE("No change anywhere", "[intervention]")
{
    Scenario s;
    s.monthly(EvaluationArea::Target, 10, 10);
    s.monthly(EvaluationArea::Comparison, 20, 20);
    s.monthly(EvaluationArea::Buffer, 8, 8);
    const auto r = s.run();
    CHECK(r.effect.ratio == Approx(1.0));
    // SE = sqrt(2/120 + 2/240) = 0.158114; CI exp(∓0.309898) = 0.73353 … 1.36329.
    CHECK(r.effect.lower == Approx(0.73353).epsilon(1e-4));
    CHECK(r.effect.upper == Approx(1.36329).epsilon(1e-4));
    CHECK_FALSE(r.displacement.meaningful); // SM = 0: nothing to displace
    const QString text = r.sentences.join(QLatin1Char(' '));
    // 100·(0.73353 − 1) = −26.6 → −27; 100·(1.36329 − 1) = 36.3 → +36.
    CHECK(text.contains(QStringLiteral("target area show no clear change: 0 % (95 % CI −27 to +36 %)")));
    CHECK(text.contains(QStringLiteral("weighted displacement quotient does not apply")));
}

TEST_CASE("Displacement into the buffer zone", "[intervention]")
{
    Scenario s;
    s.monthly(EvaluationArea::Target, 10, 5);      // 120 → 60
    s.monthly(EvaluationArea::Comparison, 20, 20); // 240 → 240
    s.monthly(EvaluationArea::Buffer, 8, 12);      // 96 → 144
    const auto r = s.run();
    CHECK(r.effect.ratio == Approx(0.5));
    // Buffer RR = 144/96 = 1.5; SE = sqrt(1/96 + 1/144 + 2/240) = 0.160295;
    // CI exp(ln 1.5 ∓ 0.314173) = 1.09559 … 2.05369: above 1, displacement.
    CHECK(r.bufferEffect.ratio == Approx(1.5));
    CHECK(r.bufferEffect.lower == Approx(1.09559).epsilon(1e-4));
    CHECK(r.bufferEffect.upper == Approx(2.05369).epsilon(1e-4));
    // SM = 60/240 − 120/240 = −0.25; BDM = 144/240 − 96/240 = 0.2; WDQ = 0.2 / −0.25 = −0.8.
    CHECK(r.displacement.meaningful);
    CHECK(r.displacement.successMeasure == Approx(-0.25));
    CHECK(r.displacement.bufferMeasure == Approx(0.2));
    CHECK(r.displacement.wdq == Approx(-0.8));
    const QString text = r.sentences.join(QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("Signs of displacement")));
    CHECK(text.contains(QStringLiteral("some displacement to the buffer zone, smaller than the gain")));
}

TEST_CASE("The WDQ of Bowers and Johnson from six totals", "[intervention]")
{
    // Diffusion of benefits: target 100 → 50, buffer 80 → 60, comparison 200 → 200:
    // SM = 50/200 − 100/200 = −0.25, BDM = 60/200 − 80/200 = −0.1, WDQ = 0.4.
    const auto q = displacementQuotient(100, 50, 80, 60, 200, 200);
    CHECK(q.wdq == Approx(0.4));
    // The comparison halves too (200 → 100): SM = 50/100 − 100/200 = 0, not a success.
    CHECK_FALSE(displacementQuotient(100, 50, 80, 60, 200, 100).meaningful);
    CHECK_FALSE(displacementQuotient(100, 50, 80, 60, 0, 100).computable);
}

TEST_CASE("A comparison area with a different trend before the start", "[intervention]")
{
    // Hand fit of log μ = a + b·t: target 20, 20, 20 is flat (b = 0, μ = 20), so the information
    // is [[60, 60], [60, 100]] and Var(b) = 60 / (6000 − 3600) = 0.025. The comparison 10, 20, 40
    // fits exactly with b = ln 2: information [[70, 100], [100, 180]], Var(b) = 70 / 2600.
    // Difference −ln 2 = −0.693147, SE = sqrt(0.025 + 0.026923) = 0.227866, z = −3.0419,
    // p = 0.002351. Both fits are exact, so the Pearson χ² is 0 and φ stays 1.
    const std::vector<double> target{20, 20, 20}, comparison{10, 20, 40};
    const PoissonTrend fit = poissonTrend(comparison);
    REQUIRE(fit.converged);
    CHECK(fit.slope == Approx(std::log(2.0)));
    CHECK(fit.slopeVariance == Approx(70.0 / 2600.0));
    const TrendDifference d = compareTrends(target, comparison);
    CHECK(d.difference == Approx(-std::log(2.0)));
    CHECK(d.standardError == Approx(0.227866).epsilon(1e-5));
    CHECK(d.pValue == Approx(0.002351).epsilon(1e-3));

    // The same through the evaluation: three months before 1 January 2024, three after.
    Scenario s;
    const int comparisonMonths[6] = {10, 20, 40, 40, 40, 40};
    for (int m = 0; m < 6; ++m) {
        for (int i = 0; i < 20; ++i) {
            s.dates.push_back(QDate(2023, 10, 15).addMonths(m));
            s.area.push_back(EvaluationArea::Target);
        }
        for (int i = 0; i < comparisonMonths[m]; ++i) {
            s.dates.push_back(QDate(2023, 10, 15).addMonths(m));
            s.area.push_back(EvaluationArea::Comparison);
        }
    }
    s.source.assign(s.dates.size(), 0);
    InterventionEvaluationParameters p;
    p.beforeMonths = 3;
    p.dataFirstDay = QDate(2023, 10, 1);
    p.dataLastDay = QDate(2024, 3, 31);
    const auto r = s.run(p);
    CHECK(r.months == 3);
    CHECK(r.preTrend.pValue == Approx(0.002351).epsilon(1e-3));
    CHECK(has(r, EvaluationWarning::DifferentPreTrend));
    CHECK(has(r, EvaluationWarning::ShortPeriod));
    CHECK(has(r, EvaluationWarning::NotWholeYears));
}

TEST_CASE("Overdispersed months widen the interval", "[intervention]")
{
    // Means: target 10 before, 5 after; comparison 20, 20. Pearson χ² = (25 + 25)/10 + (9 + 9)/5
    // + 0 + (100 + 100)/20 = 18.6 over 8 − 4 = 4 degrees of freedom: φ = 4.65.
    const std::vector<double> tb{5, 15}, ta{2, 8}, cb{20, 20}, ca{10, 30};
    const double phi = monthlyDispersion(tb, ta, cb, ca);
    CHECK(phi == Approx(4.65));
    // RR = (10/20)/(40/40) = 0.5; SE = sqrt((1/20 + 1/10 + 1/40 + 1/40)·4.65) = 0.964365;
    // CI exp(ln 0.5 ∓ 1.959964·0.964365) = 0.075527 … 3.310084.
    const RateRatio r = differenceInDifferences(20, 10, 40, 40, phi);
    CHECK(r.standardError == Approx(0.964365).epsilon(1e-5));
    CHECK(r.lower == Approx(0.075527).epsilon(1e-4));
    CHECK(r.upper == Approx(3.310084).epsilon(1e-4));
    CHECK_FALSE(differenceInDifferences(20, 0, 40, 40).estimable);
}

TEST_CASE("A change that rounds to zero is written without a sign", "[intervention]")
{
    // Target 1000 → 998, comparison 1000 → 1000: RR = 0.998, −0.2 % rounds to 0 %.
    InterventionEvaluationResult r;
    r.months = 12;
    r.target = {1000, 998, -0.2};
    r.comparison = {1000, 1000, 0.0};
    r.effect = differenceInDifferences(1000, 998, 1000, 1000);
    InterventionEvaluationParameters p;
    p.hasBuffer = false;
    describeEvaluation(r, p);
    CHECK(r.sentences.join(QLatin1Char(' ')).contains(QStringLiteral("show no clear change: 0 % (95 % CI")));
}

TEST_CASE("Warnings: few events, a shortened period, a source that stopped reporting", "[intervention]")
{
    Scenario s;
    s.monthly(EvaluationArea::Target, 1, 1); // 12 + 12 = 24 but only 6 + 6 used below
    s.monthly(EvaluationArea::Comparison, 20, 20);
    s.monthly(EvaluationArea::Buffer, 2, 0, 1); // the security company: 12 before, none after
    InterventionEvaluationParameters p;
    p.dataLastDay = QDate(2024, 6, 30); // six whole months after the start
    const auto r = s.run(p);
    CHECK(r.months == 6);
    CHECK(r.beforeFirst == QDate(2023, 7, 1));
    CHECK(r.target.before + r.target.after == 12);
    CHECK(has(r, EvaluationWarning::FewTargetEvents));
    CHECK(has(r, EvaluationWarning::ShortenedPeriod));
    CHECK_FALSE(has(r, EvaluationWarning::ShortPeriod)); // six months is the minimum, not below it
    CHECK(has(r, EvaluationWarning::ReportingChange));
    CHECK(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("Security company reported 12 incidents")));
}

TEST_CASE("A start in mid-month leaves that month out of both periods", "[intervention]")
{
    Scenario s;
    s.monthly(EvaluationArea::Target, 10, 10);
    s.monthly(EvaluationArea::Comparison, 10, 10);
    InterventionEvaluationParameters p;
    p.start = QDate(2024, 1, 20);
    p.beforeMonths = 6;
    const auto r = s.run(p);
    CHECK(r.beforeFirst == QDate(2023, 7, 1));
    CHECK(r.beforeLast == QDate(2023, 12, 31));
    CHECK(r.afterFirst == QDate(2024, 2, 1));
    CHECK(r.afterLast == QDate(2024, 7, 31));
    REQUIRE(r.series.size() == 13);
    CHECK(r.series[6].period == 0);
    CHECK(r.series[6].target == 10);
    CHECK(r.target.before == 60);
    CHECK(r.target.after == 60);
}

TEST_CASE("The proposed comparison area is the one most like the target before the start", "[intervention]")
{
    const std::vector<double> target{10, 10, 10, 10};
    const std::vector<std::vector<double>> candidates{
        {40, 40, 40, 40}, {0, 0, 0, 0}, {12, 12, 12, 12}, {10, 20, 40, 80}};
    const ComparisonProposal p = proposeComparison(target, candidates);
    CHECK(p.best == 2);
    CHECK(p.scores[0].distance == Approx(std::log(4.0))); // four times the level, same trend
    CHECK_FALSE(p.scores[1].usable);                      // no incidents
    CHECK(p.scores[2].distance == Approx(std::log(1.2)));
    // Doubling every month: yearly log trend 12·ln 2; level 37.5/10.
    CHECK(p.scores[3].distance == Approx(std::log(3.75) + 12.0 * std::log(2.0)));
}

TEST_CASE("Points fall in the target area, the buffer zone, the comparison area or outside", "[intervention]")
{
    Intervention cameras;
    cameras.shape = InterventionShape::Point;
    cameras.point = {1000, 1000};
    cameras.radius = 100;
    const MultiPolygon comparison{Polygon{{{{5000, 0}, {6000, 0}, {6000, 1000}, {5000, 1000}, {5000, 0}}}}};
    const InterventionZones zones(cameras, {}, 200, comparison);
    CHECK(zones.classify({1060, 1080}) == EvaluationArea::Target);  // 100 m from the centre: the edge
    CHECK(zones.classify({1000, 1250}) == EvaluationArea::Buffer);  // 150 m beyond the edge
    CHECK(zones.distanceToTarget({1000, 1350}) == Approx(250.0));   // 350 − 100
    CHECK(zones.classify({1000, 1350}) == EvaluationArea::Outside); // beyond the 200 m buffer
    CHECK(zones.classify({5500, 500}) == EvaluationArea::Comparison);
    CHECK_FALSE(zones.touches(comparison));
    // A district whose corner is 250 m from the centre (150 m from the edge) touches the buffer.
    const MultiPolygon near{Polygon{{{{1250, 1000}, {2000, 1000}, {2000, 2000}, {1250, 2000}, {1250, 1000}}}}};
    CHECK(zones.touches(near));

    // A route 50 m either side: (300, 40) is 40 m from the segment (0,0)–(600,0).
    Intervention walk;
    walk.shape = InterventionShape::Route;
    walk.route = {{0, 0}, {600, 0}, {600, 600}};
    walk.radius = 50;
    const InterventionZones route(walk, {}, 100, {});
    CHECK(route.classify({300, 40}) == EvaluationArea::Target);
    CHECK(route.distanceToTarget({700, 300}) == Approx(50.0)); // 100 m from the second leg
    CHECK(route.classify({-120, 0}) == EvaluationArea::Buffer);
}
