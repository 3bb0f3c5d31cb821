// The map filter: time span, categories, time of day in local time and location precision decide
// which incidents the layers draw and count, and the layer title says what is shown. The store is
// the filter sample (support/filter_sample.h); the expected counts and pixels are worked out by
// hand from its list of incidents.

#include "render/centre_stack_layer.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/sensitive_area_layer.h"
#include "store/store.h"
#include "support/filter_sample.h"
#include "support/image_compare.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace lb;

namespace {

Instant local(int y, int m, int d, int h, int min = 0)
{
    return test::stockholmTime(y, m, d, h, min);
}

struct Fixture {
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<const render::MapData> data;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createFilterSampleStore(path).ok());
        Feedback feedback;
        auto loaded = render::loadMapData(path, feedback);
        REQUIRE(loaded.ok());
        data = *loaded;
    }

    render::LayerList layers(const render::MapFilter &filter) const
    {
        return render::createStandardLayers(data, filter);
    }
};

const render::MapLayer &layer(const render::LayerList &layers, const char *id)
{
    for (const auto &l : layers)
        if (l->id() == QLatin1String(id))
            return *l;
    FAIL("no layer " << id);
    return *layers.front();
}

std::int64_t count(const render::LayerList &layers, const char *id)
{
    return layer(layers, id).featureCount();
}

QImage draw(const render::LayerList &layers)
{
    render::MapSettings s;
    s.setExtent({598000, 6549000, 612000, 6559000});
    s.setOutputSize({1400, 1000});
    s.setVisibleLayers({QStringLiteral("incidents")});
    Feedback feedback;
    return render::renderImage(s, layers, feedback).convertToFormat(QImage::Format_RGB32);
}

render::MapFilter year2024()
{
    render::MapFilter f;
    f.span = {local(2024, 1, 1, 0), local(2025, 1, 1, 0)};
    return f;
}

} // namespace

TEST_CASE("without a filter every incident with a position of its own is drawn and counted", "[render][filter]")
{
    Fixture f;
    const render::LayerList all = f.layers({});
    CHECK(count(all, "incidents") == 2 + 4 + 3 + 2);
    CHECK(count(all, "incidents_centre") == 5);
    CHECK(count(all, "incidents_sensitive") == 6);
    CHECK(layer(all, "incidents").title() == QStringLiteral("Incidents"));
}

TEST_CASE("the time span and categories decide what is drawn and counted", "[render][filter]")
{
    Fixture f;
    render::MapFilter only2024 = year2024();
    const render::LayerList in2024 = f.layers(only2024);
    CHECK(count(in2024, "incidents") == 4 + 3 + 2);
    // The title says what is shown: the span's first and last day.
    CHECK(layer(in2024, "incidents").title().contains(QStringLiteral("2024")));
    CHECK(layer(in2024, "incidents").title() != QStringLiteral("Incidents"));

    render::MapFilter fires = only2024;
    fires.categories = {QStringLiteral("brand_bil")};
    const render::LayerList fireLayers = f.layers(fires);
    CHECK(count(fireLayers, "incidents") == 3);
    CHECK(count(fireLayers, "incidents_centre") == 0);
    CHECK(count(fireLayers, "incidents_sensitive") == 0);
    const QImage img = draw(fireLayers);
    const QColor fire = render::style::groupColor(QStringLiteral("fire"));
    const QColor property = render::style::groupColor(QStringLiteral("property"));
    CHECK(test::hasColorNear(img, QPoint(1200, 300), 3, fire));
    CHECK(test::countColor(img, QRect(190, 290, 21, 21), property) == 0);
    // The sample's 2023 fire at (1000, 700) is outside the span.
    CHECK(test::countColor(img, QRect(990, 690, 21, 21), fire) == 0);
}

TEST_CASE("the time of day is local time, across daylight saving", "[render][filter]")
{
    Fixture f;
    render::MapFilter evening = year2024();
    evening.setTimeOfDay(render::MapFilter::TimeOfDay::Evening);
    const render::LayerList eveningLayers = f.layers(evening);
    // 20:30 in January (19:30 UTC) is evening; 03:15 in July (01:15 UTC) and noon are not.
    CHECK(count(eveningLayers, "incidents") == 4);
    CHECK(count(eveningLayers, "incidents_centre") == 5);
    CHECK(count(eveningLayers, "incidents_sensitive") == 6);
    const QImage img = draw(eveningLayers);
    CHECK(test::hasColorNear(img, QPoint(200, 300), 3, render::style::groupColor(QStringLiteral("property"))));
    CHECK(test::countColor(img, QRect(1190, 290, 21, 21), render::style::groupColor(QStringLiteral("fire"))) == 0);

    render::MapFilter night = year2024();
    night.setTimeOfDay(render::MapFilter::TimeOfDay::Night);
    const render::LayerList nightLayers = f.layers(night);
    CHECK(count(nightLayers, "incidents") == 3);
    CHECK(count(nightLayers, "incidents_centre") == 0);
    CHECK(count(nightLayers, "incidents_sensitive") == 0);

    // An hour range: 03:00–04:00 holds only the fires; 01:00–02:00 (their UTC hour) holds none.
    render::MapFilter threeToFour;
    threeToFour.hourFrom = 3;
    threeToFour.hourTo = 4;
    CHECK(count(f.layers(threeToFour), "incidents") == 3);
    render::MapFilter oneToTwo;
    oneToTwo.hourFrom = 1;
    oneToTwo.hourTo = 2;
    CHECK(count(f.layers(oneToTwo), "incidents") == 0);
}

TEST_CASE("the location precision filter keeps only the chosen levels", "[render][filter]")
{
    Fixture f;
    render::MapFilter street;
    street.precisions = {LocationPrecision::Street};
    const render::LayerList layers = f.layers(street);
    CHECK(count(layers, "incidents") == 2);
    CHECK(count(layers, "incidents_centre") == 0);
    render::MapFilter centres;
    centres.precisions = {LocationPrecision::AreaCentroid};
    CHECK(count(f.layers(centres), "incidents") == 0);
    CHECK(count(f.layers(centres), "incidents_centre") == 5);
}

TEST_CASE("the map filter's store part selects the same incidents", "[render][filter]")
{
    Fixture f;
    render::MapFilter fires = year2024();
    fires.categories = {QStringLiteral("brand_bil")};
    auto st = store::Store::open(f.path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    auto rows = (*st)->incidents(fires.storeFilter());
    REQUIRE(rows.ok());
    CHECK(rows->size() == 3);
}

TEST_CASE("render --categories and --time-of-day draw only the matching incidents", "[render][filter][cli]")
{
    Fixture f;
    const QString png = f.dir.filePath(QStringLiteral("night.png"));
    QString out, err;
    const QStringList common{QStringLiteral("render"),        f.path,
                             QStringLiteral("--out"),         png,
                             QStringLiteral("--size"),        QStringLiteral("1400x1000"),
                             QStringLiteral("--extent"),      QStringLiteral("598000,6549000,612000,6559000"),
                             QStringLiteral("--layers"),      QStringLiteral("incidents"),
                             QStringLiteral("--no-furniture")};
    int rc = test::runCli(common + QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                                               QStringLiteral("--time-of-day"), QStringLiteral("evening")},
                          &out, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    QImage img = QImage(png).convertToFormat(QImage::Format_RGB32);
    CHECK(test::hasColorNear(img, QPoint(200, 300), 3, render::style::groupColor(QStringLiteral("property"))));
    CHECK(test::countColor(img, QRect(1190, 290, 21, 21), render::style::groupColor(QStringLiteral("fire"))) == 0);

    rc = test::runCli(common + QStringList{QStringLiteral("--categories"), QStringLiteral("brand_bil"),
                                           QStringLiteral("--hours"), QStringLiteral("3-4")},
                      &out, &err);
    REQUIRE(rc == 0);
    img = QImage(png).convertToFormat(QImage::Format_RGB32);
    CHECK(test::hasColorNear(img, QPoint(1200, 300), 3, render::style::groupColor(QStringLiteral("fire"))));
    CHECK(test::countColor(img, QRect(190, 290, 21, 21), render::style::groupColor(QStringLiteral("property"))) == 0);

    CHECK(test::runCli(common + QStringList{QStringLiteral("--hours"), QStringLiteral("late")}, &out, &err) == 2);
    CHECK(test::runCli(common + QStringList{QStringLiteral("--precision"), QStringLiteral("roughly")}, &out, &err) ==
          2);
}
