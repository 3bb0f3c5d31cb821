// lagesbild-cli demo + render: the demo store drawn to a PNG and a PDF by the real program,
// checked against the store's own geometry.

#include "render/map_settings.h"
#include "render/map_style.h"
#include "store/store.h"
#include "support/image_compare.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <map>

#include <QImage>
#include <QLineF>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lb;

namespace {

// The demo is built once for all cases here.
QString demoStore()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        const QString p = dir.filePath(QStringLiteral("demo.gpkg"));
        QString out, err;
        const int rc = test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), p}, &out, &err);
        INFO(err.toStdString());
        REQUIRE(rc == 0);
        path = p;
    }
    return path;
}

QString extentArg(const Extent &e)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(e.minX, 0, 'f', 1)
        .arg(e.minY, 0, 'f', 1)
        .arg(e.maxX, 0, 'f', 1)
        .arg(e.maxY, 0, 'f', 1);
}

} // namespace

TEST_CASE("the demo store's districts are drawn where they are", "[render][cli]")
{
    const QString store = demoStore();
    auto st = store::Store::open(store, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    auto districts = (*st)->areas(QStringLiteral("district"));
    REQUIRE(districts.ok());
    REQUIRE(districts->size() >= 5);
    Extent extent;
    for (const Area &a : *districts)
        extent.include(extentOf(a.geometry));

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("districts.png"));
    QString out, err;
    const int rc = test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), png,
                                 QStringLiteral("--size"), QStringLiteral("1200x900"), QStringLiteral("--extent"),
                                 extentArg(extent), QStringLiteral("--layers"),
                                 QStringLiteral("municipality,districts"), QStringLiteral("--no-furniture")},
                                &out, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    const QImage img(png);
    REQUIRE(img.size() == QSize(1200, 900));

    // The same mapping as the program's, from the extent and size we asked for.
    render::MapSettings s;
    s.setExtent(extent);
    s.setOutputSize({1200, 900});
    const QColor outline = render::style::districtOutline();
    int onBoundary = 0, beside = 0, vertices = 0;
    for (const Area &a : *districts) {
        for (const Polygon &poly : a.geometry) {
            for (const PointXY &v : poly.rings.front()) {
                const QPointF p = s.toPixel(v);
                ++vertices;
                onBoundary += test::hasColorNear(img, p.toPoint(), 2, outline, 40) ? 1 : 0;
                beside += test::hasColorNear(img, (p + QPointF(25, 25)).toPoint(), 2, outline, 40) ? 1 : 0;
            }
        }
    }
    INFO("vertices " << vertices << ", on boundary " << onBoundary << ", beside " << beside);
    CHECK(onBoundary >= vertices * 9 / 10);
    CHECK(beside <= vertices / 3);
}

TEST_CASE("the demo store's incidents are visible in every category group's colour", "[render][cli]")
{
    const QString store = demoStore();
    auto st = store::Store::open(store, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    auto areas = (*st)->areas(QStringLiteral("district"));
    REQUIRE(areas.ok());
    Extent extent;
    for (const Area &a : *areas)
        extent.include(extentOf(a.geometry));

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--extent"),
                          extentArg(extent), QStringLiteral("--layers"), QStringLiteral("municipality,incidents")},
                         &out, &err) == 0);
    const QImage img(png);
    REQUIRE(img.size() == QSize(1600, 1200)); // the default size

    render::MapSettings s;
    s.setExtent(extent);
    s.setOutputSize({1600, 1200});
    store::IncidentFilter filter;
    auto points = (*st)->incidentPoints(filter);
    REQUIRE(points.ok());
    REQUIRE(points->size() > 10000);
    std::vector<QColor> colors;
    for (const CategoryGroup &g : categoryGroups())
        colors.push_back(render::style::groupColor(g.code));
    // Incidents with no other incident within 8 px cannot hide behind a neighbour: every one of
    // them must show an incident colour at its own pixel.
    std::map<std::pair<int, int>, std::vector<QPointF>> cells;
    std::vector<QPointF> pixels;
    for (const PointXY &pos : points->positions) {
        pixels.push_back(s.toPixel(pos));
        cells[{int(pixels.back().x()) / 8, int(pixels.back().y()) / 8}].push_back(pixels.back());
    }
    int checked = 0, visible = 0;
    for (const QPointF &p : pixels) {
        if (!img.rect().adjusted(60, 60, -60, -60).contains(p.toPoint()))
            continue; // the scale bar and north arrow sit in the corners
        int near = 0;
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                const auto it = cells.find({int(p.x()) / 8 + dx, int(p.y()) / 8 + dy});
                if (it == cells.end())
                    continue;
                for (const QPointF &q : it->second)
                    near += QLineF(p, q).length() < 8.0 ? 1 : 0;
            }
        }
        if (near != 1) // itself only
            continue;
        ++checked;
        bool any = false;
        for (const QColor &c : colors)
            any = any || test::hasColorNear(img, p.toPoint(), 1, c, 20);
        visible += any ? 1 : 0;
    }
    INFO("isolated incidents " << checked << ", visible " << visible);
    CHECK(checked > 100);
    CHECK(visible >= checked * 99 / 100);
    // And the groups are told apart: most groups' colours each cover some pixels.
    int groupsSeen = 0;
    for (const QColor &c : colors)
        groupsSeen += test::countColor(img, img.rect(), c, 6) > 30 ? 1 : 0;
    CHECK(groupsSeen >= 6);
}

TEST_CASE("render writes an A4 map page as PDF", "[render][cli][pdf]")
{
    if (!test::haveProgram(QStringLiteral("pdfinfo"))) {
        WARN("pdfinfo (poppler-utils) is not installed; the PDF is not checked");
        return;
    }
    const QString store = demoStore();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), pdf, QStringLiteral("--title"),
                          QStringLiteral("Södertälje")},
                         &out, &err) == 0);
    QString info;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    // A4 landscape: 297 × 210 mm is 841.89 × 595.28 pt, which pdfinfo rounds.
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 595 pts"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Södertälje"))));
}

TEST_CASE("render refuses bad options with a message", "[render][cli]")
{
    QString out, err;
    CHECK(test::runCli({QStringLiteral("render"), QStringLiteral("x.gpkg")}, &out, &err) == 2);
    CHECK(test::runCli({QStringLiteral("render"), demoStore(), QStringLiteral("--out"), QStringLiteral("a.png"),
                        QStringLiteral("--size"), QStringLiteral("big")},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--size")));
    CHECK(test::runCli({QStringLiteral("render"), demoStore(), QStringLiteral("--out"), QStringLiteral("a.png"),
                        QStringLiteral("--layers"), QStringLiteral("incidents,heat")},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("heat")));
    QTemporaryDir dir;
    CHECK(test::runCli({QStringLiteral("render"), dir.filePath(QStringLiteral("missing.gpkg")), QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("a.png"))},
                       &out, &err) == 1);
}
