// Background maps: a GeoTIFF in WGS 84 and a GeoJSON polygon drawn by the real program where they
// lie in the store's SWEREF 99 TM, a base map kept in the store with a relative path, and an XYZ
// tile layer served by a local HTTP server (cached, with a User-Agent, fetched only when asked).

#include "../io/http_test_server.h"
#include "core/crs.h"
#include "io/base_map_reader.h"
#include "io/tile_base_map.h"
#include "render/base_map_list.h"
#include "render/map_settings.h"
#include "store/store.h"
#include "support/base_map_fixture.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace lb;

using test::centreLonLat;
using test::writeGeoTiff;

namespace {

constexpr QSize imageSize{800, 640};

// Where a WGS 84 position lands in the rendered image.
QPoint pixelOf(PointXY lonLat)
{
    auto t = CoordinateTransform::create(4326, 3006);
    REQUIRE(t.ok());
    render::MapSettings s;
    s.setExtent(test::sampleExtent());
    s.setOutputSize(imageSize);
    return s.toPixel(t->transform(lonLat)).toPoint();
}

QString extentArg()
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(test::sample::minX, 0, 'f', 1)
        .arg(test::sample::minY, 0, 'f', 1)
        .arg(test::sample::maxX, 0, 'f', 1)
        .arg(test::sample::maxY, 0, 'f', 1);
}

QString makeStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    return path;
}

QImage renderMap(const QString &store, const QString &png, QStringList extra)
{
    QString out, err;
    const int rc = test::runCli(QStringList{QStringLiteral("render"), store, QStringLiteral("--out"), png,
                                            QStringLiteral("--size"), QStringLiteral("800x640"),
                                            QStringLiteral("--extent"), extentArg(), QStringLiteral("--layers"),
                                            QStringLiteral("municipality"), QStringLiteral("--no-furniture")} +
                                    extra,
                                &out, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    const QImage img(png);
    REQUIRE(img.size() == imageSize);
    return img;
}

bool isRed(QColor c)
{
    return c.red() > 220 && c.green() < 40 && c.blue() < 40;
}
bool isGreen(QColor c)
{
    return c.green() > 220 && c.red() < 40 && c.blue() < 40;
}

} // namespace

TEST_CASE("a GeoTIFF in WGS 84 is drawn where it lies in the store's CRS", "[render][basemap]")
{
    QTemporaryDir dir;
    const QString store = makeStore(dir);
    const QString tif = writeGeoTiff(dir.filePath(QStringLiteral("ortho.tif")));
    const QImage img = renderMap(store, dir.filePath(QStringLiteral("map.png")), {QStringLiteral("--base"), tif});
    const PointXY c = centreLonLat();
    // Well inside each half, and outside the raster: the map's own colours.
    CHECK(isRed(img.pixelColor(pixelOf({c.x - 0.01, c.y}))));
    CHECK(isRed(img.pixelColor(pixelOf({c.x - 0.018, c.y + 0.008}))));
    CHECK(isGreen(img.pixelColor(pixelOf({c.x + 0.01, c.y}))));
    CHECK(isGreen(img.pixelColor(pixelOf({c.x + 0.018, c.y - 0.008}))));
    for (const PointXY outside :
         {PointXY{c.x - 0.023, c.y}, PointXY{c.x + 0.023, c.y}, PointXY{c.x, c.y + 0.013}, PointXY{c.x, c.y - 0.013}}) {
        const QColor px = img.pixelColor(pixelOf(outside));
        CHECK_FALSE(isRed(px));
        CHECK_FALSE(isGreen(px));
    }
    // A map file that is not there is an error that names it.
    QString out, err;
    const QString missing = dir.filePath(QStringLiteral("missing.tif"));
    CHECK(test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png")),
                        QStringLiteral("--base"), missing},
                       &out, &err) != 0);
    CHECK(err.contains(missing + QStringLiteral(" does not exist")));
    // Without --base the same spot has no raster.
    const QImage plain = renderMap(store, dir.filePath(QStringLiteral("plain.png")), {});
    CHECK_FALSE(isRed(plain.pixelColor(pixelOf({c.x - 0.01, c.y}))));
}

TEST_CASE("a vector file's polygon is drawn where it lies", "[render][basemap]")
{
    QTemporaryDir dir;
    const QString store = makeStore(dir);
    const PointXY c = centreLonLat();
    // A square 0.01° wide east of the centre, in GeoJSON (WGS 84).
    const double x0 = c.x + 0.01, x1 = c.x + 0.02, y0 = c.y - 0.005, y1 = c.y + 0.005;
    const QString json =
        QStringLiteral(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
            "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%1,%3],[%2,%3],[%2,%4],[%1,%4],[%1,%3]]]}}]}")
            .arg(x0, 0, 'f', 8)
            .arg(x1, 0, 'f', 8)
            .arg(y0, 0, 'f', 8)
            .arg(y1, 0, 'f', 8);
    const QString file = dir.filePath(QStringLiteral("square.geojson"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(json.toUtf8());
    f.close();
    const QImage img = renderMap(store, dir.filePath(QStringLiteral("map.png")), {QStringLiteral("--base"), file});
    const QImage plain = renderMap(store, dir.filePath(QStringLiteral("plain.png")), {});
    const QColor fill(0xd9, 0xd4, 0xc7);
    const QPoint inside = pixelOf({(x0 + x1) / 2, (y0 + y1) / 2});
    CHECK(img.pixelColor(inside) == fill);
    CHECK(plain.pixelColor(inside) != fill);
    // West of the centre nothing changed.
    const QPoint west = pixelOf({c.x - 0.015, c.y});
    CHECK(img.pixelColor(west) == plain.pixelColor(west));
}

TEST_CASE("a base map kept in the store is drawn from a path relative to the store", "[render][basemap]")
{
    QTemporaryDir dir;
    const QString store = makeStore(dir);
    QDir(dir.path()).mkdir(QStringLiteral("maps"));
    const QString tif = writeGeoTiff(dir.filePath(QStringLiteral("maps/ortho.tif")));
    {
        auto st = store::Store::open(store, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        render::BaseMapEntry e = render::baseMapEntryFor(tif);
        e.opacity = 0.5;
        REQUIRE(render::writeBaseMaps(**st, store, {e}).ok());
        const auto raw = (*st)->metaValue(QStringLiteral("base_maps"));
        REQUIRE(raw);
        CHECK(raw->contains(QLatin1String("\"maps/ortho.tif\"")));
    }
    // The store and its maps moved together keep working.
    QTemporaryDir moved;
    QDir(moved.path()).mkdir(QStringLiteral("maps"));
    REQUIRE(QFile::copy(store, moved.filePath(QStringLiteral("moved.gpkg"))));
    REQUIRE(QFile::copy(tif, moved.filePath(QStringLiteral("maps/ortho.tif"))));
    const QString movedStore = moved.filePath(QStringLiteral("moved.gpkg"));
    {
        auto st = store::Store::open(movedStore, store::Store::Mode::ReadOnly);
        REQUIRE(st.ok());
        const auto maps = render::readBaseMaps(**st, movedStore);
        REQUIRE(maps.size() == 1);
        CHECK(maps[0].location == moved.filePath(QStringLiteral("maps/ortho.tif")));
        CHECK(maps[0].opacity == 0.5);
    }
    const QImage img = renderMap(movedStore, moved.filePath(QStringLiteral("map.png")), {});
    // Red at half opacity over the municipality's land (whose colour is read outside the raster).
    const PointXY c = centreLonLat();
    const QColor px = img.pixelColor(pixelOf({c.x - 0.01, c.y}));
    const QColor land = img.pixelColor(pixelOf({c.x - 0.03, c.y}));
    CHECK(std::abs(px.red() - (255 + land.red()) / 2) <= 3);
    CHECK(std::abs(px.green() - land.green() / 2) <= 3);
    CHECK(std::abs(px.blue() - land.blue() / 2) <= 3);
}

TEST_CASE("a tile layer is fetched from its server only when added, with a User-Agent, and cached",
          "[render][basemap][tiles]")
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
        QString(server.baseUrl()).replace(QStringLiteral("/api/events"), QStringLiteral("/t/{z}/{x}/{y}.png"));
    QTemporaryDir dir;
    const QString store = makeStore(dir);
    const QString tif = writeGeoTiff(dir.filePath(QStringLiteral("ortho.tif")));

    // A file base map alone reaches no server.
    (void)renderMap(store, dir.filePath(QStringLiteral("file.png")), {QStringLiteral("--base"), tif});
    CHECK(server.requests().isEmpty());

    auto map = io::TileBaseMap::create(url, 3006, dir.filePath(QStringLiteral("cache")));
    REQUIRE(map.ok());
    Feedback feedback;
    auto img = (*map)->image(test::sampleExtent(), imageSize, feedback);
    INFO(img.errorMessage().toStdString());
    REQUIRE(img.ok());
    CHECK(img->pixelColor(400, 320) == QColor(0, 0, 255));
    CHECK(img->pixelColor(2, 2) == QColor(0, 0, 255));
    const QStringList asked = server.requests();
    REQUIRE(!asked.isEmpty());
    CHECK(server.userAgents().size() == asked.size());
    CHECK(server.userAgents().first().startsWith(QLatin1String("Lagesbild/")));

    // The zoom level: tile pixels about as large as the view's (12.5 m) at this latitude, and the
    // tile under the centre among those asked for (slippy-map tile numbering).
    const QRegularExpression pattern(QStringLiteral("^/t/(\\d+)/(\\d+)/(\\d+)\\.png$"));
    const auto m = pattern.match(asked.first());
    REQUIRE(m.hasMatch());
    const int z = m.captured(1).toInt();
    const PointXY c = centreLonLat();
    const double lat = c.y * M_PI / 180.0;
    const double groundPerPixel = 156543.03392804097 * std::cos(lat) / std::pow(2.0, z);
    const double viewPerPixel = 10000.0 / imageSize.width();
    CHECK(groundPerPixel / viewPerPixel > 0.5);
    CHECK(groundPerPixel / viewPerPixel < 2.0);
    const int n = 1 << z;
    const int tx = int(std::floor((c.x + 180.0) / 360.0 * n));
    const int ty = int(std::floor((1.0 - std::asinh(std::tan(lat)) / M_PI) / 2.0 * n));
    CHECK(asked.contains(QStringLiteral("/t/%1/%2/%3.png").arg(z).arg(tx).arg(ty)));

    // The same view again comes from the disk cache.
    auto again = io::TileBaseMap::create(url, 3006, dir.filePath(QStringLiteral("cache")));
    REQUIRE(again.ok());
    REQUIRE((*again)->image(test::sampleExtent(), imageSize, feedback).ok());
    CHECK(server.requests().size() == asked.size());

    // Through the program: drawn under the data, with the cache in the user's cache folder.
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
    const QImage map2 = renderMap(store, dir.filePath(QStringLiteral("tiles.png")), {QStringLiteral("--base"), url});
    qunsetenv("XDG_CACHE_HOME");
    CHECK(map2.pixelColor(400, 320) == QColor(0, 0, 255));
    CHECK(server.requests().size() > asked.size());
}
