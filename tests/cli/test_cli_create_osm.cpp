// `lagesbild-cli create --osm` gives a new store its background from an OpenStreetMap extract:
// roads by class and lakes, clipped to the municipality, in the store's base tables. The extract is
// a small .osm file written here (GDAL's OSM driver reads .osm like .osm.pbf).

#include "cli_run.h"
#include "core/crs.h"
#include "store/store.h"
#include "support/catch_qt.h"

#include <QFile>

#include <cmath>

using lb::test::CliResult;
using lb::test::runCliIn;
using lb::test::scratchDir;

namespace {

double lineLength(const lb::MultiLineString &lines)
{
    double sum = 0.0;
    for (const auto &l : lines)
        for (size_t i = 1; i < l.size(); ++i)
            sum += std::hypot(l[i].x - l[i - 1].x, l[i].y - l[i - 1].y);
    return sum;
}

const lb::CoordinateTransform &toWgs()
{
    static const auto t = lb::CoordinateTransform::create(3006, 4326);
    return *t;
}

// An .osm file with ways through the given SWEREF 99 TM points (written in WGS 84).
class OsmWriter {
public:
    void way(std::vector<lb::PointXY> pts, const QString &key, const QString &value, bool closed = false)
    {
        QString nds;
        for (const lb::PointXY &p : pts) {
            const lb::PointXY g = toWgs().transform(p);
            m_nodes += QStringLiteral("<node id=\"%1\" version=\"1\" lat=\"%2\" lon=\"%3\"/>\n")
                           .arg(++m_nodeId)
                           .arg(g.y, 0, 'f', 9)
                           .arg(g.x, 0, 'f', 9);
            nds += QStringLiteral("<nd ref=\"%1\"/>").arg(m_nodeId);
        }
        if (closed)
            nds += QStringLiteral("<nd ref=\"%1\"/>").arg(m_nodeId - qint64(pts.size()) + 1);
        m_ways += QStringLiteral("<way id=\"%1\" version=\"1\">%2<tag k=\"%3\" v=\"%4\"/></way>\n")
                      .arg(++m_wayId)
                      .arg(nds, key, value);
    }
    void write(const QString &path) const
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"test\">\n%1%2"
                           "</osm>\n")
                .arg(m_nodes, m_ways)
                .toUtf8());
    }

private:
    QString m_nodes, m_ways;
    qint64 m_nodeId = 0, m_wayId = 0;
};

} // namespace

TEST_CASE("create --osm fills the background from an OpenStreetMap extract, clipped to the municipality", "[cli]")
{
    const QString dir = scratchDir();
    // The municipality: 10 × 8 km in SWEREF 99 TM.
    const QString boundary = dir + QStringLiteral("/boundary.geojson");
    {
        QFile f(boundary);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
"features":[{"type":"Feature","properties":{"name":"Provkommun"},"geometry":{"type":"Polygon","coordinates":
[[[600000,6550000],[610000,6550000],[610000,6558000],[600000,6558000],[600000,6550000]]]}}]})");
    }
    OsmWriter osm;
    osm.way({{595000, 6554000}, {605000, 6554000}}, QStringLiteral("highway"), QStringLiteral("primary"));
    osm.way({{602000, 6552000}, {603000, 6552000}}, QStringLiteral("highway"), QStringLiteral("residential"));
    osm.way({{602000, 6553000}, {603000, 6553000}}, QStringLiteral("highway"), QStringLiteral("footway"));
    osm.way({{580000, 6554000}, {585000, 6554000}}, QStringLiteral("highway"), QStringLiteral("primary"));
    osm.way({{606000, 6555000}, {607000, 6555000}, {607000, 6556000}, {606000, 6556000}}, QStringLiteral("natural"),
            QStringLiteral("water"), true);
    osm.way({{586000, 6555000}, {587000, 6555000}, {587000, 6556000}, {586000, 6556000}}, QStringLiteral("natural"),
            QStringLiteral("water"), true);
    const QString extract = dir + QStringLiteral("/extract.osm");
    osm.write(extract);

    const QString store = dir + QStringLiteral("/osm.gpkg");
    const CliResult created =
        runCliIn(QStringLiteral("en"), {QStringLiteral("create"), store, QStringLiteral("--boundary"), boundary,
                                        QStringLiteral("--osm"), extract});
    INFO(created.out.toStdString() << created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Background from extract.osm: 2 roads and 1 water area.")));

    auto st = lb::store::Store::open(store, lb::store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    auto roads = (*st)->baseFeatures(QStringLiteral("base_roads"));
    REQUIRE(roads.ok());
    REQUIRE(roads->size() == 2);
    for (const lb::BaseFeature &r : *roads) {
        if (r.featureClass == QLatin1String("main")) {
            // 5 of its 10 km lie inside: it starts at the western boundary.
            CHECK(lineLength(r.lines) == Approx(5000.0).epsilon(0.01));
            double minX = 1e12;
            for (const auto &l : r.lines)
                for (const auto &p : l)
                    minX = std::min(minX, p.x);
            CHECK(minX == Approx(600000.0).margin(5.0));
        } else {
            CHECK(r.featureClass == QStringLiteral("street"));
            CHECK(lineLength(r.lines) == Approx(1000.0).epsilon(0.01));
        }
    }
    auto water = (*st)->baseFeatures(QStringLiteral("base_water"));
    REQUIRE(water.ok());
    REQUIRE(water->size() == 1);
    CHECK(lb::area(water->front().polygons) == Approx(1.0e6).epsilon(0.01));

    // A file that is no OpenStreetMap extract leaves no store behind.
    const QString bad = dir + QStringLiteral("/bad.gpkg");
    const CliResult failed =
        runCliIn(QStringLiteral("en"), {QStringLiteral("create"), bad, QStringLiteral("--boundary"), boundary,
                                        QStringLiteral("--osm"), boundary});
    CHECK(failed.exitCode != 0);
    CHECK_FALSE(QFile::exists(bad));
}
