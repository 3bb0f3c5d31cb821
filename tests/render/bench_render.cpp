// Render timings on a million incidents, hidden from the normal run (tag [.bench]):
//   tests_render "[.bench]"
// Compares the two ways a render job can get its points — the in-memory snapshot with its grid
// index (what the program does) and a fresh read-only Store query through the R-tree per render —
// and times full-extent, panned and zoomed-in redraws. Prints the numbers; asserts only that the
// work was done. Writing the million incidents first takes a few minutes.

#include "render/feature_query.h"
#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "store/store.h"
#include "support/sample_store.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>
#include <random>

using namespace lb;

namespace {

qint64 medianMs(const std::function<void()> &work, int runs = 5)
{
    std::vector<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(t.elapsed());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

TEST_CASE("render timings for a million incidents", "[.bench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    {
        // Clustered like real data: 40 town centres with a normal spread, in the sample municipality.
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> ux(test::sample::minX, test::sample::maxX);
        std::uniform_real_distribution<double> uy(test::sample::minY, test::sample::maxY);
        std::vector<PointXY> centres(40);
        for (PointXY &c : centres)
            c = {ux(rng), uy(rng)};
        std::normal_distribution<double> spread(0.0, 400.0);
        const auto &cats = defaultCategories();
        std::vector<Incident> batch(100000);
        QElapsedTimer t;
        t.start();
        for (int b = 0; b < 10; ++b) {
            for (Incident &inc : batch) {
                const PointXY &c = centres[rng() % centres.size()];
                inc = {};
                inc.position = {c.x + spread(rng), c.y + spread(rng)};
                inc.category = cats[rng() % cats.size()].code;
                inc.occurredAt = 1609459200 + Instant(rng() % (5 * 365 * 86400));
                inc.source = QStringLiteral("Polisen");
            }
            REQUIRE((*st)->insertIncidents(batch).ok());
        }
        std::cout << "writing 1M incidents: " << t.elapsed() << " ms\n";
    }

    Feedback feedback;
    std::shared_ptr<const render::MapData> data;
    const qint64 loadMs = medianMs([&] { data = *render::loadMapData(path, feedback); }, 3);
    REQUIRE(data->incidents.size() == 1000002);
    const render::LayerList layers = render::createStandardLayers(data);

    render::MapSettings full;
    full.setExtent(test::sampleExtent().buffered(300));
    full.setOutputSize({1600, 1200});
    full.setVisibleLayers(render::standardLayerIds());
    render::MapSettings panned = full.panned({200, -120});
    render::MapSettings zoomed = full.withCenterAndResolution({605000, 6554000}, 0.8); // about 1:3 000
    render::MapSettings onlyIncidents = full;
    onlyIncidents.setVisibleLayers({QStringLiteral("incidents")});

    const qint64 fullMs = medianMs([&] { (void)render::renderImage(full, layers, feedback); });
    const qint64 pannedMs = medianMs([&] { (void)render::renderImage(panned, layers, feedback); });
    const qint64 zoomedMs = medianMs([&] { (void)render::renderImage(zoomed, layers, feedback); });
    const qint64 incidentsMs = medianMs([&] { (void)render::renderImage(onlyIncidents, layers, feedback); });

    // The other design: each job opens the store and queries its extent through the R-tree.
    auto queryMs = [&](const Extent &e) {
        return medianMs(
            [&] {
                auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
                store::IncidentFilter filter;
                filter.extent = e;
                REQUIRE((*st)->incidentPoints(filter).ok());
            },
            3);
    };
    const qint64 queryFullMs = queryMs(full.visibleExtent());
    const qint64 queryZoomedMs = queryMs(zoomed.visibleExtent());

    std::cout << "snapshot load (1M incidents, read once per store): " << loadMs << " ms\n"
              << "full extent 1600x1200, all layers: " << fullMs << " ms\n"
              << "after a pan: " << pannedMs << " ms\n"
              << "zoomed in to about 1:3 000: " << zoomedMs << " ms\n"
              << "full extent, incidents only: " << incidentsMs << " ms\n"
              << "store query per job, full extent (without drawing): " << queryFullMs << " ms\n"
              << "store query per job, zoomed in (without drawing): " << queryZoomedMs << " ms\n";

    // A filter change: the layers are rebuilt with the filter (a pass over the points for the
    // counts) and the full extent is drawn again.
    render::MapFilter evening2023;
    evening2023.span = TimeSpan::years(2023, 2023, QTimeZone("Europe/Stockholm"));
    evening2023.setTimeOfDay(render::MapFilter::TimeOfDay::Evening);
    const qint64 filterMs = medianMs([&] {
        const render::LayerList filtered = render::createStandardLayers(data, evening2023);
        (void)render::renderImage(full, filtered, feedback);
    });

    // Identify: 10 px around a click at about 1:3 000 (0.8 m per pixel), through the R-tree.
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    std::vector<double> identifyTimes;
    size_t found = 0;
    for (int i = 0; i < 50; ++i) {
        const PointXY at = data->incidents.positions[size_t(i) * 19997 % data->incidents.size()];
        QElapsedTimer t;
        t.start();
        auto hit = render::identifyIncidents(**st, at, 8.0, {}, {}, data->categories);
        identifyTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        REQUIRE(hit.ok());
        found += hit->incidents.size();
    }
    std::sort(identifyTimes.begin(), identifyTimes.end());

    std::cout << "filter change (rebuild layers + full redraw): " << filterMs << " ms\n"
              << "identify (median / max of 50 clicks): " << identifyTimes[25] << " / " << identifyTimes.back()
              << " ms, " << found << " incidents found\n";
    CHECK(found >= 40); // clicks on sensitive incidents find nothing under the default rules
}
