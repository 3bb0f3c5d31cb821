// A map drawn from the store's map snapshot (store/point_snapshot.h) against the same map drawn
// from the rows: `lagesbild-cli render` of the demo store, whole and a 2 km view, before and after
// the snapshot is written, compared pixel by pixel; and the map data read both ways holds the same
// incidents with the same sensitive ones, so no sensitive incident becomes a point.

#include "render/map_data.h"
#include "store/point_snapshot.h"
#include "store/store.h"
#include "support/image_compare.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace lb;

namespace {

QImage renderPng(const QString &store, const QString &png, const QStringList &extra = {})
{
    QString out, err;
    const int rc = test::runCli(QStringList{QStringLiteral("render"), store, QStringLiteral("--out"), png,
                                            QStringLiteral("--size"), QStringLiteral("800x600")} +
                                    extra,
                                &out, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    QImage image(png);
    REQUIRE(!image.isNull());
    return image;
}

std::shared_ptr<const render::MapData> load(const QString &path)
{
    Feedback feedback;
    auto loaded = render::loadMapData(path, feedback);
    REQUIRE(loaded.ok());
    return *loaded;
}

// Each incident drawn as a point: its id, with whether it counts as sensitive.
std::map<FeatureId, int> pointsOf(const render::MapData &d)
{
    std::map<FeatureId, int> out;
    for (size_t i = 0; i < d.incidents.size(); ++i)
        out[d.incidents.ids[i]] = d.incidents.sensitive[i];
    return out;
}

std::multiset<int> sensitiveDistricts(const render::MapData &d)
{
    return {d.sensitiveIncidents.district.begin(), d.sensitiveIncidents.district.end()};
}

} // namespace

TEST_CASE("a map drawn from the snapshot is the map drawn from the rows", "[render][snapshot]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), store}) == 0);

    const auto fromRows = load(store);
    // A 2 km view on the middle of the incidents.
    const Extent e = fromRows->incidents.grid.extent();
    const double cx = (e.minX + e.maxX) / 2, cy = (e.minY + e.maxY) / 2;
    const QStringList view{QStringLiteral("--extent"),
                           QStringLiteral("%1,%2,%3,%4").arg(cx - 1000).arg(cy - 1000).arg(cx + 1000).arg(cy + 1000)};
    const QImage wholeRows = renderPng(store, dir.filePath(QStringLiteral("whole-rows.png")));
    const QImage viewRows = renderPng(store, dir.filePath(QStringLiteral("view-rows.png")), view);

    {
        auto st = store::Store::open(store, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        REQUIRE(store::writePointSnapshot(**st).ok());
        REQUIRE(store::hasPointSnapshot(**st));
    }
    const auto fromSnapshot = load(store);
    const QImage wholeSnapshot = renderPng(store, dir.filePath(QStringLiteral("whole-snapshot.png")));
    const QImage viewSnapshot = renderPng(store, dir.filePath(QStringLiteral("view-snapshot.png")), view);

    // The same incidents as points, the same of them sensitive, the same per-district counts.
    REQUIRE(fromRows->incidents.size() > 500);
    CHECK(pointsOf(*fromSnapshot) == pointsOf(*fromRows));
    CHECK(fromSnapshot->centreStacks.size() == fromRows->centreStacks.size());
    REQUIRE(fromRows->sensitiveIncidents.size() > 0);
    CHECK(sensitiveDistricts(*fromSnapshot) == sensitiveDistricts(*fromRows));
    CHECK(fromSnapshot->groupCounts == fromRows->groupCounts);

    // The images agree to within 0.05 % of the pixels: each cell draws its lowest id whatever the
    // order the incidents were read in (a handful of edge pixels were seen to differ).
    for (const auto &[a, b] : {std::pair{wholeRows, wholeSnapshot}, std::pair{viewRows, viewSnapshot}}) {
        const test::ImageDiff diff = test::compareImages(a, b, 8);
        REQUIRE(diff.sameSize);
        INFO("differing pixels: " << diff.differingPixels);
        CHECK(diff.differingPixels <= a.width() * a.height() / 2000);
    }
    // And the view is not empty: it shows incidents in several colours.
    std::set<QRgb> colours;
    for (int y = 0; y < viewSnapshot.height(); y += 4)
        for (int x = 0; x < viewSnapshot.width(); x += 4)
            colours.insert(viewSnapshot.pixel(x, y));
    CHECK(colours.size() > 20);
}

TEST_CASE("upgrade writes no map snapshot for a small store", "[render][snapshot][cli]")
{
    // The demo's few thousand incidents open in a moment from the rows; the snapshot is for stores
    // of store::kSnapshotMinIncidents and more.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), store}) == 0);
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("upgrade"), store}, &out, &err) == 0);
    CHECK_FALSE(out.contains(QStringLiteral("snapshot")));
    auto st = store::Store::open(store, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    CHECK_FALSE(store::hasPointSnapshot(**st));
    CHECK_FALSE(store::wantsPointSnapshot(**st));
}
