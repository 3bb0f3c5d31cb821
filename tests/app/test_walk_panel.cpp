// The walk dock on the demo store: a proposal shown in walking order, a point moved and one
// dropped, the plan saved in that order (read back from the store), and the walk map printed.

#include "app/walk_panel.h"
#include "demo/demo_builder.h"
#include "store/store.h"
#include "store/walk_store.h"
#include "support/test_support.h"

#include "ui_walk_panel.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lb;

TEST_CASE("the walk dock proposes, edits, saves and prints a walk's plan", "[gui][walks]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(path, {}, feedback).ok());
    app::WalkPanel panel(nullptr);
    panel.setStore(path);
    REQUIRE(panel.form()->walkCombo->count() == 3);
    REQUIRE(panel.chooseWalk(3));
    CHECK(panel.plan().empty()); // the demo's walks have no plan yet

    panel.form()->maxSpin->setValue(8);
    REQUIRE(panel.propose());
    const WalkPlan proposed = panel.plan();
    REQUIRE(proposed.size() == 8);
    CHECK(panel.form()->pointTable->rowCount() == 8);
    for (std::size_t i = 0; i < proposed.size(); ++i)
        CHECK(proposed[i].number == int(i) + 1);

    // Point 1 one place later, then the (new) third point dropped.
    panel.form()->pointTable->selectRow(0);
    panel.moveSelected(1);
    panel.form()->pointTable->selectRow(2);
    panel.removeSelected();
    REQUIRE(panel.plan().size() == 7);
    REQUIRE(panel.savePlan());

    auto store = store::Store::open(path);
    REQUIRE(store.ok());
    auto saved = store::WalkStore(**store).walkPoints(3);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 7);
    const std::vector<std::size_t> expectedOrder{1, 0, 3, 4, 5, 6, 7}; // indexes into the proposal
    for (std::size_t i = 0; i < saved->size(); ++i) {
        INFO(i);
        CHECK((*saved)[i].number == int(i) + 1);
        CHECK((*saved)[i].why == proposed[expectedOrder[i]].why);
        CHECK((*saved)[i].position.x == Approx(proposed[expectedOrder[i]].position.x).margin(0.01));
    }
    store->reset();

    const QString pdf = dir.filePath(QStringLiteral("walk.pdf"));
    REQUIRE(panel.printTo(pdf));
    if (test::haveProgram(QStringLiteral("pdfinfo"))) {
        QString info, text;
        REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
        CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842"))));
        REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text) == 0);
        CHECK(text.contains(proposed[1].why.left(20)));
    }
}
