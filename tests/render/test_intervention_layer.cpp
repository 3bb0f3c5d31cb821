// Interventions on the map: a point is drawn with the radius it covers, an area filled, each where
// the store's coordinates put it; `lagesbild-cli render --interventions` draws the store's own.

#include "render/intervention_layer.h"
#include "render/map_renderer.h"
#include "store/intervention_store.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QTemporaryDir>

using namespace lb;

namespace {

constexpr PointXY cameraAt{606500.0, 6553000.0}; // in the east district, away from every sample feature

Intervention camera()
{
    Intervention i;
    i.name = QStringLiteral("Kamera torget");
    i.kind = QStringLiteral("camera");
    i.shape = InterventionShape::Point;
    i.point = cameraAt;
    i.radius = 500.0;
    i.startsOn = QDate(2024, 1, 1);
    return i;
}

render::MapSettings view()
{
    render::MapSettings s;
    s.setExtent(test::sampleExtent());
    s.setOutputSize({800, 640}); // 12.5 m a pixel
    s.setBackgroundColor(Qt::white);
    s.setVisibleLayers({QStringLiteral("interventions")});
    return s;
}

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

TEST_CASE("an intervention's point is drawn with its radius and an area is filled", "[render][interventions]")
{
    Intervention area;
    area.name = QStringLiteral("Ny belysning");
    area.shape = InterventionShape::Polygon;
    area.polygon = {Polygon{
        {LinearRing{{601000, 6551000}, {603000, 6551000}, {603000, 6553000}, {601000, 6553000}, {601000, 6551000}}}}};
    const render::LayerList layers{
        std::make_shared<render::InterventionLayer>(std::vector<Intervention>{camera(), area}, std::vector<Area>{})};
    CHECK(layers[0]->featureCount() == 2);
    const render::MapSettings s = view();
    Feedback feedback;
    const QImage img = render::renderImage(s, layers, feedback);
    const QColor teal = render::InterventionLayer::color();
    auto at = [&](PointXY p) {
        return img.pixelColor(s.toPixel(p).toPoint());
    };
    // The solid centre, a tinted disc out to 500 m (40 px), white beyond it.
    CHECK(distance(at(cameraAt), teal) < 30);
    const QColor inside = at({cameraAt.x + 350.0, cameraAt.y});
    CHECK(inside != QColor(Qt::white));
    CHECK(inside.green() > inside.red());
    CHECK(at({cameraAt.x + 650.0, cameraAt.y}) == QColor(Qt::white));
    CHECK(at({cameraAt.x, cameraAt.y - 650.0}) == QColor(Qt::white));
    // The area's inside is tinted, outside it white.
    CHECK(at({602000, 6552500}) != QColor(Qt::white));
    CHECK(at({603800, 6552500}) == QColor(Qt::white));
}

TEST_CASE("render --interventions draws the store's interventions", "[render][interventions][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    {
        auto st = store::Store::open(path, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        REQUIRE(store::InterventionStore(**st).insert(camera()).ok());
    }
    auto renderPng = [&](const QString &name, const QStringList &extra) {
        const QString png = dir.filePath(name);
        QString out, err;
        const int rc = test::runCli(
            QStringList{QStringLiteral("render"), path, QStringLiteral("--out"), png, QStringLiteral("--size"),
                        QStringLiteral("800x640"), QStringLiteral("--extent"),
                        QStringLiteral("600000,6550000,610000,6558000"), QStringLiteral("--no-furniture")} +
                extra,
            &out, &err);
        INFO(err.toStdString());
        REQUIRE(rc == 0);
        return QImage(png);
    };
    const QImage plain = renderPng(QStringLiteral("plain.png"), {});
    const QImage with = renderPng(QStringLiteral("with.png"), {QStringLiteral("--interventions")});
    const render::MapSettings s = view();
    const QPoint centre = s.toPixel(cameraAt).toPoint();
    const QPoint inside = s.toPixel(PointXY{cameraAt.x + 350.0, cameraAt.y}).toPoint();
    const QPoint beyond = s.toPixel(PointXY{cameraAt.x + 650.0, cameraAt.y}).toPoint();
    CHECK(distance(with.pixelColor(centre), render::InterventionLayer::color()) < 30);
    CHECK(with.pixelColor(inside) != plain.pixelColor(inside));
    CHECK(with.pixelColor(beyond) == plain.pixelColor(beyond));
}
