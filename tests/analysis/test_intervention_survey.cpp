// The survey before and after an intervention: the right rounds are compared (the start year's
// own round left out, districts of one round pooled by respondents), and the change agrees with
// the two-proportion test worked out by hand.

#include "analysis/intervention_survey.h"

#include "support/catch_qt.h"

#include <cmath>

using namespace lb::analysis;

TEST_CASE("survey shares before and after an intervention", "[analysis][interventions][survey]")
{
    SurveyIndicatorInput in;
    in.indicator = QStringLiteral("unsafe_evening");
    in.label = QStringLiteral("Feels unsafe outdoors in the evening");
    // Two target districts in 2021: 60 of 200 and 80 of 200, pooled 140 of 400 = 35 %.
    in.target = {{2019, 300, 150}, {2021, 200, 60},  {2021, 200, 80},
                 {2022, 400, 360}, {2023, 400, 100}, {2024, 400, 40}};
    in.comparison = {{2021, 500, 150}, {2023, 500, 145}};

    const InterventionSurveyResult r = surveyBeforeAfter({in}, 2022);
    REQUIRE(r.indicators.size() == 1);
    const SurveyIndicatorChange &c = r.indicators.front();
    REQUIRE(c.target.measured);
    CHECK(c.target.beforeYear == 2021); // the last round before the start year
    CHECK(c.target.afterYear == 2023);  // the first after it; 2022 itself is left out
    CHECK(c.target.before.estimate == Approx(0.35));
    CHECK(c.target.after.estimate == Approx(0.25));
    CHECK(c.target.change.difference == Approx(-0.10));
    // Pooled z by hand: p = 240/800 = 0.3, se = sqrt(0.3 · 0.7 · (1/400 + 1/400)) = 0.032404,
    // z = −0.1 / 0.032404 = −3.0861; R: prop.test(c(140, 100), c(400, 400), correct = FALSE)
    // gives X-squared = 9.5238, p-value = 0.002028.
    CHECK(c.target.change.z == Approx(-3.0861).epsilon(1e-4));
    CHECK(c.target.change.z * c.target.change.z == Approx(9.5238).epsilon(1e-4));
    CHECK(c.target.change.pValue == Approx(0.002028).epsilon(1e-3));
    CHECK(c.target.change.lower < -0.10);
    CHECK(c.target.change.upper > -0.10);
    CHECK(c.target.change.upper < 0.0);
    REQUIRE(c.comparison.measured);
    CHECK(c.comparison.before.estimate == Approx(0.30));
    CHECK(c.comparison.after.estimate == Approx(0.29));
    CHECK(c.sentence.contains(QStringLiteral("2021")));
    CHECK(c.sentence.contains(QStringLiteral("2023")));
    CHECK(r.notes.isEmpty());
}

TEST_CASE("no survey round on one side of the start is said, not filled in", "[analysis][interventions][survey]")
{
    SurveyIndicatorInput in;
    in.indicator = QStringLiteral("avoids_places");
    in.label = QStringLiteral("Avoids certain places");
    in.target = {{2023, 300, 90}, {2024, 300, 80}};
    const InterventionSurveyResult r = surveyBeforeAfter({in}, 2023);
    REQUIRE(r.indicators.size() == 1);
    CHECK_FALSE(r.indicators.front().target.measured);
    CHECK(r.indicators.front().sentence.isEmpty());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes.front().contains(QStringLiteral("Avoids certain places")));
}
