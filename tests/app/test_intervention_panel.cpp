// Drives the interventions dock headlessly on the intervention fixture store (a known 40 % fall in
// the target area; see tests/support/intervention_fixture.cpp): adding an intervention at a
// picked point, and evaluating it against a chosen comparison district.

#include "app/dialog_service.h"
#include "app/intervention_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "store/intervention_store.h"
#include "store/store.h"
#include "support/intervention_fixture.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace lb;

namespace {
class QuietDialogs final : public app::DialogService {
public:
    QStringList openAnswers;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};
} // namespace

TEST_CASE("the interventions dock adds an intervention and shows its evaluation with a chart", "[gui][intervention]")
{
    QTemporaryDir dir;
    const QString path = test::makeInterventionStore(dir);
    app::InterventionPanel panel(nullptr);
    panel.setStore(path);
    CHECK(panel.table()->rowCount() == 0);

    panel.nameEdit()->setText(QStringLiteral("Kameror"));
    panel.kindCombo()->setCurrentIndex(panel.kindCombo()->findData(QStringLiteral("camera")));
    panel.fromEdit()->setDate(QDate(2024, 1, 1));
    // Without a point the form says what is missing.
    CHECK_FALSE(panel.saveForm());
    CHECK(panel.statusLabel()->text() == QStringLiteral("Pick the place on the map first."));
    panel.setPickedPoint({test::interventionX, test::interventionY});
    panel.radiusSpin()->setValue(100);
    REQUIRE(panel.saveForm());
    REQUIRE(panel.table()->rowCount() == 1);
    CHECK(panel.table()->item(0, 0)->text() == QStringLiteral("Kameror"));
    CHECK(panel.table()->item(0, 2)->text() == QStringLiteral("2024-01-01"));

    panel.comparisonCombo()->setCurrentIndex(panel.comparisonCombo()->findData(QStringLiteral("Södra")));
    bool finished = false, ok = false;
    QObject::connect(&panel, &app::InterventionPanel::evaluated, [&](bool success) {
        finished = true;
        ok = success;
    });
    panel.evaluateSelected();
    REQUIRE(test::waitUntil([&] { return finished; }));
    INFO(panel.statusLabel()->text().toStdString());
    REQUIRE(ok);
    const QString text = panel.resultView()->toPlainText();
    // (72/120)/(240/240) = 0.6 with the 95 % interval 0.426–0.845 (worked out in the CLI test).
    CHECK(text.contains(QStringLiteral("fell 40 % (95 % CI 15–57 %)")));
    CHECK(text.contains(QStringLiteral("Södra (chosen)")));
    REQUIRE(!panel.chartLabel()->pixmap().isNull());
    CHECK(panel.chartLabel()->pixmap().width() == 640);
}

TEST_CASE("View › Interventions opens the dock, and a click on the map picks the point", "[gui][intervention]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    dialogs.openAnswers << path;
    window.findChild<QAction *>(QStringLiteral("actionOpenStore"))->trigger();
    REQUIRE(test::waitUntil([&] { return !window.isBusy() && window.canvas()->renderCount() > 0; }));
    auto *panel = window.findChild<app::InterventionPanel *>();
    REQUIRE(panel);
    CHECK_FALSE(panel->isVisible());
    panel->toggleViewAction()->trigger();
    CHECK(panel->isVisible());
    // The sample store's two districts are offered as comparison areas after "proposed".
    CHECK(panel->comparisonCombo()->count() == 3);

    // The map shows the whole sample extent, so its middle is the extent's centre, 605000, 6554000.
    window.findChild<QAction *>(QStringLiteral("actionZoomFull"))->trigger();
    app::MapCanvas *canvas = window.canvas();
    const QPointF middle(canvas->width() / 2.0, canvas->height() / 2.0);
    const PointXY expected = canvas->toMap(middle);
    CHECK(expected.x == Approx(605000.0).margin(1.0));
    CHECK(expected.y == Approx(6554000.0).margin(1.0));
    panel->pickButton()->setChecked(true);
    QMouseEvent press(QEvent::MouseButtonPress, middle, canvas->mapToGlobal(middle), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, middle, canvas->mapToGlobal(middle), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(canvas, &press);
    QApplication::sendEvent(canvas, &release);
    CHECK_FALSE(panel->pickButton()->isChecked());
    CHECK(panel->pickedLabel()->text() ==
          QStringLiteral("%1, %2").arg(QString::number(expected.x, 'f', 0), QString::number(expected.y, 'f', 0)));
}

TEST_CASE("the interventions dock changes and removes the selected intervention", "[gui][intervention]")
{
    QTemporaryDir dir;
    const QString path = test::makeInterventionStore(dir);
    app::InterventionPanel panel(nullptr);
    panel.setStore(path);
    panel.nameEdit()->setText(QStringLiteral("Kameror"));
    panel.kindCombo()->setCurrentIndex(panel.kindCombo()->findData(QStringLiteral("camera")));
    panel.fromEdit()->setDate(QDate(2024, 1, 1));
    panel.setPickedPoint({test::interventionX, test::interventionY});
    panel.radiusSpin()->setValue(100);
    REQUIRE(panel.saveForm());
    REQUIRE(panel.table()->rowCount() == 1);

    // The form shows the stored values; a changed name and radius are saved to the same record.
    panel.table()->selectRow(0);
    panel.editSelected();
    CHECK(panel.editingId() == 1);
    CHECK(panel.nameEdit()->text() == QStringLiteral("Kameror"));
    CHECK(panel.radiusSpin()->value() == 100.0);
    panel.nameEdit()->setText(QStringLiteral("Kameror vid torget"));
    panel.radiusSpin()->setValue(150);
    REQUIRE(panel.saveForm());
    CHECK(panel.editingId() == 0);
    REQUIRE(panel.table()->rowCount() == 1);
    CHECK(panel.table()->item(0, 0)->text() == QStringLiteral("Kameror vid torget"));
    {
        auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        CHECK((*store)->database().queryText(QStringLiteral("SELECT name || ' ' || radius_m FROM interventions")) ==
              QStringLiteral("Kameror vid torget 150.0"));
        CHECK((*store)->database().queryInt(
                  QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'interventions'")) == 2);
    }

    // Removal asks first; "no" keeps it, "yes" removes it.
    QStringList asked;
    bool answer = false;
    panel.setConfirm([&](const QString &question) {
        asked << question;
        return answer;
    });
    panel.table()->selectRow(0);
    CHECK_FALSE(panel.removeSelected());
    CHECK(panel.table()->rowCount() == 1);
    answer = true;
    CHECK(panel.removeSelected());
    CHECK(panel.table()->rowCount() == 0);
    REQUIRE(asked.size() == 2);
    CHECK(asked.front().contains(QStringLiteral("Kameror vid torget")));
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    CHECK((*store)->database().queryInt(QStringLiteral("SELECT count(*) FROM interventions")) == 0);
}

namespace {
void clickAt(QWidget *canvas, QPointF at)
{
    QMouseEvent press(QEvent::MouseButtonPress, at, canvas->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, at, canvas->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(canvas, &press);
    QApplication::sendEvent(canvas, &release);
}

void pressEnter(QWidget *canvas)
{
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
}
} // namespace

TEST_CASE("an intervention's area and route are drawn on the map, stored and drawn anew", "[gui][intervention]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    dialogs.openAnswers << path;
    window.findChild<QAction *>(QStringLiteral("actionOpenStore"))->trigger();
    REQUIRE(test::waitUntil([&] { return !window.isBusy() && window.canvas()->renderCount() > 0; }));
    auto *panel = window.findChild<app::InterventionPanel *>();
    REQUIRE(panel);
    panel->toggleViewAction()->trigger();
    app::MapCanvas *canvas = window.canvas();
    auto readBack = [&] {
        auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        auto all = store::InterventionStore(**store).interventions();
        REQUIRE(all.ok());
        REQUIRE(all.value().size() == 1);
        return all.value().front();
    };

    panel->nameEdit()->setText(QStringLiteral("Belysning i parken"));
    panel->placeCombo()->setCurrentIndex(panel->placeCombo()->findData(int(InterventionShape::Polygon)));
    REQUIRE(panel->drawButton()->isEnabled());
    CHECK_FALSE(panel->saveForm()); // nothing drawn yet
    CHECK(panel->statusLabel()->text() == QStringLiteral("Draw the area on the map first."));
    panel->drawButton()->click();
    std::vector<PointXY> corners;
    for (QPointF p : {QPointF(200, 200), QPointF(500, 220), QPointF(480, 520), QPointF(230, 450)}) {
        corners.push_back(canvas->toMap(p));
        clickAt(canvas, p);
    }
    pressEnter(canvas);
    CHECK_FALSE(panel->drawButton()->isChecked());
    CHECK(panel->drawnLabel()->text().startsWith(QStringLiteral("Area: 4 corners")));
    REQUIRE(panel->saveForm());

    Intervention stored = readBack();
    CHECK(stored.shape == InterventionShape::Polygon);
    REQUIRE(stored.polygon.size() == 1);
    REQUIRE(stored.polygon[0].rings.size() == 1);
    const LinearRing &ring = stored.polygon[0].rings[0];
    REQUIRE(ring.size() == corners.size() + 1); // closed
    CHECK(ring.front() == ring.back());
    // The ring may be stored in either direction: compare as the set of clicked corners, in order.
    std::vector<PointXY> got(ring.begin(), ring.end() - 1);
    if (signedArea(ring) * signedArea(LinearRing{corners[0], corners[1], corners[2], corners[3], corners[0]}) < 0)
        std::reverse(got.begin() + 1, got.end());
    for (std::size_t i = 0; i < corners.size(); ++i) {
        CHECK(got[i].x == Approx(corners[i].x).margin(0.01));
        CHECK(got[i].y == Approx(corners[i].y).margin(0.01));
    }

    // Changed into a route: drawn anew, with a double click at its end, and stored in place.
    panel->table()->selectRow(0);
    panel->editSelected();
    CHECK(panel->drawnArea().size() == 1); // the stored area is loaded into the form
    panel->placeCombo()->setCurrentIndex(panel->placeCombo()->findData(int(InterventionShape::Route)));
    panel->radiusSpin()->setValue(50);
    panel->drawButton()->click();
    std::vector<PointXY> route;
    for (QPointF p : {QPointF(150, 600), QPointF(400, 400)}) {
        route.push_back(canvas->toMap(p));
        clickAt(canvas, p);
    }
    const QPointF last(650, 380);
    route.push_back(canvas->toMap(last));
    clickAt(canvas, last);
    QMouseEvent dbl(QEvent::MouseButtonDblClick, last, canvas->mapToGlobal(last), Qt::LeftButton, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(canvas, &dbl);
    REQUIRE(panel->drawnRoute().size() == 3);
    REQUIRE(panel->saveForm());
    stored = readBack();
    CHECK(stored.shape == InterventionShape::Route);
    CHECK(stored.radius == Approx(50.0));
    REQUIRE(stored.route.size() == route.size());
    for (std::size_t i = 0; i < route.size(); ++i) {
        CHECK(stored.route[i].x == Approx(route[i].x).margin(0.01));
        CHECK(stored.route[i].y == Approx(route[i].y).margin(0.01));
    }
}
