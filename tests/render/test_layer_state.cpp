// The user's layer arrangement: kept in the store, applied in the stored order to the store's own
// layers only, drawn with a layer opacity that composes the layer as a whole, and used by
// `lagesbild-cli render`.

#include "render/layer_state.h"
#include "render/map_layer.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace lb;

namespace {

// A layer that paints two overlapping squares of one colour, in pixels.
class SquaresLayer final : public render::MapLayer {
public:
    SquaresLayer(QString id, QColor color)
        : m_id(std::move(id))
        , m_color(color)
    {}
    QString id() const override { return m_id; }
    QString title() const override { return m_id; }
    Status draw(QPainter &painter, const render::RenderContext &) const override
    {
        painter.fillRect(QRectF(10, 10, 40, 40), m_color);
        painter.fillRect(QRectF(30, 30, 40, 40), m_color);
        return {};
    }

private:
    QString m_id;
    QColor m_color;
};

render::LayerList layersNamed(const QStringList &ids)
{
    render::LayerList out;
    for (const QString &id : ids)
        out.push_back(std::make_shared<SquaresLayer>(id, Qt::black));
    return out;
}

QStringList idsOf(const render::LayerList &layers)
{
    QStringList ids;
    for (const auto &l : layers)
        ids << l->id();
    return ids;
}

QImage draw(const render::LayerList &layers, const QHash<QString, double> &opacities)
{
    render::MapSettings s;
    s.setExtent(Extent::fromCorners(0, 0, 100, 100));
    s.setOutputSize({100, 100});
    s.setBackgroundColor(Qt::white);
    s.setVisibleLayers(idsOf(layers));
    s.setLayerOpacities(opacities);
    Feedback feedback;
    return render::renderImage(s, layers, feedback);
}

} // namespace

TEST_CASE("the layer arrangement is kept in the store and read back", "[render][layers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    const std::vector<render::LayerState> states{{QStringLiteral("incidents"), true, 0.5},
                                                 {QStringLiteral("districts"), false, 1.0}};
    {
        auto st = store::Store::open(path, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        CHECK(render::readLayerStates(**st).empty());
        REQUIRE(render::writeLayerStates(**st, states).ok());
    }
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    CHECK(render::readLayerStates(**st) == states);
}

TEST_CASE("the stored order moves only the layers it names", "[render][layers]")
{
    render::LayerList layers =
        layersNamed({QStringLiteral("basemap:a"), QStringLiteral("districts"), QStringLiteral("heatmap"),
                     QStringLiteral("incidents"), QStringLiteral("survey_pins"), QStringLiteral("selection")});
    const std::vector<render::LayerState> states{{QStringLiteral("incidents"), true, 1.0},
                                                 {QStringLiteral("survey_pins"), true, 1.0},
                                                 {QStringLiteral("districts"), false, 0.25},
                                                 {QStringLiteral("gone"), true, 1.0}};
    render::applyLayerOrder(layers, states);
    CHECK(idsOf(layers) == QStringList{QStringLiteral("basemap:a"), QStringLiteral("incidents"),
                                       QStringLiteral("heatmap"), QStringLiteral("survey_pins"),
                                       QStringLiteral("districts"), QStringLiteral("selection")});
    const QStringList visible = render::applyLayerVisibility(
        {QStringLiteral("districts"), QStringLiteral("heatmap"), QStringLiteral("incidents")}, states);
    CHECK_FALSE(visible.contains(QStringLiteral("districts")));
    CHECK(visible.contains(QStringLiteral("heatmap")));
    CHECK(visible.contains(QStringLiteral("survey_pins")));
    CHECK(render::layerOpacities(states) == QHash<QString, double>{{QStringLiteral("districts"), 0.25}});

    // Only the store's own layers are captured: not the heat map, the selection or a background map.
    const auto captured = render::captureLayerStates(layers, visible, {{QStringLiteral("incidents"), 0.5}});
    QStringList capturedIds;
    for (const auto &s : captured)
        capturedIds << s.id;
    CHECK(capturedIds ==
          QStringList{QStringLiteral("incidents"), QStringLiteral("survey_pins"), QStringLiteral("districts")});
    CHECK(captured[0].opacity == 0.5);
    CHECK_FALSE(captured[2].visible);
}

TEST_CASE("a layer at half opacity is blended as a whole", "[render][layers]")
{
    const render::LayerList layers = layersNamed({QStringLiteral("incidents")});
    const QImage opaque = draw(layers, {});
    CHECK(QColor(opaque.pixel(20, 20)) == QColor(Qt::black));
    const QImage half = draw(layers, {{QStringLiteral("incidents"), 0.5}});
    // Black over white at 50 %: grey 127 or 128; where the two squares overlap, the same grey,
    // since the layer is composed before it is blended.
    const int single = qGray(half.pixel(20, 20));
    const int overlap = qGray(half.pixel(40, 40));
    CHECK(single >= 126);
    CHECK(single <= 129);
    CHECK(overlap == single);
    CHECK(QColor(half.pixel(90, 90)) == QColor(Qt::white));
}

TEST_CASE("render draws the layers as the store keeps them", "[render][layers][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    render::MapSettings s;
    s.setExtent(test::sampleExtent());
    s.setOutputSize({500, 400});
    const QPoint fire = s.toPixel(test::sample::fireIncident).toPoint();
    auto renderPng = [&](const QString &name) {
        const QString png = dir.filePath(name);
        QString out, err;
        const int rc = test::runCli({QStringLiteral("render"), path, QStringLiteral("--out"), png,
                                     QStringLiteral("--size"), QStringLiteral("500x400"), QStringLiteral("--extent"),
                                     QStringLiteral("600000,6550000,610000,6558000"), QStringLiteral("--no-furniture")},
                                    &out, &err);
        INFO(err.toStdString());
        REQUIRE(rc == 0);
        return QImage(png);
    };
    const QColor fireColor = render::style::groupColor(QStringLiteral("fire"));
    auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
    };
    const QImage before = renderPng(QStringLiteral("before.png"));
    CHECK(near(before.pixelColor(fire), fireColor));
    {
        auto st = store::Store::open(path, store::Store::Mode::ReadWrite);
        REQUIRE(st.ok());
        REQUIRE(render::writeLayerStates(**st, {{QStringLiteral("incidents"), false, 1.0}}).ok());
    }
    const QImage hidden = renderPng(QStringLiteral("hidden.png"));
    CHECK_FALSE(near(hidden.pixelColor(fire), fireColor));
}
