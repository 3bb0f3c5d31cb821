// The lägesbild report has a part per intervention: in the internal version its name, kind, dates
// and the evaluation's sentences, whose counts are the fixture's (target 120 → 72, comparison
// 240 → 240); a public version names it only by kind and start, and leaves out an evaluation with
// counts under k.

#include "report/lagesbild_report.h"
#include "store/intervention_store.h"
#include "store/store.h"
#include "support/intervention_fixture.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace lb;

namespace {

report::ReportOutcome reportWithIntervention(const QTemporaryDir &dir, bool isPublic, int k)
{
    const QString path = test::makeInterventionStore(dir);
    auto store = store::Store::open(path, store::Store::Mode::ReadWrite);
    REQUIRE(store.ok());
    Intervention lights;
    lights.name = QStringLiteral("Belysning vid torget, plan 4711");
    lights.kind = QStringLiteral("lighting");
    lights.shape = InterventionShape::Point;
    lights.point = {test::interventionX, test::interventionY};
    lights.radius = 100.0;
    lights.startsOn = QDate(2024, 1, 1);
    lights.organisation = QStringLiteral("Tekniska kontoret");
    store::InterventionStore interventions(**store);
    REQUIRE(interventions.insert(lights).ok());

    report::ReportSettings settings;
    settings.year = 2024;
    settings.isPublic = isPublic;
    settings.rules.minCount = k;
    Feedback feedback;
    auto r = report::buildReport(**store, settings, feedback);
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    return std::move(*r);
}

} // namespace

TEST_CASE("the report evaluates each intervention with the counts of its areas", "[report][lagesbild][intervention]")
{
    QTemporaryDir dir;
    const report::ReportOutcome r = reportWithIntervention(dir, false, 5);
    const QString text = r.document->toPlainText();
    CHECK(text.contains(QStringLiteral("Interventions and their effect")));
    CHECK(text.contains(QStringLiteral("Belysning vid torget, plan 4711")));
    CHECK(text.contains(QStringLiteral("Tekniska kontoret")));
    // Target 120 before, 72 after (−40 %); the proposed comparison Södra 240 and 240.
    CHECK(text.contains(QStringLiteral("40 %")));
    CHECK(text.contains(QStringLiteral("120")));
    CHECK(text.contains(QStringLiteral("72")));
    CHECK(text.contains(QStringLiteral("Södra")));
}

TEST_CASE("a public report names an intervention by kind and hides a small evaluation",
          "[report][lagesbild][intervention][public]")
{
    {
        QTemporaryDir dir;
        const QString text = reportWithIntervention(dir, true, 5).document->toPlainText();
        CHECK(text.contains(QStringLiteral("Interventions and their effect")));
        CHECK_FALSE(text.contains(QStringLiteral("4711")));
        CHECK_FALSE(text.contains(QStringLiteral("Tekniska kontoret")));
        CHECK(text.contains(QStringLiteral("from 2024-01-01")));
        CHECK(text.contains(QStringLiteral("72")));
    }
    {
        // With k = 100 the target's 72 incidents after the start are too few to publish.
        QTemporaryDir dir;
        const report::ReportOutcome r = reportWithIntervention(dir, true, 100);
        const QString text = r.document->toPlainText();
        CHECK(text.contains(QStringLiteral("Too few incidents in the area to publish the evaluation.")));
        CHECK_FALSE(text.contains(QStringLiteral("from 120 to 72")));
        CHECK(r.suppressed > 0);
    }
}
