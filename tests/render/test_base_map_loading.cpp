// Background maps on the interactive map: a view is read off the render thread and handed out as it
// arrives (AsyncBaseMapSource), tiles from a slow local server appear progressively and come from
// the disk cache when the server is gone, and vector base maps are drawn in the style kept with
// them in the store.

#include "../io/http_test_server.h"
#include "io/tile_base_map.h"
#include "render/async_base_map_source.h"
#include "render/base_map_layer.h"
#include "render/map_renderer.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/test_support.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace lb;

namespace {

// A source that paints its view in one colour, but only once the test lets it go on.
class GatedSource final : public render::BaseMapSource {
public:
    mutable std::mutex mutex;
    mutable std::condition_variable cv;
    bool open = false;
    mutable std::atomic<int> reads{0};
    mutable std::atomic<int> canceled{0};

    void release()
    {
        std::lock_guard lock(mutex);
        open = true;
        cv.notify_all();
    }
    Result<QImage> image(const Extent &, QSize size, Feedback &feedback) const override
    {
        ++reads;
        std::unique_lock lock(mutex);
        while (!open && !feedback.isCanceled())
            cv.wait_for(lock, std::chrono::milliseconds(5));
        if (feedback.isCanceled()) {
            ++canceled;
            return Error{QStringLiteral("canceled")};
        }
        QImage img(size, QImage::Format_ARGB32);
        img.fill(QColor(200, 30, 30));
        return img;
    }
};

// io's tile fetcher behind render's interface, as the programs hand it over.
class TileSource final : public render::BaseMapSource {
public:
    explicit TileSource(std::shared_ptr<const io::TileBaseMap> map)
        : m_map(std::move(map))
    {}
    Result<QImage> image(const Extent &e, QSize s, Feedback &f) const override { return m_map->image(e, s, f); }
    Result<QImage> progressiveImage(const Extent &e, QSize s, Feedback &f, const PartialImage &p) const override
    {
        return m_map->image(e, s, f, p);
    }

private:
    std::shared_ptr<const io::TileBaseMap> m_map;
};

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

// The share of an image's pixels that are opaque blue.
double blueShare(const QImage &img)
{
    qint64 blue = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            if (img.pixelColor(x, y) == QColor(0, 0, 255))
                ++blue;
    return double(blue) / double(((img.height() + 3) / 4) * ((img.width() + 3) / 4));
}

} // namespace

TEST_CASE("a background map view is read off the render thread and shown when ready", "[render][basemap][async]")
{
    auto slow = std::make_shared<GatedSource>();
    std::atomic<int> changes{0};
    render::AsyncBaseMapSource live(slow, [&] { ++changes; });
    const Extent view{0, 0, 1000, 800};
    const QSize size(100, 80);
    Feedback feedback;

    // The first frame does not wait: it gets a transparent image while the view is read.
    QElapsedTimer t;
    t.start();
    auto first = live.image(view, size, feedback);
    REQUIRE(first.ok());
    CHECK(t.elapsed() < 200);
    CHECK(first->pixelColor(50, 40).alpha() == 0);
    REQUIRE(test::waitUntil([&] { return slow->reads >= 1; }, 5000));
    CHECK(live.isLoading());
    CHECK(changes == 0);

    // Another view cancels the read in progress; only the newest is read.
    const Extent panned{500, 0, 1500, 800};
    REQUIRE(live.image(panned, size, feedback).ok());
    REQUIRE(test::waitUntil([&] { return slow->canceled >= 1; }, 5000));
    slow->release();
    REQUIRE(test::waitUntil([&] { return changes >= 1 && !live.isLoading(); }, 5000));
    CHECK(slow->reads == 2);
    auto done = live.image(panned, size, feedback);
    REQUIRE(done.ok());
    CHECK(done->pixelColor(50, 40) == QColor(200, 30, 30));

    // Panned back half a view: the finished image is moved where it lies until the new one is in.
    auto moved = live.image(view, size, feedback);
    REQUIRE(moved.ok());
    CHECK(moved->pixelColor(75, 40) == QColor(200, 30, 30)); // x 750: inside the read view
    CHECK(moved->pixelColor(25, 40).alpha() == 0);           // x 250: not read yet
    REQUIRE(test::waitUntil([&] { return !live.isLoading(); }, 5000));
    CHECK(live.image(view, size, feedback)->pixelColor(25, 40) == QColor(200, 30, 30));
    CHECK(live.wrapped() == slow);
}

TEST_CASE("tiles from a slow server appear as they arrive and come from the cache offline",
          "[render][basemap][tiles][async]")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("cache"));
    const QSize size(1000, 800);
    const Extent view = test::sampleExtent();
    QString url;
    {
        test::HttpTestServer server;
        server.setResponse(bluePng());
        server.setDelayMs(100);
        url = QString(server.baseUrl()).replace(QStringLiteral("/api/events"), QStringLiteral("/t/{z}/{x}/{y}.png"));
        auto tiles = io::TileBaseMap::create(url, 3006, cache);
        REQUIRE(tiles.ok());
        std::mutex mutex;
        std::vector<double> partialShares;
        std::atomic<int> changes{0};
        auto source = std::make_shared<TileSource>(*tiles);
        render::AsyncBaseMapSource live(source, [&] { ++changes; });
        Feedback feedback;
        REQUIRE(live.image(view, size, feedback).ok());
        // Each change hands out a fuller image; collected as a map would draw them.
        int seen = 0;
        REQUIRE(test::waitUntil(
            [&] {
                if (changes > seen) {
                    seen = changes;
                    auto img = live.image(view, size, feedback);
                    std::lock_guard lock(mutex);
                    partialShares.push_back(img ? blueShare(*img) : -1.0);
                }
                return !live.isLoading() && changes == seen;
            },
            30000));
        const int fetched = int(server.requests().size());
        INFO("tiles " << fetched << ", frames " << partialShares.size());
        REQUIRE(fetched >= 6);
        // A frame before the last, the first with only some of the tiles, each fuller.
        REQUIRE(partialShares.size() >= 2);
        CHECK(partialShares.front() > 0.0);
        CHECK(partialShares.front() < 0.9);
        CHECK(std::is_sorted(partialShares.begin(), partialShares.end()));
        CHECK(partialShares.back() == Approx(1.0));
    }
    // The server is gone: the same view is drawn whole from the cache, without error.
    auto offline = io::TileBaseMap::create(url, 3006, cache);
    REQUIRE(offline.ok());
    Feedback feedback;
    QElapsedTimer t;
    t.start();
    auto img = (*offline)->image(view, size, feedback);
    REQUIRE(img.ok());
    CHECK(blueShare(*img) == Approx(1.0));
}

TEST_CASE("a vector background map is drawn in the style kept with it in the store", "[render][basemap][style]")
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(storePath).ok());
    // A square in the store's CRS, 2 km wide, as GeoJSON.
    const double x0 = 603000, x1 = 605000, y0 = 6552000, y1 = 6554000;
    const QString file = dir.filePath(QStringLiteral("square.geojson"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                               "\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                               "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%1,%3],[%2,%3],[%2,%4],[%1,%4],"
                               "[%1,%3]]]}}]}")
                    .arg(x0, 0, 'f', 1)
                    .arg(x1, 0, 'f', 1)
                    .arg(y0, 0, 'f', 1)
                    .arg(y1, 0, 'f', 1)
                    .toUtf8());
    }
    render::BaseMapEntry entry = render::baseMapEntryFor(file);
    entry.style.fill = QColor(250, 200, 40);
    entry.style.outline = QColor(20, 90, 160);
    entry.style.outlineWidth = 6.0;
    {
        auto st = store::Store::open(storePath, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        REQUIRE(render::writeBaseMaps(**st, storePath, {entry}).ok());
        const auto back = render::readBaseMaps(**st, storePath);
        REQUIRE(back.size() == 1);
        CHECK(back[0].style == entry.style);
    }
    // Drawn by the CLI from the store: 10 m per pixel over the sample extent.
    auto renderStore = [&](const QString &png) {
        QString out, err;
        const int rc = test::runCli({QStringLiteral("render"), storePath, QStringLiteral("--out"), png,
                                     QStringLiteral("--size"), QStringLiteral("1000x800"), QStringLiteral("--extent"),
                                     QStringLiteral("600000,6550000,610000,6558000"), QStringLiteral("--layers"),
                                     QStringLiteral("municipality"), QStringLiteral("--no-furniture")},
                                    &out, &err);
        INFO(err.toStdString());
        REQUIRE(rc == 0);
        return QImage(png);
    };
    const QImage img = renderStore(dir.filePath(QStringLiteral("styled.png")));
    REQUIRE(img.size() == QSize(1000, 800));
    // Pixel of a map point: x from 600 000, y down from 6 558 000, 10 m each.
    auto at = [&](double x, double y) {
        return img.pixelColor(int((x - 600000) / 10), int((6558000 - y) / 10));
    };
    CHECK(at(604000, 6553000) == QColor(250, 200, 40));
    // The west edge at x = 603 000 is pixel column 300; a 6 px outline covers 297–302.
    const int row = int((6558000 - 6553000) / 10);
    CHECK(img.pixelColor(300, row) == QColor(20, 90, 160));
    CHECK(img.pixelColor(298, row) == QColor(20, 90, 160));
    CHECK(img.pixelColor(302, row) == QColor(20, 90, 160));
    CHECK(img.pixelColor(305, row) == QColor(250, 200, 40));
    CHECK(img.pixelColor(294, row) != QColor(20, 90, 160));
    img.save(QDir::temp().filePath(QStringLiteral("lagesbild-base-map-style.png"))); // for a person to look at

    // Without a fill the land shows through inside; the outline stays.
    entry.style.fill.setAlpha(0);
    {
        auto st = store::Store::open(storePath, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        REQUIRE(render::writeBaseMaps(**st, storePath, {entry}).ok());
    }
    const QImage open = renderStore(dir.filePath(QStringLiteral("open.png")));
    const QColor land = open.pixelColor(50, 50);
    CHECK(open.pixelColor(400, row) == land);
    CHECK(open.pixelColor(300, row) == QColor(20, 90, 160));
}
