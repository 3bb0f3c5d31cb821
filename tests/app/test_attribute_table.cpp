// The attribute table: the real main window opens the filter sample store
// (support/filter_sample.h); the table lists what the map shows under the filter, a click on the
// map selects its incidents in the table and the selection is ringed on the map, the selection is
// counted by category, zoomed to, and exported as CSV for Swedish Excel and as XLSX (read back
// with GDAL's ogrinfo). Expected counts come from the sample's list of incidents.

#include "app/attribute_table_window.h"
#include "app/dialog_service.h"
#include "app/filter_panel.h"
#include "app/incident_table_model.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/selection_layer.h"
#include "support/filter_sample.h"
#include "support/image_compare.h"
#include "support/test_support.h"
#include "support/wait.h"
#include "ui_attribute_table.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QTemporaryDir>

using namespace lb;

namespace {

class Dialogs final : public app::DialogService {
public:
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

struct TableWindow {
    QTemporaryDir dir;
    QString path;
    Dialogs dialogs;
    app::MainWindow window{&dialogs};
    app::AttributeTableWindow *table = nullptr;

    TableWindow()
    {
        path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createFilterSampleStore(path).ok());
        window.resize(1400, 900);
        window.show();
        window.setStartExtent({598000, 6549000, 612000, 6559000});
        window.openStore(path);
        REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
        window.findChild<QAction *>(QStringLiteral("actionAttributeTable"))->trigger();
        table = window.findChild<app::AttributeTableWindow *>(QStringLiteral("attributeTable"));
        REQUIRE(table);
        REQUIRE(table->isVisible());
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
    bool waitForRender()
    {
        const int before = window.canvas()->renderCount();
        return test::waitUntil(
            [&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); });
    }
};

} // namespace

TEST_CASE("the attribute table lists what the map shows and follows the filter", "[app][gui][table]")
{
    TableWindow w;
    // 11 incidents with a position of their own and 5 placed at Väster's centre; the 6 sensitive
    // cases are not listed while the map shows them only as counts per district.
    CHECK(w.table->model()->totalRows() == 16);
    w.window.findChild<QAction *>(QStringLiteral("actionShowSensitivePoints"))->setChecked(true);
    CHECK(w.table->model()->totalRows() == 22);
    w.window.findChild<QAction *>(QStringLiteral("actionShowSensitivePoints"))->setChecked(false);

    auto *filter = w.window.findChild<app::FilterPanel *>(QStringLiteral("filterDock"));
    filter->setTimeOfDay(render::MapFilter::TimeOfDay::Night);
    REQUIRE(test::waitUntil([&] { return w.window.mapFilter() == filter->filter(); }));
    CHECK(w.table->model()->totalRows() == 3);
    for (int r = 0; r < 3; ++r)
        CHECK(w.table->model()->data(w.table->model()->index(r, app::IncidentTableModel::Source)).toString() ==
              QStringLiteral("Polisen"));
    filter->reset();
    REQUIRE(test::waitUntil([&] { return w.table->model()->totalRows() == 16; }));

    // Sorted by east coordinate (a click on the header), the first row is the westernmost.
    w.table->form()->tableView->sortByColumn(app::IncidentTableModel::East, Qt::AscendingOrder);
    CHECK(w.table->model()->positionAt(0).x == test::filterPlaceA.x);
    w.table->form()->tableView->sortByColumn(app::IncidentTableModel::East, Qt::DescendingOrder);
    CHECK(w.table->model()->positionAt(0).x == test::filterPlaceB.x);
}

TEST_CASE("a click on the map selects in the table, rings on the map, zooms and exports", "[app][gui][table]")
{
    TableWindow w;
    w.clickAt(test::filterPlaceA);
    REQUIRE(w.table->selectedRows().size() == 4);
    CHECK(w.table->form()->selectionLabel->text().startsWith(QLocale().toString(4)));
    REQUIRE(w.waitForRender());
    const QPointF at = w.window.canvas()->settings().toPixel(test::filterPlaceA);
    const QRect around(int(at.x()) - 12, int(at.y()) - 12, 25, 25);
    CHECK(test::countColor(w.window.canvas()->renderedImage(), around, render::SelectionLayer::color()) > 10);

    // Selecting one row in the table rings only that position.
    w.table->selectIds({w.table->model()->idAt(w.table->model()->rowOf(w.table->model()->idAt(0)))});
    CHECK(w.table->selectedRows().size() == 1);

    w.clickAt(test::filterPlaceA);
    w.table->zoomToSelection();
    const Extent view = w.window.canvas()->visibleExtent();
    CHECK(view.contains(test::filterPlaceA));
    CHECK(view.width() < 2000.0);

    const QString csv = w.dir.filePath(QStringLiteral("selection.csv"));
    REQUIRE(w.table->exportRows(csv, true).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 4);
    CHECK(lines[0].count(QLatin1Char(';')) == app::IncidentTableModel::ColumnCount - 1);
    // E 600 000 and N 6 556 000 with a decimal comma and no thousands separator.
    CHECK(lines[1].contains(QStringLiteral(";600000,0;6556000,0;")));
    CHECK(lines[1].contains(QStringLiteral("2024-01-10 20:30")));

    const QString xlsx = w.dir.filePath(QStringLiteral("all.xlsx"));
    REQUIRE(w.table->exportRows(xlsx, false).ok());
    QString out, err;
    REQUIRE(test::runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-al"), QStringLiteral("-q"), xlsx}, &out,
                             &err) == 0);
    CHECK(out.count(QStringLiteral("OGRFeature")) == 16);
    CHECK(out.contains(QStringLiteral("= 600000")));
}
