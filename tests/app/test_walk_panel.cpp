// The walk dock on the demo store: a proposal shown in walking order, a point moved and one
// dropped, the plan saved in that order (read back from the store), and the walk map printed.

#include "app/map_canvas.h"
#include "app/walk_panel.h"
#include "demo/demo_builder.h"
#include "store/store.h"
#include "store/walk_store.h"
#include "support/test_support.h"

#include "ui_walk_panel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
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

namespace {
void clickCanvas(QWidget *canvas, QPointF at)
{
    QMouseEvent press(QEvent::MouseButtonPress, at, canvas->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, at, canvas->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(canvas, &press);
    QApplication::sendEvent(canvas, &release);
}
} // namespace

TEST_CASE("a walk point is added by hand with a click on the map", "[gui][walks]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(path, {}, feedback).ok());
    app::MapCanvas canvas;
    canvas.resize(600, 400);
    canvas.setExtent(Extent{670000.0, 6580000.0, 676000.0, 6584000.0});
    app::WalkPanel panel(nullptr);
    panel.setCanvas(&canvas);
    panel.setStore(path);
    REQUIRE(panel.chooseWalk(3));
    panel.form()->maxSpin->setValue(4);
    REQUIRE(panel.propose());
    const WalkPlan proposed = panel.plan();
    REQUIRE(proposed.size() == 4);

    QPushButton *add = panel.form()->addPointButton;
    CHECK_FALSE(add->isEnabled()); // no reason typed yet
    panel.form()->addPlaceEdit->setText(QStringLiteral("Gångtunneln vid stationen"));
    panel.form()->addWhyEdit->setText(QStringLiteral("Mörkt, saknar belysning"));
    REQUIRE(add->isEnabled());

    // Esc on the map gives up without a point.
    add->setChecked(true);
    CHECK_FALSE(canvas.identifiesOnClick());
    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&canvas, &esc);
    CHECK_FALSE(add->isChecked());
    CHECK(canvas.identifiesOnClick());
    CHECK(panel.plan().size() == 4);

    // After point 2, the next click adds the point where it lands; the tool is off again.
    panel.form()->pointTable->selectRow(1);
    add->setChecked(true);
    const QPointF at(420, 130);
    const PointXY expected = canvas.toMap(at);
    clickCanvas(&canvas, at);
    CHECK_FALSE(add->isChecked());
    CHECK(canvas.identifiesOnClick());
    REQUIRE(panel.plan().size() == 5);
    CHECK(panel.form()->pointTable->rowCount() == 5);
    CHECK(panel.form()->pointTable->currentRow() == 2);
    CHECK(panel.form()->addWhyEdit->text().isEmpty());
    clickCanvas(&canvas, QPointF(100, 100)); // a later click adds nothing
    CHECK(panel.plan().size() == 5);

    // Moved one place earlier and saved: it is point 2 in the store, at the clicked position.
    panel.moveSelected(-1);
    REQUIRE(panel.savePlan());
    auto store = store::Store::open(path);
    REQUIRE(store.ok());
    auto saved = store::WalkStore(**store).walkPoints(3);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 5);
    const WalkPoint &p = (*saved)[1];
    CHECK(p.number == 2);
    CHECK(p.reason == WalkPointReason::Added);
    CHECK(p.place == QStringLiteral("Gångtunneln vid stationen"));
    CHECK(p.why == QStringLiteral("Mörkt, saknar belysning"));
    CHECK(p.position.x == Approx(expected.x).margin(0.01));
    CHECK(p.position.y == Approx(expected.y).margin(0.01));
    CHECK((*saved)[0].why == proposed[0].why);
    CHECK((*saved)[2].why == proposed[1].why);
    CHECK((*saved)[4].why == proposed[3].why);
}
