// The layer list in the real main window: a layer moved (by a dragged row or Move up/down), hidden
// or made translucent is drawn so at once, and the arrangement comes back when the store is opened
// again; the projector switch puts a legend, title and north arrow on the map.

#include "app/layer_panel.h"
#include "app/layer_state_controller.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/layer_state.h"
#include "store/store.h"
#include "support/app_window.h"
#include "support/sample_store.h"
#include "support/test_support.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QTemporaryDir>

using namespace lb;

namespace {

app::LayerStateController *controllerOf(app::MainWindow &window)
{
    auto *c = window.findChild<app::LayerStateController *>(QStringLiteral("layerStateController"));
    REQUIRE(c);
    return c;
}

QStringList canvasOrder(app::MainWindow &window)
{
    QStringList ids;
    for (const auto &l : window.canvas()->layers())
        ids << l->id();
    return ids;
}

} // namespace

TEST_CASE("the layer order, visibility and opacity set in the window come back on reopening", "[app][gui][layers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    test::QuietDialogs dialogs;
    QStringList movedOrder;
    {
        app::MainWindow window(&dialogs);
        window.resize(900, 700);
        window.show();
        test::openAndDraw(window, path);
        app::LayerPanel *panel = window.layerPanel();
        const QStringList order = panel->layerOrder();
        const auto incidents = order.indexOf(QStringLiteral("incidents"));
        const auto districts = order.indexOf(QStringLiteral("districts"));
        REQUIRE(incidents > districts);
        REQUIRE(districts >= 0);

        // Incidents below the districts, as a dragged row would put them.
        panel->moveLayer(QStringLiteral("incidents"), static_cast<int>(districts));
        movedOrder = canvasOrder(window);
        CHECK(movedOrder.indexOf(QStringLiteral("incidents")) < movedOrder.indexOf(QStringLiteral("districts")));
        CHECK(panel->layerOrder() == movedOrder);
        // The panel lists the top layer first.
        CHECK(panel->indexOfTopLevelItem(panel->layerItem(QStringLiteral("incidents"))) >
              panel->indexOfTopLevelItem(panel->layerItem(QStringLiteral("districts"))));

        controllerOf(window)->setOpacity(QStringLiteral("districts"), 0.5);
        CHECK(window.canvas()->settings().layerOpacity(QStringLiteral("districts")) == 0.5);
        panel->setLayerVisible(QStringLiteral("survey_pins"), false);
        CHECK_FALSE(window.canvas()->visibleLayers().contains(QStringLiteral("survey_pins")));
    }
    {
        auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(st.ok());
        CHECK_FALSE(render::readLayerStates(**st).empty());
    }
    app::MainWindow again(&dialogs);
    again.resize(900, 700);
    again.show();
    test::openAndDraw(again, path);
    CHECK(canvasOrder(again) == movedOrder);
    CHECK(again.layerPanel()->layerOrder() == movedOrder);
    CHECK(again.canvas()->settings().layerOpacity(QStringLiteral("districts")) == 0.5);
    CHECK_FALSE(again.canvas()->visibleLayers().contains(QStringLiteral("survey_pins")));
    CHECK(again.canvas()->visibleLayers().contains(QStringLiteral("incidents")));
    CHECK(again.layerPanel()->layerItem(QStringLiteral("survey_pins"))->checkState(0) == Qt::Unchecked);

    // Move up from the context menu's action brings incidents back above the districts.
    controllerOf(again)->move(QStringLiteral("incidents"), +1);
    const QStringList up = canvasOrder(again);
    CHECK(up.indexOf(QStringLiteral("incidents")) > up.indexOf(QStringLiteral("districts")));
}

TEST_CASE("the projector switch draws a legend, title and north arrow over the map", "[app][gui][layers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(900, 700);
    window.show();
    test::openAndDraw(window, path);
    app::MapCanvas *canvas = window.canvas();
    const QImage plain = canvas->grab().toImage();
    controllerOf(window)->furnitureAction()->setChecked(true);
    CHECK(canvas->showsFurniture());
    const QImage with = canvas->grab().toImage();
    // The legend's white box at the top left, where the map showed land before.
    int changed = 0;
    for (int y = 20; y < 80; ++y)
        for (int x = 20; x < 120; ++x)
            changed += plain.pixel(x, y) != with.pixel(x, y) ? 1 : 0;
    CHECK(changed > 2000);
    with.save(dir.filePath(QStringLiteral("furniture.png")));
}
