// Renders the sample store (tests/support/sample_store.h) and checks the pixels where each
// feature must be, where it must not be, and what the settings switch off. Expected positions
// follow from the sample coordinates at 10 m per pixel, worked out in the comments.

#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "support/image_compare.h"
#include "support/sample_store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace lb;
using lb::test::colorNear;
using lb::test::countColor;
using lb::test::hasColorNear;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::shared_ptr<const render::MapData> data;
    render::LayerList layers;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
        const Status created = test::createSampleStore(path);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
        Feedback feedback;
        auto loaded = render::loadMapData(path, feedback);
        INFO(loaded.errorMessage().toStdString());
        REQUIRE(loaded.ok());
        data = *loaded;
        layers = render::createStandardLayers(data);
    }
};

// 14 × 10 km around the 10 × 8 km municipality at 10 m per pixel: pixel (x - 598 000) / 10,
// (6 559 000 - y) / 10.
render::MapSettings tenMetreView()
{
    render::MapSettings s;
    s.setExtent({598000, 6549000, 612000, 6559000});
    s.setOutputSize({1400, 1000});
    s.setVisibleLayers(render::standardLayerIds());
    return s;
}

QImage draw(const render::MapSettings &s, const render::LayerList &layers, render::RenderResult *result = nullptr)
{
    Feedback feedback;
    return render::renderImage(s, layers, feedback, result).convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("the sample store's snapshot holds what was written", "[render][data]")
{
    Fixture f;
    CHECK(f.data->municipality.size() == 1);
    CHECK(f.data->districts.size() == 2);
    CHECK(f.data->incidents.size() == 2);
    CHECK(f.data->surveyPins.size() == 1);
    CHECK(f.data->findings.size() == 2);
    CHECK(f.data->fullExtent == test::sampleExtent());
    CHECK(f.data->groupCounts[render::groupIndex(QStringLiteral("fire"))] == 1);
    CHECK(f.data->groupCounts[render::groupIndex(QStringLiteral("property"))] == 1);
}

TEST_CASE("every layer lands where its features are", "[render][pixels]")
{
    Fixture f;
    render::RenderResult result;
    const QImage img = draw(tenMetreView(), f.layers, &result);
    REQUIRE(img.size() == QSize(1400, 1000));
    CHECK(result.errors.empty());
    CHECK_FALSE(result.canceled);

    // Outside the municipality (x = 599 000): the background; inside (601 000, 6 554 000): land.
    CHECK(colorNear(img.pixel(100, 500), render::style::outsideColor(), 2));
    CHECK(colorNear(img.pixel(300, 500), render::style::landColor(), 2));
    // The west boundary x = 600 000 is column 200.
    CHECK(hasColorNear(img, {200, 500}, 1, render::style::municipalityOutline(), 25));
    // The lake 601 000–602 500 × 6 555 000–6 556 500 covers columns 300–450, rows 250–400.
    CHECK(colorNear(img.pixel(375, 325), render::style::waterFill(), 2));
    CHECK(countColor(img, QRect(305, 255, 140, 140), render::style::waterFill(), 2) > 140 * 140 * 9 / 10);
    // The main road y = 6 551 000 is row 800.
    CHECK(hasColorNear(img, {1150, 800}, 1, render::style::roadColor(QStringLiteral("main")), 10));
    CHECK(colorNear(img.pixel(1150, 780), render::style::landColor(), 2));
    // The district boundary x = 605 000 is column 700, dashed: many outline pixels along it,
    // none 60 px to either side.
    const QColor outline = render::style::districtOutline();
    CHECK(countColor(img, QRect(698, 450, 5, 100), outline, 40) >= 40);
    CHECK(countColor(img, QRect(638, 450, 5, 100), outline, 40) == 0);
    CHECK(countColor(img, QRect(758, 450, 5, 100), outline, 40) == 0);
    // The fire incident (608 000, 6 552 000) at (1000, 700), graffiti (603 000, 6 552 000) at (500, 700).
    CHECK(colorNear(img.pixel(1000, 700), render::style::groupColor(QStringLiteral("fire")), 12));
    CHECK(colorNear(img.pixel(500, 700), render::style::groupColor(QStringLiteral("property")), 12));
    // Nothing is drawn between them.
    CHECK(colorNear(img.pixel(750, 700), render::style::landColor(), 2));
    // Findings: open (606 000, 6 556 000) at (800, 300), fixed (607 500, 6 556 000) at (950, 300).
    CHECK(colorNear(img.pixel(800, 300), render::style::findingColor(FindingStatus::Open), 12));
    CHECK(colorNear(img.pixel(950, 300), render::style::findingColor(FindingStatus::Fixed), 12));
    // The very-unsafe survey pin's tip is at (600, 250); its head sits above the tip.
    CHECK(hasColorNear(img, {600, 242}, 3, render::style::ratingColor(1), 12));
    CHECK_FALSE(hasColorNear(img, {600, 262}, 3, render::style::ratingColor(1), 12));
}

TEST_CASE("hidden layers are not drawn", "[render][pixels]")
{
    Fixture f;
    render::MapSettings s = tenMetreView();
    s.setVisibleLayers({QStringLiteral("municipality")});
    const QImage img = draw(s, f.layers);
    CHECK(colorNear(img.pixel(1000, 700), render::style::landColor(), 2));
    CHECK(colorNear(img.pixel(375, 325), render::style::landColor(), 2));
    CHECK(colorNear(img.pixel(800, 300), render::style::landColor(), 2));
    CHECK(countColor(img, QRect(698, 450, 5, 100), render::style::districtOutline(), 40) == 0);
}

TEST_CASE("the incident time span filters what is drawn", "[render][pixels]")
{
    Fixture f;
    render::MapSettings s = tenMetreView();
    s.setIncidentSpan(TimeSpan::years(2021, 2021, QTimeZone("Europe/Stockholm")));
    const QImage img = draw(s, f.layers);
    CHECK(colorNear(img.pixel(500, 700), render::style::groupColor(QStringLiteral("property")), 12));
    CHECK(colorNear(img.pixel(1000, 700), render::style::landColor(), 2));
}

TEST_CASE("a zoomed-in view draws the features at the larger scale", "[render][pixels]")
{
    Fixture f;
    // 2 × 1.5 km with the fire incident (608 000, 6 552 000) at 2 m per pixel: column
    // (608 000 - 607 000) / 2 = 500, row (6 552 250 - 6 552 000) / 2 = 125.
    render::MapSettings s;
    s.setExtent({607000, 6550750, 609000, 6552250});
    s.setOutputSize({1000, 750});
    s.setVisibleLayers(render::standardLayerIds());
    const QImage img = draw(s, f.layers);
    CHECK(colorNear(img.pixel(500, 125), render::style::groupColor(QStringLiteral("fire")), 12));
    // The main road y = 6 551 000 is row (6 552 250 - 6 551 000) / 2 = 625, drawn wider at this scale.
    CHECK(countColor(img, QRect(200, 618, 1, 15), render::style::roadColor(QStringLiteral("main")), 10) >= 2);
    // The graffiti incident is off screen; the left edge is plain land.
    CHECK(colorNear(img.pixel(20, 125), render::style::landColor(), 2));
}

TEST_CASE("the same settings always give the same pixels", "[render][pixels]")
{
    Fixture f;
    const QImage a = draw(tenMetreView(), f.layers);
    const QImage b = draw(tenMetreView(), f.layers);
    const test::ImageDiff diff = test::compareImages(a, b);
    CHECK(diff.sameSize);
    CHECK(diff.differingPixels == 0);
}
