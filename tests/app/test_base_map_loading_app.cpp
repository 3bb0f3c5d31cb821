// Background maps in the real main window do not hold up the map: a tile layer from a slow local
// server is drawn tile by tile over frames the data shows in at once, and comes from the disk cache
// when the server is gone; a vector base map takes the style chosen for it, kept in the store.

#include "../io/http_test_server.h"
#include "app/base_map_controller.h"
#include "app/base_map_style_dialog.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/base_map_list.h"
#include "store/store.h"
#include "support/app_window.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace lb;

namespace {

app::BaseMapController *controllerOf(app::MainWindow &window)
{
    auto *c = window.findChild<app::BaseMapController *>(QStringLiteral("baseMapController"));
    REQUIRE(c);
    return c;
}

void settle(app::MainWindow &window)
{
    app::BaseMapController *c = controllerOf(window);
    REQUIRE(test::waitUntil([&] { return !c->isLoading(); }, 30000));
    (void)test::waitUntil([] { return false; }, 100);
    REQUIRE(test::waitUntil([&] { return !window.canvas()->isRendering() && !c->isLoading(); }, 30000));
}

QByteArray bluePng()
{
    QImage tile(256, 256, QImage::Format_ARGB32);
    tile.fill(QColor(0, 0, 255));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    return png;
}

// The share of the pixels in the middle of an image (a third of each side off) that are tile blue.
double blueShare(const QImage &img)
{
    qint64 blue = 0, all = 0;
    for (int y = img.height() / 3; y < 2 * img.height() / 3; y += 3)
        for (int x = img.width() / 3; x < 2 * img.width() / 3; x += 3, ++all)
            if (img.pixelColor(x, y) == QColor(0, 0, 255))
                ++blue;
    return double(blue) / double(std::max<qint64>(all, 1));
}

// The canvas pixel of a store point.
QColor colourAt(app::MainWindow &window, PointXY p)
{
    return window.canvas()->renderedImage().pixelColor(window.canvas()->settings().toPixel(p).toPoint());
}

} // namespace

TEST_CASE("a tile layer from a slow server is drawn as tiles arrive, and from the cache offline",
          "[app][gui][basemap][tiles][async]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    test::QuietDialogs dialogs;
    QString url;
    {
        test::HttpTestServer server;
        server.setResponse(bluePng());
        server.setDelayMs(80);
        url = QString(server.baseUrl()).replace(QStringLiteral("/api/events"), QStringLiteral("/t/{z}/{x}/{y}.png"));
        app::MainWindow window(&dialogs);
        window.resize(1200, 800);
        window.show();
        test::openAndDraw(window, path);
        CHECK(server.requests().isEmpty());

        // Every frame while the tiles come in: how blue it is, and whether tiles were still coming.
        std::vector<std::pair<double, bool>> frames;
        app::BaseMapController *controller = controllerOf(window);
        QObject::connect(window.canvas(), &app::MapCanvas::renderFinished, &window, [&](qint64) {
            frames.emplace_back(blueShare(window.canvas()->renderedImage()), controller->isLoading());
        });
        REQUIRE(controller->addBaseMap(render::baseMapEntryFor(url)).isEmpty());
        settle(window);
        INFO("tiles " << server.requests().size() << ", frames " << frames.size());
        REQUIRE(server.requests().size() >= 6);
        // Frames were finished while tiles were still on their way, some partly blue, and the last
        // is whole.
        const auto whileLoading = std::count_if(frames.begin(), frames.end(), [](const auto &f) { return f.second; });
        const auto partial =
            std::count_if(frames.begin(), frames.end(), [](const auto &f) { return f.first > 0.02 && f.first < 0.95; });
        CHECK(whileLoading >= 2);
        CHECK(partial >= 1);
        REQUIRE(!frames.empty());
        CHECK(frames.back().first > 0.8);
    }
    // The server is gone: the store's tile layer is drawn from the cache.
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    test::openAndDraw(window, path);
    settle(window);
    qunsetenv("XDG_CACHE_HOME");
    CHECK(dialogs.errors.isEmpty());
    CHECK(blueShare(window.canvas()->renderedImage()) > 0.8);
    window.canvas()->renderedImage().save(QDir::temp().filePath(QStringLiteral("lagesbild-tiles-offline.png")));
}

TEST_CASE("a vector background map takes the style chosen for it and keeps it in the store",
          "[app][gui][basemap][style]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    // A 2 km square east of the district boundary, in the store's CRS.
    const QString file = dir.filePath(QStringLiteral("square.geojson"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                "\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[605500,6553000],[607500,6553000],"
                "[607500,6555000],[605500,6555000],[605500,6553000]]]}}]}");
    }
    const PointXY inside{606500, 6554000};
    test::QuietDialogs dialogs;
    const render::BaseMapEntry entry = render::baseMapEntryFor(file);
    {
        app::MainWindow window(&dialogs);
        window.resize(1200, 800);
        window.show();
        test::openAndDraw(window, path);
        app::BaseMapController *controller = controllerOf(window);
        REQUIRE(controller->addBaseMap(entry).isEmpty());
        settle(window);
        CHECK(colourAt(window, inside) == render::BaseMapStyle{}.fill);

        // The form, as the user fills it: no fill, a thick dark red outline.
        app::BaseMapStyleDialog form(entry.title, render::BaseMapStyle{}, &window);
        render::BaseMapStyle chosen;
        chosen.fill = QColor(40, 160, 90);
        chosen.outline = QColor(150, 20, 20);
        chosen.outlineWidth = 5.0;
        form.setStyle(chosen);
        form.grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-base-map-style-dialog.png")));
        CHECK(form.style() == chosen);
        form.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::RestoreDefaults)
            ->click();
        CHECK(form.style() == render::BaseMapStyle{});
        form.setStyle(chosen);
        controller->setStyle(entry.layerId(), form.style());
        settle(window);
        CHECK(colourAt(window, inside) == QColor(40, 160, 90));
        // The west edge at x = 605 500: outline colour on it, fill well inside.
        CHECK(colourAt(window, {605500, 6554000}) == QColor(150, 20, 20));
        window.canvas()->renderedImage().save(QDir::temp().filePath(QStringLiteral("lagesbild-base-map-styled.png")));
    }
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    const auto maps = render::readBaseMaps(**st, path);
    REQUIRE(maps.size() == 1);
    CHECK(maps[0].style.fill == QColor(40, 160, 90));
    CHECK(maps[0].style.outline == QColor(150, 20, 20));
    CHECK(maps[0].style.outlineWidth == 5.0);
}
