// Styles per layer: a categorized layer paints each class in its palette colour where its points
// are, a graduated one orders colours and sizes by the value, labels put text beside the points,
// sensitive incidents stay hidden whatever the style, and the styles are kept in the store beside
// the layer order. Expected colours are the published palettes (Okabe & Ito 2008, ColorBrewer
// YlOrRd), written out here, not taken from the code under test.
//
// View: 1 km × 1 km at 2 m per pixel (500 × 500 px), pixel x = (E - 600 000) / 2,
// y = (6 551 000 - N) / 2.

#include "render/incident_layer.h"
#include "render/layer_state.h"
#include "render/layer_style.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "render/survey_pin_layer.h"
#include "render/walk_layer.h"
#include "store/store.h"
#include "support/image_compare.h"
#include "support/sample_store.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace lb;

namespace {

PointXY at(double px, double py)
{
    return {600000.0 + px * 2.0, 6551000.0 - py * 2.0};
}

render::MapSettings view(const QStringList &layers)
{
    render::MapSettings s;
    s.setExtent({600000, 6550000, 601000, 6551000});
    s.setOutputSize({500, 500});
    s.setVisibleLayers(layers);
    return s;
}

// Incidents of three sources at three places, and one sensitive incident at a fourth.
std::shared_ptr<render::MapData> sourcesData()
{
    auto data = std::make_shared<render::MapData>();
    data->epsg = 3006;
    data->fullExtent = {600000, 6550000, 601000, 6551000};
    data->groups = categoryGroups();
    for (const Category &c : defaultCategories())
        if (c.code == QLatin1String("klotter") || c.code == QLatin1String("vald_nara_relation"))
            data->categories.push_back(c);
    data->sources = {QStringLiteral("Bostadsbolaget"), QStringLiteral("Polisen"), QStringLiteral("Räddningstjänsten")};
    std::vector<PointXY> positions;
    std::vector<Instant> times;
    std::vector<std::uint8_t> group, sensitive;
    std::vector<std::uint16_t> category, source;
    const auto add = [&](PointXY p, std::uint16_t src, bool isSensitive) {
        positions.push_back(p);
        times.push_back(toInstant(QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc())));
        const size_t c = isSensitive ? 1 : 0;
        category.push_back(std::uint16_t(c));
        group.push_back(render::groupIndex(data->categories[c].group));
        sensitive.push_back(isSensitive ? 1 : 0);
        source.push_back(src);
    };
    add(at(100, 100), 0, false);
    add(at(100, 110), 0, false);
    add(at(250, 100), 1, false);
    add(at(400, 100), 2, false);
    add(at(400, 110), 2, false);
    add(at(400, 120), 2, false);
    add(at(250, 400), 1, true);
    data->incidents = render::makeIncidentSnapshot(positions, times, group, category, sensitive, {}, {}, {}, source);
    return data;
}

QImage draw(const render::MapSettings &s, const render::LayerList &layers)
{
    Feedback feedback;
    return render::renderImage(s, layers, feedback).convertToFormat(QImage::Format_RGB32);
}

int inkAround(const QImage &img, QPoint c, int half, const QColor &bg)
{
    const QRect box(c.x() - half, c.y() - half, 2 * half + 1, 2 * half + 1);
    return box.width() * box.height() - test::countColor(img, box, bg, 3);
}

} // namespace

TEST_CASE("a categorized incident layer paints each source in its palette colour where its points are",
          "[render][layerstyle]")
{
    const auto data = sourcesData();
    render::LayerStyle style;
    style.kind = render::LayerStyle::Kind::Categorized;
    style.field = QStringLiteral("source");
    style.palette = QStringLiteral("okabe-ito");
    style.size = 12;
    render::MapStyles styles;
    styles.setLayerStyle(QStringLiteral("incidents"), style);
    const render::LayerList layers = render::createStandardLayers(data, {}, styles);
    const render::MapSettings s = view({QStringLiteral("incidents")});
    const QImage img = draw(s, layers);
    // Okabe–Ito's first three: blue, vermillion, bluish green; sources in alphabetical order.
    CHECK(test::colorNear(img.pixel(100, 100), QColor(0x00, 0x72, 0xb2), 8));
    CHECK(test::colorNear(img.pixel(250, 100), QColor(0xd5, 0x5e, 0x00), 8));
    CHECK(test::colorNear(img.pixel(400, 100), QColor(0x00, 0x9e, 0x73), 8));
    // The sensitive incident is not a point, whatever the style.
    CHECK(inkAround(img, {250, 400}, 8, s.backgroundColor()) == 0);

    // The legend: one row per source with its colour and the count of its shown incidents.
    const auto legend = layers[4]->legendItems();
    REQUIRE(layers[4]->id() == QLatin1String("incidents"));
    REQUIRE(legend.size() == 3);
    CHECK(legend[0].label == QLatin1String("Bostadsbolaget"));
    CHECK(legend[0].count == 2);
    CHECK(legend[1].count == 1); // the sensitive one of Polisen is not counted as a point
    CHECK(legend[2].count == 3);
    CHECK(legend[2].color == QColor(0x00, 0x9e, 0x73));

    // Categorized by category, with exact positions not chosen: still no point for the sensitive one.
    style.field = QStringLiteral("category");
    styles.setLayerStyle(QStringLiteral("incidents"), style);
    const QImage byCategory = draw(s, render::createStandardLayers(data, {}, styles));
    CHECK(inkAround(byCategory, {250, 400}, 8, s.backgroundColor()) == 0);
    CHECK(test::colorNear(byCategory.pixel(400, 100), QColor(0x00, 0x72, 0xb2), 8));
}

TEST_CASE("a single symbol has the chosen colour and shape", "[render][layerstyle]")
{
    const auto data = sourcesData();
    render::LayerStyle style;
    style.kind = render::LayerStyle::Kind::Single;
    style.color = QColor(0xcc, 0x3f, 0x8f);
    style.shape = render::SymbolShape::Square;
    style.size = 16;
    render::MapStyles styles;
    styles.setLayerStyle(QStringLiteral("incidents"), style);
    const render::MapSettings s = view({QStringLiteral("incidents")});
    const QImage img = draw(s, render::createStandardLayers(data, {}, styles));
    for (const QPoint p : {QPoint(100, 100), QPoint(250, 100), QPoint(400, 100)})
        CHECK(test::colorNear(img.pixel(p), style.color, 8));
    // A square's corner is filled where a circle's would not be: 16 px square = 14.4 px inside the
    // rim, so 5 px off the centre diagonally is inside.
    CHECK(test::colorNear(img.pixel(255, 95), style.color, 8));
}

TEST_CASE("a graduated survey-pin layer orders colours and sizes by rating", "[render][layerstyle]")
{
    auto data = sourcesData();
    data->incidents = {};
    for (int r = 1; r <= 5; ++r) {
        SurveyPin pin;
        pin.position = at(80.0 * r, 250);
        pin.rating = r;
        pin.surveyId = 1;
        data->surveyPins.push_back(pin);
    }
    render::LayerStyle style;
    style.kind = render::LayerStyle::Kind::Graduated;
    style.field = QStringLiteral("rating");
    style.ramp = QStringLiteral("ylorrd");
    style.shape = render::SymbolShape::Circle;
    style.size = 16;
    const auto layer = std::make_shared<render::SurveyPinLayer>(data, render::MapFilter{}, style);
    const render::MapSettings s = view({QStringLiteral("survey_pins")});
    const QImage img = draw(s, {layer});
    // ColorBrewer YlOrRd 5: the lowest rating at its light end, the highest at its dark end.
    CHECK(test::colorNear(img.pixel(80, 250), QColor(0xff, 0xff, 0xb2), 8));
    CHECK(test::colorNear(img.pixel(400, 250), QColor(0xbd, 0x00, 0x26), 8));
    CHECK(test::colorNear(img.pixel(240, 250), QColor(0xfd, 0x8d, 0x3c), 8));
    // Each class's symbol is larger than the one below it, and darker (less light).
    int lastInk = 0;
    int lastLight = 255 * 3 + 1;
    for (int r = 1; r <= 5; ++r) {
        const int ink = inkAround(img, {80 * r, 250}, 20, s.backgroundColor());
        const QColor c = QColor::fromRgb(img.pixel(80 * r, 250));
        INFO("rating " << r);
        CHECK(ink > lastInk);
        CHECK(c.red() + c.green() + c.blue() < lastLight);
        lastInk = ink;
        lastLight = c.red() + c.green() + c.blue();
    }
    const auto legend = layer->legendItems();
    REQUIRE(legend.size() == 5);
    for (size_t k = 1; k < legend.size(); ++k)
        CHECK(legend[k].sizeFactor > legend[k - 1].sizeFactor);
    CHECK(legend[0].label == QLatin1String("1"));
    CHECK(legend[4].count == 1);
}

TEST_CASE("labels from a field put the text beside the points", "[render][layerstyle]")
{
    auto data = sourcesData();
    WalkFinding open;
    open.position = at(150, 300);
    open.status = FindingStatus::Open;
    open.kind = QStringLiteral("belysning");
    data->findings.push_back(open);
    const render::MapSettings s = view({QStringLiteral("walks")});
    render::LayerStyle style = render::defaultLayerStyle(QStringLiteral("walks"));
    const QImage plain = draw(s, {std::make_shared<render::WalkLayer>(data, render::MapFilter{}, style)});
    style.labelField = QStringLiteral("status");
    const QImage labelled = draw(s, {std::make_shared<render::WalkLayer>(data, render::MapFilter{}, style)});
    // Right of the 9 px square: the word "open" in near-black, where without labels is only land.
    const QRect right(157, 290, 60, 20);
    const QColor ink(0x20, 0x20, 0x20);
    CHECK(test::countColor(plain, right, ink, 40) == 0);
    CHECK(test::countColor(labelled, right, ink, 40) > 15);
    // Nothing on the left side.
    CHECK(test::countColor(labelled, QRect(90, 290, 50, 20), ink, 40) == 0);
}

TEST_CASE("the incident style, the choropleth and each layer's style are kept in the store with the layer order",
          "[render][layerstyle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    auto st = store::Store::open(path);
    REQUIRE(st.ok());
    CHECK(render::readMapStyles(**st) == render::MapStyles{});

    render::MapStyles styles;
    styles.incidents = render::IncidentStyle::Heat;
    styles.choroplethSurvey = 7;
    auto parsed =
        render::parseLayerStyle(QStringLiteral("incidents"), QStringLiteral("categorized:source,shape=diamond"),
                                styles.layerStyle(QStringLiteral("incidents")));
    REQUIRE(parsed.ok());
    parsed->labelField = QStringLiteral("category");
    styles.setLayerStyle(QStringLiteral("incidents"), *parsed);
    const std::vector<render::LayerState> states{{QStringLiteral("walks"), true, 1.0},
                                                 {QStringLiteral("incidents"), false, 0.5}};
    REQUIRE(render::writeLayerStates(**st, states).ok());
    REQUIRE(render::writeMapStyles(**st, styles).ok());
    // Each write keeps the other's part.
    REQUIRE(render::writeLayerStates(**st, states).ok());
    st->reset();

    auto again = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(again.ok());
    const render::MapStyles read = render::readMapStyles(**again);
    CHECK(read == styles);
    CHECK(read.layerStyle(QStringLiteral("incidents")).shape == render::SymbolShape::Diamond);
    CHECK(read.layerStyle(QStringLiteral("walks")) == render::defaultLayerStyle(QStringLiteral("walks")));
    CHECK(render::readLayerStates(**again) == states);
}

TEST_CASE("a style from the command line names what is wrong", "[render][layerstyle]")
{
    const render::LayerStyle base = render::defaultLayerStyle(QStringLiteral("incidents"));
    CHECK(render::parseLayerStyle(QStringLiteral("incidents"), QStringLiteral("categorized:source"), base)->field ==
          QLatin1String("source"));
    const auto graduated = render::parseLayerStyle(QStringLiteral("walks"), QStringLiteral("graduated:status"), base);
    REQUIRE_FALSE(graduated.ok());
    CHECK(graduated.errorMessage().contains(QLatin1String("walks")));
    const auto field = render::parseLayerStyle(QStringLiteral("incidents"), QStringLiteral("categorized:rating"), base);
    REQUIRE_FALSE(field.ok());
    CHECK(field.errorMessage().contains(QLatin1String("group, category, source")));
    CHECK_FALSE(render::parseLayerStyle(QStringLiteral("incidents"), QStringLiteral("single,size=900"), base).ok());
    CHECK_FALSE(render::parseLayerStyle(QStringLiteral("incidents"), QStringLiteral("single,color=nope"), base).ok());
    const auto single =
        render::parseLayerStyle(QStringLiteral("incidents"), QStringLiteral("single,color=#d55e00,shape=square"), base);
    REQUIRE(single.ok());
    CHECK(single->color == QColor(0xd5, 0x5e, 0x00));
    CHECK(render::LayerStyle::fromJson(single->toJson(), base) == *single);
}
