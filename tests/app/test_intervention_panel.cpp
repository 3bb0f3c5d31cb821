// Drives the interventions dock headlessly on the intervention fixture store (a known 40 % fall in
// the target area; see tests/support/intervention_fixture.cpp): adding an intervention at a
// picked point, and evaluating it against a chosen comparison district.

#include "app/intervention_panel.h"
#include "support/intervention_fixture.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace lb;

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
