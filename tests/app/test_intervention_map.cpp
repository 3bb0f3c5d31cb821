// The store's interventions are drawn on the map of the desktop program as soon as it opens, and
// the map follows when one is removed.

#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/intervention_layer.h"
#include "store/intervention_store.h"
#include "store/store.h"
#include "support/app_window.h"
#include "support/sample_store.h"
#include "support/test_support.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace lb;

TEST_CASE("the store's interventions are on the map when it opens", "[app][gui][interventions]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    const PointXY at{606500.0, 6553000.0};
    {
        auto st = store::Store::open(path, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        Intervention i;
        i.name = QStringLiteral("Kamera torget");
        i.kind = QStringLiteral("camera");
        i.point = at;
        i.radius = 400.0;
        i.startsOn = QDate(2024, 3, 1);
        REQUIRE(store::InterventionStore(**st).insert(i).ok());
    }
    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1000, 750);
    window.show();
    test::openAndDraw(window, path);
    REQUIRE(test::waitUntil([&] { return window.layerPanel()->layerItem(QStringLiteral("interventions")); }));
    CHECK(window.canvas()->visibleLayers().contains(QStringLiteral("interventions")));
    REQUIRE(test::waitUntil([&] { return !window.canvas()->isRendering(); }, 20000));
    const int before = window.canvas()->renderCount();
    window.canvas()->refresh();
    REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); },
                            20000));
    const QPoint px = window.canvas()->settings().toPixel(at).toPoint();
    const QColor centre = window.canvas()->renderedImage().pixelColor(px);
    const QColor teal = render::InterventionLayer::color();
    CHECK(std::abs(centre.red() - teal.red()) + std::abs(centre.green() - teal.green()) +
              std::abs(centre.blue() - teal.blue()) <
          30);
}
