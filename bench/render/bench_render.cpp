// Render timings on a million incidents:
//   bench_render [STORE.gpkg]
// writes a store of a million clustered incidents (or reuses STORE when it exists; writing takes
// a few minutes), then times the full-extent, panned and zoomed-in redraws, identify, and what a
// filter change costs until the map is repainted: the layers rebuilt with the filter (with their
// counts for the layer list) and the full extent drawn again, for a time-and-hours filter and for
// a district-and-source filter. Prints our median and its ratio to the goal (100 ms for a filter
// change, 50 ms for a full-extent frame, 16 ms for identify).

#include "render/feature_query.h"
#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "store/store.h"
#include "support/sample_store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace lb;

namespace {

double medianMs(const std::function<void()> &work, int runs = 7)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool writeMillion(const QString &path)
{
    if (!test::createSampleStore(path).ok())
        return false;
    auto st = store::Store::open(path);
    if (!st)
        return false;
    // Clustered like real data: 40 town centres with a normal spread, in the sample municipality,
    // from four sources.
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> ux(test::sample::minX, test::sample::maxX);
    std::uniform_real_distribution<double> uy(test::sample::minY, test::sample::maxY);
    std::vector<PointXY> centres(40);
    for (PointXY &c : centres)
        c = {ux(rng), uy(rng)};
    std::normal_distribution<double> spread(0.0, 400.0);
    const auto &cats = defaultCategories();
    const QString sources[] = {QStringLiteral("Polisen"), QStringLiteral("Kommunen"), QStringLiteral("Bostadsbolaget"),
                               QStringLiteral("Securitas")};
    std::vector<Incident> batch(100000);
    for (int b = 0; b < 10; ++b) {
        for (Incident &inc : batch) {
            const PointXY &c = centres[rng() % centres.size()];
            inc = {};
            inc.position = {c.x + spread(rng), c.y + spread(rng)};
            inc.category = cats[rng() % cats.size()].code;
            inc.occurredAt = 1609459200 + Instant(rng() % (5 * 365 * 86400));
            inc.source = sources[rng() % 4];
        }
        if (!(*st)->insertIncidents(batch).ok())
            return false;
    }
    return true;
}

void row(const char *what, double ms, double goalMs)
{
    std::printf("%-58s %9.1f ms   goal %6.0f ms   ratio %5.2f\n", what, ms, goalMs, ms / goalMs);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("million.gpkg"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!writeMillion(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("writing 1M incidents: %lld ms\n", t.elapsed());
    }

    Feedback feedback;
    std::shared_ptr<const render::MapData> data;
    const double loadMs = medianMs([&] { data = *render::loadMapData(path, feedback); }, 3);
    std::printf("snapshot load (%zu incidents with a position of their own): %.0f ms\n", data->incidents.size(),
                loadMs);
    const render::LayerList layers = render::createStandardLayers(data);

    render::MapSettings full;
    full.setExtent(test::sampleExtent().buffered(300));
    full.setOutputSize({1920, 1080});
    full.setVisibleLayers(render::standardLayerIds());
    const render::MapSettings panned = full.panned({200, -120});
    const render::MapSettings zoomed = full.withCenterAndResolution({605000, 6554000}, 0.8); // about 1:3 000

    // A filter change: the layers rebuilt with the filter, their counts read as the layer list
    // and status bar read them, and the full extent drawn again.
    const auto filterChange = [&](const render::MapFilter &filter) {
        const render::LayerList filtered = render::createStandardLayers(data, filter);
        std::int64_t n = 0;
        for (const auto &l : filtered) {
            (void)l->title();
            n += l->featureCount();
            (void)l->legendItems();
        }
        (void)render::renderImage(full, filtered, feedback);
        return n;
    };
    render::MapFilter evening2023;
    evening2023.span = TimeSpan::years(2023, 2023, QTimeZone("Europe/Stockholm"));
    evening2023.setTimeOfDay(render::MapFilter::TimeOfDay::Evening);
    render::MapFilter eastTwoSources;
    eastTwoSources.districts = {QStringLiteral("Öster")};
    eastTwoSources.sources = {QStringLiteral("Polisen"), QStringLiteral("Securitas")};

    // Interleaved runs, so a busy machine slows every figure alike.
    std::vector<double> fullT, pannedT, zoomedT, eveningT, placesT, buildT, drawT;
    for (int run = 0; run < 7; ++run) {
        fullT.push_back(medianMs([&] { (void)render::renderImage(full, layers, feedback); }, 1));
        pannedT.push_back(medianMs([&] { (void)render::renderImage(panned, layers, feedback); }, 1));
        zoomedT.push_back(medianMs([&] { (void)render::renderImage(zoomed, layers, feedback); }, 1));
        eveningT.push_back(medianMs([&] { (void)filterChange(evening2023); }, 1));
        placesT.push_back(medianMs([&] { (void)filterChange(eastTwoSources); }, 1));
        render::LayerList built;
        buildT.push_back(medianMs([&] { built = render::createStandardLayers(data, evening2023); }, 1));
        drawT.push_back(medianMs([&] { (void)render::renderImage(full, built, feedback); }, 1));
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    row("full extent 1920x1080, all layers", median(fullT), 50);
    row("after a pan", median(pannedT), 50);
    row("zoomed in to about 1:3 000", median(zoomedT), 10);
    row("filter change: 2023, evening (rebuild + counts + redraw)", median(eveningT), 100);
    row("filter change: Öster, 2 sources (rebuild + counts + redraw)", median(placesT), 100);
    row("  of which: layers rebuilt with the filter", median(buildT), 100);
    row("  of which: full extent drawn with the filter", median(drawT), 100);

    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    if (!st)
        return 1;
    std::vector<double> identifyTimes;
    size_t found = 0;
    for (int i = 0; i < 50; ++i) {
        const PointXY at = data->incidents.positions[size_t(i) * 19997 % data->incidents.size()];
        QElapsedTimer t;
        t.start();
        auto hit = render::identifyIncidents(**st, at, 8.0, {}, {}, data->categories);
        identifyTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        if (hit)
            found += hit->incidents.size();
    }
    row("identify (median of 50 clicks)", median(identifyTimes), 16);
    std::printf("identify found %zu incidents\n", found);
    return 0;
}
