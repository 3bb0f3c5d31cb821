// The desktop's map on a large store, as the app does it:
//   bench_desktop_scale STORE [--runs N]
// prints the time from process start to the first painted map (the store opened and its map data
// read as the app's loadStore does, the standard layers made, the whole extent drawn at
// 1920×1080), then the frame times of the whole extent and of a 2 km view on the busiest square
// kilometre, and the time of a filter change until the map is repainted (the layers rebuilt with
// the filter, their counts read, the whole extent drawn), each as median (min–max) of N interleaved
// runs, and the peak resident memory. Whether the store's map snapshot was used is printed too.
// bench_desktop_scale.sh runs it on copies with and without the snapshot, beside QGIS.

#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "store/point_snapshot.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace lb;

namespace {

// Seconds since this process started, from the kernel's record of its start (10 ms ticks).
double secondsSinceStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK)); // field 22
    return uptime.readAll().split(' ').value(0).toDouble() - started;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The CPU time (all threads) of the last ms() call: on a loaded machine, closer to what an idle
// one would take than the wall time.
double lastCpuMs = 0;

double ms(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    const double cpu = cpuMs();
    work();
    lastCpuMs = cpuMs() - cpu;
    return double(t.nsecsElapsed()) / 1e6;
}

struct Times {
    std::vector<double> wall, cpu;
    void add(double wallMs)
    {
        wall.push_back(wallMs);
        cpu.push_back(lastCpuMs);
    }
};

void row(const char *what, Times t)
{
    for (auto *v : {&t.wall, &t.cpu})
        std::sort(v->begin(), v->end());
    const size_t m = t.wall.size() / 2;
    std::printf("%-52s wall %7.1f ms (%.1f–%.1f), cpu %7.1f ms (%.1f–%.1f), %zu runs\n", what, t.wall[m],
                t.wall.front(), t.wall.back(), t.cpu[m], t.cpu.front(), t.cpu.back(), t.wall.size());
}

// The centre of the square kilometre holding most incidents.
PointXY busiestKilometre(const render::IncidentSnapshot &inc)
{
    std::map<std::pair<long, long>, int> counts;
    for (const PointXY &p : inc.positions)
        ++counts[{long(std::floor(p.x / 1000)), long(std::floor(p.y / 1000))}];
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
    if (best == counts.end())
        return {};
    return {best->first.first * 1000.0 + 500.0, best->first.second * 1000.0 + 500.0};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_desktop_scale STORE [--runs N]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int runs =
        args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 7;

    // The first map, as the app makes it: a read-only open for its notes, the map data, the layers,
    // one frame of the whole extent.
    Feedback feedback;
    bool snapshot = false;
    std::shared_ptr<const render::MapData> data;
    render::LayerList layers;
    render::MapSettings full;
    const double openMs = ms([&] {
        auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
        if (st)
            snapshot = store::hasPointSnapshot(**st);
    });
    const double loadMs = ms([&] {
        auto loaded = render::loadMapData(path, feedback);
        if (loaded)
            data = *loaded;
    });
    const double loadCpuMs = lastCpuMs;
    if (!data) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const double layersMs = ms([&] { layers = render::createStandardLayers(data); });
    full.setExtent(data->fullExtent);
    full.setOutputSize({1920, 1080});
    full.setVisibleLayers(render::standardLayerIds());
    const double frameMs = ms([&] { (void)render::renderImage(full, layers, feedback); });
    const double firstMap = secondsSinceStart();
    std::printf("store: %s, map snapshot: %s, incidents as points: %zu\n", qPrintable(path), snapshot ? "yes" : "no",
                data->incidents.size());
    std::printf("first map %.2f s from process start (open %.0f ms, map data %.0f ms (cpu %.0f ms), layers %.0f "
                "ms, frame %.0f ms); process cpu so far %.0f ms\n",
                firstMap, openMs, loadMs, loadCpuMs, layersMs, frameMs, cpuMs());

    const PointXY busy = busiestKilometre(data->incidents);
    const render::MapSettings view = full.withCenterAndResolution(busy, 2000.0 / 1920.0);
    render::MapFilter oneYear;
    oneYear.span = TimeSpan::years(2024, 2024, data->timeZone);
    render::MapFilter threeCategories;
    for (size_t i = 0; i < std::min<size_t>(3, data->categories.size()); ++i)
        threeCategories.categories << data->categories[i].code;
    const auto filterChange = [&](const render::MapFilter &filter) {
        const render::LayerList filtered = render::createStandardLayers(data, filter);
        std::int64_t n = 0;
        for (const auto &l : filtered)
            n += l->featureCount();
        (void)render::renderImage(full, filtered, feedback);
        return n;
    };
    Times fullT, viewT, yearT, catT;
    for (int run = 0; run < runs; ++run) {
        fullT.add(ms([&] { (void)render::renderImage(full, layers, feedback); }));
        viewT.add(ms([&] { (void)render::renderImage(view, layers, feedback); }));
        yearT.add(ms([&] { (void)filterChange(oneYear); }));
        catT.add(ms([&] { (void)filterChange(threeCategories); }));
    }
    row("frame, whole extent 1920x1080", fullT);
    row("frame, 2 km view on the busiest km", viewT);
    row("filter change: one year (rebuild + counts + redraw)", yearT);
    row("filter change: three categories", catT);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS %.0f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
