// Background maps in the real main window: a GeoTIFF added through the form is drawn on the map
// where it lies, listed in the layer list under the data, and kept in the store with its
// visibility and opacity; a tile layer reaches its (local) server only once added and shows its
// attribution on the map.

#include "../io/http_test_server.h"
#include "app/base_map_controller.h"
#include "app/base_map_dialog.h"
#include "app/dialog_service.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "core/crs.h"
#include "render/base_map_list.h"
#include "store/store.h"
#include "support/base_map_fixture.h"
#include "support/sample_store.h"
#include "support/test_support.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>

using namespace lb;

namespace {

class Dialogs final : public app::DialogService {
public:
    QString file;
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return file; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

void waitForRender(app::MainWindow &window, int before)
{
    REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); },
                            20000));
}

void openIn(app::MainWindow &window, const QString &path)
{
    const int before = window.canvas()->renderCount();
    window.openStore(path);
    REQUIRE(test::waitUntil([&] { return window.storePath() == path; }));
    waitForRender(window, before);
}

QColor canvasColourAt(app::MainWindow &window, PointXY lonLat)
{
    auto t = CoordinateTransform::create(4326, 3006);
    REQUIRE(t.ok());
    const QPointF px = window.canvas()->settings().toPixel(t->transform(lonLat));
    return window.canvas()->renderedImage().pixelColor(px.toPoint());
}

app::BaseMapController *controllerOf(app::MainWindow &window)
{
    auto *c = window.findChild<app::BaseMapController *>(QStringLiteral("baseMapController"));
    REQUIRE(c);
    return c;
}

// Background maps open and read their views on workers: waits until they are done and the map
// has been drawn with them.
void settle(app::MainWindow &window)
{
    app::BaseMapController *c = controllerOf(window);
    REQUIRE(test::waitUntil([&] { return !c->isLoading(); }, 30000));
    (void)test::waitUntil([] { return false; }, 100); // the frame asked for starts
    REQUIRE(test::waitUntil([&] { return !window.canvas()->isRendering() && !c->isLoading(); }, 30000));
}

int rowOf(app::LayerPanel *panel, const QString &id)
{
    return panel->indexOfTopLevelItem(panel->layerItem(id));
}

} // namespace

TEST_CASE("a GeoTIFF added in the window is drawn, listed under the data and kept in the store", "[app][gui][basemap]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    const QString tif = test::writeGeoTiff(dir.filePath(QStringLiteral("ortho.tif")));
    const PointXY c = test::centreLonLat();
    Dialogs dialogs;
    dialogs.file = tif;
    QString id;
    {
        app::MainWindow window(&dialogs);
        window.resize(1200, 800);
        window.show();
        openIn(window, path);
        CHECK(window.menuBar()->findChild<QAction *>(QStringLiteral("addBaseMapAction"))->isEnabled());
        CHECK(canvasColourAt(window, {c.x - 0.01, c.y}) != QColor(255, 0, 0));

        // The form: Browse picks the file, the title follows it.
        app::BaseMapDialog form(&dialogs, &window);
        form.findChild<QPushButton *>(QStringLiteral("browseButton"))->click();
        form.accept();
        REQUIRE(form.result() == QDialog::Accepted);
        CHECK(form.entry().title == QStringLiteral("ortho.tif"));

        REQUIRE(controllerOf(window)->addBaseMap(form.entry()).isEmpty());
        settle(window);
        id = form.entry().layerId();
        CHECK(canvasColourAt(window, {c.x - 0.01, c.y}) == QColor(255, 0, 0));
        CHECK(canvasColourAt(window, {c.x + 0.01, c.y}) == QColor(0, 255, 0));

        app::LayerPanel *panel = window.layerPanel();
        REQUIRE(panel->layerItem(id));
        CHECK(panel->layerItem(id)->text(0) == QStringLiteral("ortho.tif"));
        CHECK(panel->visibleLayers().contains(id));
        // Listed (top first) below the incidents and districts, above the municipality.
        CHECK(rowOf(panel, id) > rowOf(panel, QStringLiteral("incidents")));
        CHECK(rowOf(panel, id) > rowOf(panel, QStringLiteral("districts")));
        CHECK(rowOf(panel, id) < rowOf(panel, QStringLiteral("municipality")));

        // Hidden and half transparent, as the user leaves it.
        controllerOf(window)->setOpacity(id, 0.5);
        panel->setLayerVisible(id, false);
        settle(window);
        CHECK(canvasColourAt(window, {c.x - 0.01, c.y}) != QColor(255, 0, 0));
    }
    {
        auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(st.ok());
        const auto maps = render::readBaseMaps(**st, path);
        REQUIRE(maps.size() == 1);
        CHECK(maps[0].location == tif);
        CHECK_FALSE(maps[0].visible);
        CHECK(maps[0].opacity == 0.5);
    }
    // Reopened: listed, unchecked; checked again it is drawn.
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    openIn(window, path);
    settle(window);
    REQUIRE(window.layerPanel()->layerItem(id));
    CHECK(window.layerPanel()->layerItem(id)->checkState(0) == Qt::Unchecked);
    window.layerPanel()->setLayerVisible(id, true);
    settle(window);
    const QColor half = canvasColourAt(window, {c.x - 0.01, c.y});
    CHECK(half.red() > 200);
    CHECK(half.green() > 60);
    CHECK(half.green() < 180);
    // Removing it takes it off the map, the list and the store.
    controllerOf(window)->removeBaseMap(id);
    CHECK_FALSE(window.layerPanel()->layerItem(id));
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    CHECK(render::readBaseMaps(**st, path).empty());
}

TEST_CASE("a tile layer is fetched only once added and shows its attribution", "[app][gui][basemap][tiles]")
{
    test::HttpTestServer server;
    QImage tile(256, 256, QImage::Format_ARGB32);
    tile.fill(QColor(0, 0, 255));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    server.setResponse(png);
    const QString url =
        QString(server.baseUrl()).replace(QStringLiteral("/api/events"), QStringLiteral("/tiles/{z}/{x}/{y}.png"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    Dialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    openIn(window, path);
    CHECK(server.requests().isEmpty());

    app::BaseMapDialog form(&dialogs, &window);
    form.setTileAddress(url, QStringLiteral("© Test tiles"));
    form.grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-base-map-dialog.png"))); // for a person to look at
    form.accept();
    REQUIRE(form.result() == QDialog::Accepted);
    REQUIRE(controllerOf(window)->addBaseMap(form.entry()).isEmpty());
    settle(window);
    qunsetenv("XDG_CACHE_HOME");
    CHECK_FALSE(server.requests().isEmpty());
    const QImage img = window.canvas()->renderedImage();
    // Off the district boundary that runs through the centre.
    const PointXY c = test::centreLonLat();
    CHECK(canvasColourAt(window, {c.x + 0.03, c.y - 0.01}) == QColor(0, 0, 255));
    // The attribution box in the lower right corner: white at 80 % over the blue tiles.
    const QColor corner = img.pixelColor(img.width() - 2, img.height() - 2);
    CHECK(std::abs(corner.red() - 200) <= 4);
    CHECK(corner.blue() == 255);
}
