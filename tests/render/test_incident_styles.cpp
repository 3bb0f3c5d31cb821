// The incident layer's aggregated styles and the survey choropleth, on the sample store with
// incidents written at known places. Counts are worked out here from the written incidents (which
// ones the map shows, and which hexagon or grid cell each lies in, by plain geometry), and the
// rendered image is checked where incidents are and where none are.
//
// View: 14 × 10 km at 10 m per pixel, pixel x = (E - 598 000) / 10, y = (6 559 000 - N) / 10.

#include "render/incident_layer.h"
#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/survey_choropleth_layer.h"
#include "store/store.h"
#include "support/image_compare.h"
#include "support/sample_store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>
#include <map>
#include <random>

using namespace lb;

namespace {

struct Written {
    PointXY at;
    int year = 2024;
    bool sensitive = false;
    bool centre = false;
};

QColor blend(const QColor &top, double alpha, const QColor &below)
{
    return QColor::fromRgbF(top.redF() * alpha + below.redF() * (1 - alpha),
                            top.greenF() * alpha + below.greenF() * (1 - alpha),
                            top.blueF() * alpha + below.blueF() * (1 - alpha));
}

struct Fixture {
    QTemporaryDir dir;
    std::vector<Written> written;
    std::shared_ptr<const render::MapData> data;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("styles.gpkg"));
        REQUIRE(test::createSampleStore(path).ok());
        // Three towns of different size, a few strays, one tight cluster, sensitive cases, incidents
        // of 2022 and a stack placed at the west district's centre.
        std::mt19937 rng(7);
        std::normal_distribution<double> spread(0.0, 250.0);
        const auto town = [&](PointXY c, int n, int year) {
            for (int i = 0; i < n; ++i)
                written.push_back({{c.x + spread(rng), c.y + spread(rng)}, year, false, false});
        };
        town({603000, 6553500}, 400, 2024);
        town({607500, 6554000}, 120, 2024);
        town({607500, 6554000}, 80, 2022);
        town({602000, 6551000}, 25, 2024);
        for (int i = 0; i < 150; ++i)
            written.push_back({{608500.0 + i % 30, 6551000.0 + i / 5}, 2024, false, false});
        for (int i = 0; i < 12; ++i)
            written.push_back({{604000.0 + 10 * i, 6556000.0}, 2024, true, false});
        for (int i = 0; i < 300; ++i)
            written.push_back({{603500, 6554000}, 2024, false, true});
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        std::vector<Incident> rows;
        for (size_t i = 0; i < written.size(); ++i) {
            Incident inc;
            inc.position = written[i].at;
            inc.category = written[i].sensitive ? QStringLiteral("vald_nara_relation") : QStringLiteral("klotter");
            inc.locationPrecision = written[i].centre ? LocationPrecision::AreaCentroid : LocationPrecision::Exact;
            inc.occurredAt = toInstant(QDateTime(QDate(written[i].year, 5, 1), QTime(12, 0), QTimeZone::utc()));
            inc.source = QStringLiteral("Polisen");
            inc.sourceRef = QStringLiteral("S-%1").arg(i);
            rows.push_back(inc);
        }
        REQUIRE((*st)->insertIncidents(rows).ok());
        st->reset();
        Feedback feedback;
        auto loaded = render::loadMapData(path, feedback);
        REQUIRE(loaded.ok());
        data = *loaded;
    }

    // The incidents the map shows as points: ordinary categories with their own position; the
    // sample store's own fire and graffiti incidents (2023 and 2021) included.
    std::vector<PointXY> shown(int onlyYear = 0) const
    {
        std::vector<PointXY> out;
        for (const Written &w : written)
            if (!w.sensitive && !w.centre && (onlyYear == 0 || w.year == onlyYear))
                out.push_back(w.at);
        if (onlyYear == 0) {
            out.push_back(test::sample::fireIncident);
            out.push_back(test::sample::graffitiIncident);
        }
        return out;
    }
};

render::MapSettings view()
{
    render::MapSettings s;
    s.setExtent({598000, 6549000, 612000, 6559000});
    s.setOutputSize({1400, 1000});
    s.setVisibleLayers({QStringLiteral("incidents")});
    return s;
}

QPointF pixelOf(PointXY p)
{
    return {(p.x - 598000.0) / 10.0, (6559000.0 - p.y) / 10.0};
}

const render::IncidentLayer &incidentLayer(const render::LayerList &layers)
{
    for (const auto &l : layers)
        if (l->id() == QLatin1String("incidents"))
            return static_cast<const render::IncidentLayer &>(*l);
    FAIL("no incident layer");
    throw 0;
}

} // namespace

TEST_CASE("hexagon bins count the shown incidents inside each hexagon and fill only where they are", "[render][styles]")
{
    Fixture f;
    render::MapStyles styles;
    styles.incidents = render::IncidentStyle::Hexagons;
    const render::LayerList layers = render::createStandardLayers(f.data, {}, styles);
    const render::MapSettings s = view();
    Feedback feedback;
    const auto bins = incidentLayer(layers).bins(s, feedback);
    const double radius = render::hexagonRadiusPixels(s);
    const std::vector<PointXY> shown = f.shown();
    // Every shown incident lies in exactly one hexagon, and each hexagon counts those inside it.
    std::int64_t total = 0;
    for (const render::IncidentBin &b : bins) {
        const QPolygonF hex = render::hexagonPolygon(b.pixel, radius);
        std::int64_t inside = 0;
        for (const PointXY &p : shown)
            inside += hex.containsPoint(pixelOf(p), Qt::OddEvenFill) ? 1 : 0;
        INFO("hexagon at " << b.pixel.x() << ", " << b.pixel.y());
        CHECK(b.count == inside);
        total += b.count;
    }
    CHECK(total == std::int64_t(shown.size()));

    const QImage img = render::renderImage(s, layers, feedback).convertToFormat(QImage::Format_RGB32);
    const QColor bg = s.backgroundColor();
    for (const render::IncidentBin &b : bins) {
        // Count → class by the legend's lower bounds 1, 2, 5, 20, 100, 500.
        const std::int64_t bounds[] = {1, 2, 5, 20, 100, 500};
        int cls = 0;
        while (cls < 5 && b.count >= bounds[cls + 1])
            ++cls;
        const QColor expected = blend(render::style::hexagonColor(cls), 0.85, bg);
        CHECK(test::colorNear(img.pixel(b.pixel.toPoint()), expected, 6));
    }
    // No incident within 2 km of the north-east corner of the municipality: no hexagon there.
    CHECK(test::countColor(img, QRect(1000, 100, 100, 100), bg, 2) == 100 * 100);
    // The 400 of the west town include hexagons of the darkest classes.
    CHECK(std::any_of(bins.begin(), bins.end(), [](const auto &b) { return b.count >= 20; }));
}

TEST_CASE("clusters count the shown incidents of each map-fixed cell, under the map filter", "[render][styles]")
{
    Fixture f;
    render::MapStyles styles;
    styles.incidents = render::IncidentStyle::Clusters;
    render::MapFilter only2024;
    only2024.span = TimeSpan::years(2024, 2024, QTimeZone::utc());
    const render::MapSettings s = view();
    for (const int year : {0, 2024}) {
        const render::LayerList layers =
            render::createStandardLayers(f.data, year ? only2024 : render::MapFilter{}, styles);
        Feedback feedback;
        const auto bins = incidentLayer(layers).bins(s, feedback);
        // Cells 64 px × 10 m = 640 m wide, counted from the map's origin.
        std::map<std::pair<long, long>, std::int64_t> expected;
        for (const PointXY &p : f.shown(year))
            ++expected[{long(std::floor(p.x / 640.0)), long(std::floor(p.y / 640.0))}];
        std::map<std::pair<long, long>, std::int64_t> got;
        for (const render::IncidentBin &b : bins)
            got[{long(std::floor(b.position.x / 640.0)), long(std::floor(b.position.y / 640.0))}] += b.count;
        CHECK(got == expected);

        const QImage img = render::renderImage(s, layers, feedback).convertToFormat(QImage::Format_RGB32);
        QColor fill = render::style::clusterColor();
        const QColor disc = blend(fill, 225.0 / 255.0, s.backgroundColor());
        for (const render::IncidentBin &b : bins)
            if (b.count > 1)
                CHECK(test::hasColorNear(img, b.pixel.toPoint(), 9, disc, 8));
        CHECK(test::countColor(img, QRect(1000, 100, 100, 100), s.backgroundColor(), 2) == 100 * 100);
    }
}

TEST_CASE("automatic draws points when few are in view and clusters when many", "[render][styles]")
{
    Fixture f;
    render::MapStyles styles;
    styles.incidents = render::IncidentStyle::Automatic;
    const render::LayerList layers = render::createStandardLayers(f.data, {}, styles);
    Feedback feedback;
    // 777 incidents (2 of the sample, 775 here) on 1 400 × 1 000 px: fewer than one per 20 × 20 px, so points.
    render::MapSettings wide = view();
    CHECK(incidentLayer(layers).drawsPoints(wide, feedback));
    CHECK(incidentLayer(layers).bins(wide, feedback).empty());
    // The same incidents on 200 × 150 px (more than 75): clusters.
    wide.setOutputSize({200, 150});
    CHECK_FALSE(incidentLayer(layers).drawsPoints(wide, feedback));
    CHECK_FALSE(incidentLayer(layers).bins(wide, feedback).empty());
}

TEST_CASE("the heat map peaks at the tight cluster and leaves out the stack at the centre", "[render][styles]")
{
    Fixture f;
    render::MapStyles styles;
    styles.incidents = render::IncidentStyle::Heat;
    const render::LayerList layers = render::createStandardLayers(f.data, {}, styles);
    const render::IncidentLayer &layer = incidentLayer(layers);
    const render::MapSettings s = view();
    Feedback feedback;
    const render::HeatSurface heat = layer.heat(s, feedback);
    // 150 incidents within 30 m of (608 515, 6 551 015), pixel (1051.5, 798.5): with the kernel's
    // 12 px (120 m) that is about 150 / (2π 120²) = 1.7e-3 per m², more than the 400 of the west
    // town spread with σ 250 m (about 400 / (2π (250² + 120²)) = 8.3e-4). The 300 placed at the
    // west centre would make 3.3e-3 there, had they not been left out.
    const QPointF cluster = pixelOf({608514.5, 6551014.5});
    INFO("peak at " << heat.peak.x() << ", " << heat.peak.y());
    CHECK(std::hypot(heat.peak.x() - cluster.x(), heat.peak.y() - cluster.y()) < 3.0);
    CHECK(heat.points == std::int64_t(f.shown().size()));
    CHECK(layer.centrePlacedCount() == 300);
    const auto legend = layer.legendItems();
    CHECK(std::any_of(legend.begin(), legend.end(), [](const auto &i) { return i.count == 300; }));

    const QImage img = render::renderImage(s, layers, feedback).convertToFormat(QImage::Format_RGB32);
    const QRgb top = img.pixel(heat.peak);
    CHECK(qRed(top) > 150);
    CHECK(qGreen(top) < 60);
    // Nothing warms the centre of the west district, where only the centre-placed stack is.
    const QPoint west = pixelOf({603500, 6554000}).toPoint();
    const QPoint town = pixelOf({603000, 6553500}).toPoint();
    CHECK(heat.density[size_t(west.y()) * 1400 + west.x()] < heat.density[size_t(town.y()) * 1400 + town.x()]);
    CHECK(test::colorNear(img.pixel(1050, 150), s.backgroundColor(), 2));
}

TEST_CASE("the survey choropleth fills each district in the class of its stored share", "[render][styles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    {
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        const auto rounds = (*st)->surveys();
        REQUIRE(rounds.ok());
        const auto districts = (*st)->areas(QStringLiteral("district"));
        REQUIRE(districts.ok());
        REQUIRE(districts->size() == 2);
        // 27 of 100 in Väster answer yes; Öster was not asked in this round.
        std::vector<SurveyAnswer> answers(1);
        answers[0].surveyId = rounds->front().id;
        answers[0].areaId = districts->at(districts->at(0).name == QStringLiteral("Väster") ? 0 : 1).id;
        answers[0].indicator = QStringLiteral("unsafe_evening");
        answers[0].respondents = 100;
        answers[0].share = 0.27;
        REQUIRE((*st)->insertSurveyAnswers(answers).ok());
    }
    Feedback feedback;
    auto data = render::loadMapData(path, feedback);
    REQUIRE(data.ok());
    render::MapStyles styles;
    styles.choroplethSurvey = render::SurveyChoroplethLayer::findSurvey(**data, QStringLiteral("2023"));
    REQUIRE(styles.choroplethSurvey != 0);
    const render::LayerList layers = render::createStandardLayers(*data, {}, styles);
    render::MapSettings s = view();
    s.setVisibleLayers({QStringLiteral("survey_areas")});
    const QImage img = render::renderImage(s, layers, feedback).convertToFormat(QImage::Format_RGB32);
    // 27 % lies in the class 20–30 %, the third of five (ColorBrewer OrRd #fc8d59), at 200/255.
    const QColor expected = blend(QColor(0xfc, 0x8d, 0x59), 200.0 / 255.0, s.backgroundColor());
    CHECK(test::colorNear(img.pixel(pixelOf({601000, 6551000}).toPoint()), expected, 4));
    CHECK(test::colorNear(img.pixel(pixelOf({604500, 6557500}).toPoint()), expected, 4));
    // Öster: hatched, none of the class colours.
    const QRect east(pixelOf({606000, 6557000}).toPoint(), QSize(200, 200));
    for (int c = 0; c < render::style::shareClassCount; ++c)
        CHECK(test::countColor(img, east, blend(render::style::shareColor(c), 200.0 / 255.0, s.backgroundColor()), 4) ==
              0);
    CHECK(test::countColor(img, east, render::style::noAnswerColor(), 12) > 1000);
}
