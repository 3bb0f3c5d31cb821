// Interrogating the demo store's map as a coordinator does, with mouse events on the real main
// window: identify a point and a centre stack, select by box, read and sort the attribute table,
// select in it and see the map follow, export the selection for Excel, measure, keep a bookmark
// and zoom to a district. Each step leaves a picture in the temporary folder for a person to
// look at (lagesbild-walk-*.png).

#include "app/attribute_table_window.h"
#include "app/bookmarks_panel.h"
#include "app/feature_panel.h"
#include "app/feature_table_model.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/measure_tool.h"
#include "app/selection_panel.h"
#include "demo/demo_builder.h"
#include "support/app_window.h"
#include "support/wait.h"
#include "ui_attribute_table.h"
#include "ui_bookmarks_panel.h"
#include "ui_feature_panel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace lb;

namespace {

class SaveDialogs final : public app::DialogService {
public:
    QString savePath;
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return savePath; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

QPointF widgetPos(app::MapCanvas *canvas, PointXY p)
{
    return canvas->settings().toPixel(p) / canvas->devicePixelRatioF();
}

void clickAt(app::MapCanvas *canvas, PointXY p)
{
    mouse(canvas, QEvent::MouseButtonPress, widgetPos(canvas, p), Qt::LeftButton);
    mouse(canvas, QEvent::MouseButtonRelease, widgetPos(canvas, p), Qt::NoButton);
}

void settle(app::MainWindow &window)
{
    (void)test::waitUntil([] { return false; }, 60);
    REQUIRE(test::waitUntil([&] { return !window.canvas()->isRendering(); }, 30000));
}

void shot(QWidget &w, const char *name)
{
    w.grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-walk-%1.png").arg(QLatin1String(name))));
}

} // namespace

TEST_CASE("a coordinator interrogates the demo map end to end", "[app][gui][walk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(path, {}, feedback).ok());
    SaveDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1400, 900);
    window.show();
    test::openAndDraw(window, path);
    app::MapCanvas *canvas = window.canvas();
    const auto data = window.mapData();
    REQUIRE(data);
    REQUIRE(data->incidents.size() > 1000);
    shot(window, "1-map");

    // Identify: the first ordinary incident, zoomed in to 1:5 000 around it.
    size_t pick = 0;
    while (data->incidents.sensitive[pick])
        ++pick;
    const PointXY p = data->incidents.positions[pick];
    canvas->setExtent({p.x - 400, p.y - 250, p.x + 400, p.y + 250});
    settle(window);
    clickAt(canvas, p);
    auto *identify = window.findChild<app::FeaturePanel *>(QStringLiteral("featureDock"));
    REQUIRE(identify);
    REQUIRE(test::waitUntil([&] { return identify->isVisible(); }, 5000));
    QTreeWidget *tree = identify->form()->featureTree;
    REQUIRE(tree->topLevelItemCount() >= 1);
    QStringList fields;
    for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
        fields << tree->topLevelItem(0)->child(i)->text(0);
    for (const char *f :
         {"Time (local)", "Category", "Source", "Reference", "Location precision", "Description", "Import batch"})
        CHECK(fields.contains(QLatin1String(f)));
    tree->expandAll();
    shot(window, "2-identify");

    // A centre stack: its count in the heading.
    const render::CentreStack *stack = nullptr;
    for (const render::CentreStack &s : data->centreStacks)
        if (s.times.size() >= 2 && (!stack || s.times.size() > stack->times.size()))
            stack = &s;
    if (stack) {
        canvas->setExtent(
            {stack->position.x - 600, stack->position.y - 400, stack->position.x + 600, stack->position.y + 400});
        settle(window);
        clickAt(canvas, stack->position);
        REQUIRE(test::waitUntil([&] { return identify->result().incidents.size() > 0; }, 5000));
        const QString heading = identify->form()->summaryLabel->text();
        INFO(heading.toStdString());
        CHECK(heading.contains(QLocale().toString(qint64(stack->times.size()))));
        shot(window, "3-stack");
    }

    // Select by box over the middle of the municipality.
    canvas->setExtent(data->fullExtent);
    settle(window);
    auto *selection = window.findChild<app::SelectionPanel *>(QStringLiteral("selectionDock"));
    REQUIRE(selection);
    selection->boxAction()->trigger();
    const Extent full = data->fullExtent;
    const PointXY a{full.minX + full.width() * 0.35, full.minY + full.height() * 0.35};
    const PointXY b{full.minX + full.width() * 0.65, full.minY + full.height() * 0.65};
    mouse(canvas, QEvent::MouseButtonPress, widgetPos(canvas, a), Qt::LeftButton);
    mouse(canvas, QEvent::MouseMove, (widgetPos(canvas, a) + widgetPos(canvas, b)) / 2, Qt::LeftButton);
    mouse(canvas, QEvent::MouseMove, widgetPos(canvas, b), Qt::LeftButton);
    mouse(canvas, QEvent::MouseButtonRelease, widgetPos(canvas, b), Qt::NoButton);
    REQUIRE(test::waitUntil([&] { return selection->hasSelection(); }, 5000));
    // Ordinary incidents inside the box, counted here: those with a position of their own and
    // those placed at a district centre inside it.
    const Extent box = Extent::fromCorners(a.x, a.y, b.x, b.y);
    std::int64_t inBox = 0;
    for (size_t i = 0; i < data->incidents.size(); ++i)
        if (!data->incidents.sensitive[i] && box.contains(data->incidents.positions[i]))
            ++inBox;
    for (const render::CentreStack &s : data->centreStacks)
        if (box.contains(s.position))
            inBox += std::int64_t(s.times.size());
    INFO(selection->summaryText().toStdString() << " / points in box " << inBox);
    CHECK(selection->summaryText().contains(QLocale().toString(inBox)));
    settle(window);
    shot(window, "4-box");

    // The attribute table holds the selection; sorted by a click on a column heading.
    auto *table = window.findChild<app::AttributeTableWindow *>(QStringLiteral("attributeTable"));
    REQUIRE(table);
    window.findChild<QAction *>(QStringLiteral("actionAttributeTable"))->trigger();
    REQUIRE(test::waitUntil([&] { return table->isVisible(); }, 5000));
    CHECK(std::int64_t(table->selectedRows().size()) == inBox);
    QHeaderView *header = table->form()->tableView->horizontalHeader();
    const int column = 5; // E, the easting
    REQUIRE(table->model()->headerData(column, Qt::Horizontal).toString() == QStringLiteral("E"));
    const QPoint headerPos(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                           header->height() / 2);
    mouse(header->viewport(), QEvent::MouseButtonPress, headerPos, Qt::LeftButton);
    mouse(header->viewport(), QEvent::MouseButtonRelease, headerPos, Qt::NoButton);
    CHECK(header->sortIndicatorSection() == column);
    QAbstractItemModel *model = table->form()->tableView->model();
    std::vector<double> eastings;
    for (int r = 0; r < std::min(model->rowCount(), 200); ++r)
        eastings.push_back(QLocale().toDouble(model->index(r, column).data().toString()));
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(eastings.begin(), eastings.end());
    CHECK(std::is_sorted(eastings.begin(), eastings.end()));
    // The selection survives the sort.
    CHECK(std::int64_t(table->selectedRows().size()) == inBox);
    shot(*table, "5-table");

    // Export of the selection, as Swedish Excel reads it.
    dialogs.savePath = dir.filePath(QStringLiteral("selection.csv"));
    table->form()->exportSelectionButton->click();
    QFile csv(dialogs.savePath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    CHECK(text.startsWith("\xEF\xBB\xBF"));
    CHECK(text.count('\n') == inBox + 1);
    CHECK(text.split('\n').first().contains(';'));
    dialogs.savePath = dir.filePath(QStringLiteral("selection.xlsx"));
    table->form()->exportSelectionButton->click();
    CHECK(QFile::exists(dialogs.savePath));
    CHECK(dialogs.errors.isEmpty());

    // A click on a point selects it in the table.
    canvas->setExtent({p.x - 400, p.y - 250, p.x + 400, p.y + 250});
    settle(window);
    clickAt(canvas, p);
    REQUIRE(test::waitUntil([&] { return !table->selectedRows().empty(); }, 5000));
    CHECK(table->model()->idAt(table->selectedRows().front()) == data->incidents.ids[pick]);
    settle(window);
    shot(window, "6-click-selects");

    // Measure: three corners of a 300 × 400 m right triangle.
    auto *measure = window.findChild<app::MeasureTool *>(QStringLiteral("measureTool"));
    REQUIRE(measure);
    measure->action()->trigger();
    for (const PointXY q :
         {PointXY{p.x - 150, p.y - 100}, PointXY{p.x + 150, p.y - 100}, PointXY{p.x + 150, p.y + 300}})
        clickAt(canvas, q);
    CHECK(measure->length() == Approx(700.0).margin(5.0));
    CHECK(measure->area() == Approx(60000.0).epsilon(0.02));
    INFO(window.statusBar()->currentMessage().toStdString());
    settle(window);
    shot(window, "7-measure");
    measure->action()->trigger();

    // A bookmark through the panel's form, and zoom to a district.
    auto *bookmarks = window.findChild<app::BookmarksPanel *>();
    REQUIRE(bookmarks);
    bookmarks->show();
    const Extent kept = canvas->visibleExtent();
    bookmarks->form()->nameEdit->setText(QStringLiteral("Torget"));
    bookmarks->form()->addButton->click();
    REQUIRE(bookmarks->bookmarks().size() == 1);
    REQUIRE(data->districts.size() >= 2);
    bookmarks->zoomToDistrict(data->districts[1].name);
    settle(window);
    const Extent d = extentOf(data->districts[1].geometry);
    const Extent shown = canvas->visibleExtent();
    CHECK(shown.minX <= d.minX + 1);
    CHECK(shown.maxX >= d.maxX - 1);
    CHECK(shown.minY <= d.minY + 1);
    CHECK(shown.maxY >= d.maxY - 1);
    shot(window, "8-district");
    bookmarks->showBookmark(QStringLiteral("Torget"));
    CHECK(canvas->visibleExtent().center().x == Approx(kept.center().x).margin(1.0));
}
