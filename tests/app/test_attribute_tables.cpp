// The attribute tables of survey pins and walk findings: the real main window opens the place
// sample store (support/place_sample.h); each table lists as many rows as SQL counts on the store
// (under the filter's survey rounds for the pins), a selected row is ringed on the map, a click on
// the map selects the pin there, and the exported workbook opens with GDAL's ogrinfo and holds
// the rows.

#include "app/attribute_table_window.h"
#include "app/filter_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/survey_pin_table_model.h"
#include "render/selection_layer.h"
#include "support/app_window.h"
#include "support/image_compare.h"
#include "support/place_sample.h"
#include "support/test_support.h"
#include "support/wait.h"
#include "ui_attribute_table.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QTemporaryDir>

using namespace lb;

namespace {

struct Tables {
    QTemporaryDir dir;
    QString path;
    test::QuietDialogs dialogs;
    app::MainWindow window{&dialogs};

    Tables()
    {
        path = dir.filePath(QStringLiteral("places.gpkg"));
        REQUIRE(test::createPlaceSampleStore(path).ok());
        window.resize(1400, 900);
        window.show();
        window.setStartExtent({598000, 6549000, 612000, 6559000});
        window.openStore(path);
        REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
    }
    app::AttributeTableWindow *open(const char *action, const char *name)
    {
        window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
        auto *table = window.findChild<app::AttributeTableWindow *>(QString::fromLatin1(name));
        REQUIRE(table);
        REQUIRE(table->isVisible());
        return table;
    }
    void clickAt(PointXY p)
    {
        app::MapCanvas *canvas = window.canvas();
        const QPointF pos = canvas->settings().toPixel(p) / canvas->devicePixelRatioF();
        for (QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
            QMouseEvent event(type, pos, canvas->mapToGlobal(pos), Qt::LeftButton,
                              type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &event);
        }
    }
    int ringPixelsAt(PointXY p)
    {
        const int before = window.canvas()->renderCount();
        REQUIRE(test::waitUntil(
            [&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); }));
        const QPointF at = window.canvas()->settings().toPixel(p);
        return test::countColor(window.canvas()->renderedImage(), QRect(int(at.x()) - 14, int(at.y()) - 20, 29, 35),
                                render::SelectionLayer::color());
    }
    int xlsxRows(app::AttributeTableWindow *table, bool selectionOnly)
    {
        const QString xlsx = dir.filePath(QStringLiteral("%1.xlsx").arg(table->objectName()));
        REQUIRE(table->exportRows(xlsx, selectionOnly).ok());
        QString out, err;
        REQUIRE(test::runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-al"), QStringLiteral("-q"), xlsx}, &out,
                                 &err) == 0);
        return int(out.count(QStringLiteral("OGRFeature")));
    }
};

} // namespace

TEST_CASE("the survey pins' table follows the rounds, syncs its selection with the map and exports",
          "[app][gui][table]")
{
    Tables t;
    app::AttributeTableWindow *table = t.open("actionAttributeTableSurveyPins", "attributeTableSurveyPins");
    CHECK(table->model()->totalRows() == test::sqlCount(t.path, QStringLiteral("SELECT count(*) FROM survey_pins")));

    const long long round = test::sqlCount(t.path, QStringLiteral("SELECT id FROM surveys WHERE year = 2024"));
    auto *filter = t.window.findChild<app::FilterPanel *>(QStringLiteral("filterDock"));
    filter->setSurveyRounds({round});
    REQUIRE(test::waitUntil([&] { return t.window.mapFilter() == filter->filter(); }));
    const long long inRound =
        test::sqlCount(t.path, QStringLiteral("SELECT count(*) FROM survey_pins WHERE survey_id = %1").arg(round));
    REQUIRE(inRound > 1);
    CHECK(table->model()->totalRows() == inRound);

    // Sorted by rating, descending: the first row has the highest rating SQL finds in the round.
    table->form()->tableView->sortByColumn(app::SurveyPinTableModel::Rating, Qt::DescendingOrder);
    CHECK(
        table->model()->data(table->model()->index(0, app::SurveyPinTableModel::Rating)).toLongLong() ==
        test::sqlCount(t.path, QStringLiteral("SELECT max(rating) FROM survey_pins WHERE survey_id = %1").arg(round)));

    // A selected row is ringed on the map.
    const PointXY pin = table->model()->positionAt(0);
    table->selectIds({table->model()->idAt(0)});
    CHECK(table->selectedRows().size() == 1);
    CHECK(t.ringPixelsAt(pin) > 10);

    // A click on another pin selects it in the table.
    const PointXY other = table->model()->positionAt(1);
    t.clickAt(other);
    REQUIRE(table->selectedRows().size() == 1);
    CHECK(table->model()->positionAt(table->selectedRows().front()).x == other.x);

    CHECK(t.xlsxRows(table, true) == 1);
    CHECK(t.xlsxRows(table, false) == inRound);
}

TEST_CASE("the walk findings' table lists, selects and exports them", "[app][gui][table]")
{
    Tables t;
    app::AttributeTableWindow *table = t.open("actionAttributeTableFindings", "attributeTableFindings");
    const long long findings = test::sqlCount(t.path, QStringLiteral("SELECT count(*) FROM walk_findings"));
    REQUIRE(findings > 0);
    CHECK(table->model()->totalRows() == findings);
    table->selectIds({table->model()->idAt(0)});
    CHECK(t.ringPixelsAt(table->model()->positionAt(0)) > 10);
    CHECK(t.xlsxRows(table, false) == findings);
}
