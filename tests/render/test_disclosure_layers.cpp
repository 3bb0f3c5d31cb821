// Sensitive incidents and incidents placed at a centre on the map: the sample store gets domestic
// violence cases at exact home-like positions and graffiti reports placed at a district's centre,
// and the rendered pixels and per-district counts are checked against what was inserted. Pixel
// positions follow the 10 m view of test_render_pixels.cpp: x = (E - 598 000) / 10,
// y = (6 559 000 - N) / 10.

#include "render/centre_stack_layer.h"
#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/sensitive_area_layer.h"
#include "store/store.h"
#include "support/image_compare.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace lb;

namespace {

Instant utc(int y, int m, int d)
{
    return toInstant(QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()));
}

Incident incident(const char *category, PointXY at, LocationPrecision precision, Instant when)
{
    Incident i;
    i.category = QString::fromLatin1(category);
    i.position = at;
    i.locationPrecision = precision;
    i.occurredAt = when;
    i.source = QStringLiteral("Polisen");
    return i;
}

// Domestic violence: 7 at one home in Väster (pixel 400, 600), 3 at one home in Öster
// (pixel 900, 600). Graffiti: 12 placed at Väster's centre (603 500, 6 554 000 = pixel 550, 500),
// with 2 domestic-violence cases placed there too; 3 placed at the municipality's centre.
constexpr PointXY westHome{602000.0, 6553000.0};
constexpr PointXY eastHome{607000.0, 6553000.0};
constexpr PointXY westCentre{603500.0, 6554000.0};
constexpr PointXY municipalityCentre{605000.0, 6554000.0};

struct Fixture {
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<const render::MapData> data;
    render::LayerList layers;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createSampleStore(path).ok());
        {
            auto st = store::Store::open(path, store::Store::Mode::ReadWrite);
            REQUIRE(st.ok());
            std::vector<Incident> extra;
            for (int i = 0; i < 7; ++i)
                extra.push_back(
                    incident("vald_nara_relation", westHome, LocationPrecision::Exact, utc(2023, 2, 1 + i)));
            for (int i = 0; i < 3; ++i)
                extra.push_back(
                    incident("vald_nara_relation", eastHome, LocationPrecision::Exact, utc(2023, 3, 1 + i)));
            for (int i = 0; i < 12; ++i)
                extra.push_back(incident("klotter", westCentre, LocationPrecision::AreaCentroid, utc(2022, 4, 1 + i)));
            for (int i = 0; i < 2; ++i)
                extra.push_back(
                    incident("vald_nara_relation", westCentre, LocationPrecision::AreaCentroid, utc(2022, 5, 1 + i)));
            for (int i = 0; i < 3; ++i)
                extra.push_back(
                    incident("klotter", municipalityCentre, LocationPrecision::MunicipalityCentroid, utc(2022, 6, 1)));
            for (size_t i = 0; i < extra.size(); ++i)
                extra[i].sourceRef = QStringLiteral("T-%1").arg(i);
            const Status inserted = (*st)->insertIncidents(extra);
            INFO(inserted.errorMessage().toStdString());
            REQUIRE(inserted.ok());
        }
        Feedback feedback;
        auto loaded = render::loadMapData(path, feedback);
        INFO(loaded.errorMessage().toStdString());
        REQUIRE(loaded.ok());
        data = *loaded;
        layers = render::createStandardLayers(data);
    }

    template <typename T> const T &layer(const char *id) const
    {
        for (const auto &l : layers) {
            if (l->id() == QLatin1String(id))
                return dynamic_cast<const T &>(*l);
        }
        FAIL("no layer " << id);
        return dynamic_cast<const T &>(*layers.front());
    }
};

render::MapSettings tenMetreView(bool showSensitive = false)
{
    render::MapSettings s;
    s.setExtent({598000, 6549000, 612000, 6559000});
    s.setOutputSize({1400, 1000});
    s.setVisibleLayers(render::standardLayerIds());
    s.setDisclosure({showSensitive, 5});
    return s;
}

QImage draw(const render::MapSettings &s, const render::LayerList &layers)
{
    Feedback feedback;
    return render::renderImage(s, layers, feedback).convertToFormat(QImage::Format_RGB32);
}

QColor violence()
{
    return render::style::groupColor(QStringLiteral("violence"));
}

} // namespace

TEST_CASE("sensitive incidents are never drawn as points by default", "[render][disclosure]")
{
    Fixture f;
    const QImage plain = draw(tenMetreView(), f.layers);
    CHECK(test::countColor(plain, QRect(390, 590, 21, 21), violence()) == 0);
    CHECK(test::countColor(plain, QRect(890, 590, 21, 21), violence()) == 0);
    // No banner: its red appears nowhere in the top-left corner.
    CHECK(test::countColor(plain, QRect(0, 0, 300, 40), QColor(0xb4, 0x1e, 0x1e)) == 0);

    const QImage shown = draw(tenMetreView(true), f.layers);
    CHECK(test::hasColorNear(shown, QPoint(400, 600), 3, violence()));
    CHECK(test::hasColorNear(shown, QPoint(900, 600), 3, violence()));
    CHECK(test::countColor(shown, QRect(0, 0, 300, 40), QColor(0xb4, 0x1e, 0x1e)) > 500);
}

TEST_CASE("sensitive incidents are counted per district with small counts hidden", "[render][disclosure]")
{
    Fixture f;
    const auto &layer = f.layer<render::SensitiveAreaLayer>("incidents_sensitive");
    // Districts in store order: Väster, Öster; then "outside every district".
    REQUIRE(f.data->districts.size() == 2);
    CHECK(f.data->districts[0].name == QStringLiteral("Väster"));
    CHECK(layer.counts(tenMetreView()) == std::vector<std::int64_t>{9, 3, 0});
    CHECK(layer.featureCount() == 12);

    render::MapSettings only2023 = tenMetreView();
    only2023.setIncidentSpan({utc(2023, 1, 1), utc(2024, 1, 1)});
    CHECK(layer.counts(only2023) == std::vector<std::int64_t>{7, 3, 0});

    // Väster's 9 are drawn as a badge; Öster's 3 are under the threshold of 5 and drawn not at all.
    const QImage img = draw(tenMetreView(), f.layers);
    const QColor badge = render::style::sensitiveColor();
    CHECK(test::countColor(img, QRect(0, 0, 700, 1000), badge) > 50);
    CHECK(test::countColor(img, QRect(700, 0, 700, 1000), badge) == 0);
    // With exact positions chosen the badges give way to the points.
    CHECK(test::countColor(draw(tenMetreView(true), f.layers), QRect(0, 0, 1400, 1000), badge) == 0);
}

TEST_CASE("incidents placed at a centre are drawn as a marked stack, not as points", "[render][disclosure]")
{
    Fixture f;
    REQUIRE(f.data->centreStacks.size() == 2);
    const auto &layer = f.layer<render::CentreStackLayer>("incidents_centre");
    for (size_t i = 0; i < f.data->centreStacks.size(); ++i) {
        const render::CentreStack &s = f.data->centreStacks[i];
        if (s.position.x == westCentre.x) {
            CHECK(s.placeName == QStringLiteral("Väster"));
            CHECK(s.precision == LocationPrecision::AreaCentroid);
            CHECK(layer.shownCount(i, tenMetreView()) == 12);
            CHECK(layer.shownCount(i, tenMetreView(true)) == 14);
        } else {
            CHECK(s.placeName == QStringLiteral("Provkommun"));
            CHECK(layer.shownCount(i, tenMetreView()) == 3);
        }
    }
    CHECK(layer.featureCount() == 15);
    // The incident layer itself holds only the two sample incidents and the ten exact cases.
    CHECK(f.data->incidents.size() == 12);
    CHECK(f.layer<render::MapLayer>("incidents").featureCount() == 2);

    const QImage img = draw(tenMetreView(), f.layers);
    const QColor property = render::style::groupColor(QStringLiteral("property"));
    CHECK(test::countColor(img, QRect(535, 485, 31, 31), property) == 0);
    CHECK(test::countColor(img, QRect(535, 485, 31, 31), render::style::centreStackColor(), 40) > 20);
}

TEST_CASE("the heat map leaves out incidents placed at a centre and says how many", "[render][disclosure][cli]")
{
    Fixture f;
    QString out, err;
    const QString tif = f.dir.filePath(QStringLiteral("kde.tif"));
    const int rc = test::runCli(
        {QStringLiteral("analyse"), QStringLiteral("kde"), f.path, QStringLiteral("--out"), tif}, &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(rc == 0);
    // 12 graffiti + 2 domestic violence at Väster's centre, 3 graffiti at the municipality's.
    CHECK(out.contains(QRegularExpression(QStringLiteral("\\b17\\b[^\\n]*(centre|mittpunkt)"))));
    // The two sample incidents and the ten exact cases remain.
    CHECK(out.contains(QRegularExpression(QStringLiteral("^12 "))));
}
