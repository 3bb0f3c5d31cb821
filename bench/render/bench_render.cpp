// bench_render: the map workbench's timings on any store, as bench_workbench.sh runs them
// interleaved with PyQGIS (pyqgis_workbench.py) on the same GeoPackage:
//
//   bench_render STORE --whole X0,Y0,X1,Y1 --view X0,Y0,X1,Y1 --year Y --categories A,B,C
//                [--reps N] [--gui]
//
// Prints one line per sample, "<operation> <milliseconds>", for
//   open       the store read and its first full-extent frame drawn (library path, as `render`)
//   full       a full-extent frame at 1920×1080, every standard layer
//   view2km    a frame of the 2 km view
//   filter     a filter change (year Y and categories A,B,C) to a repainted map: the layers rebuilt
//              with the filter, their counts and legends read as the layer list does, the full
//              extent drawn again
//   identify   a click on an incident of the 2 km view, 8 pixels around it, answered from the store
// and with --gui (bench_canvas.cpp) the desktop program's own figures:
//   app_open   MainWindow::openStore until the first map is painted on the canvas
//   stall      the longest lateness of a 1 ms timer on the GUI thread while a scripted sequence of
//              drags and wheel zooms runs on the canvas (one line per sequence)
// Frames are drawn at 1920×1080 with no window; the caller sets QT_QPA_PLATFORM=offscreen.

#include "bench_canvas.h"

#include "render/feature_query.h"
#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace lb;

namespace {

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

std::optional<Extent> parseExtent(const QString &text)
{
    const QStringList v = text.split(QLatin1Char(','));
    if (v.size() != 4)
        return std::nullopt;
    return Extent{v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble()};
}

void sample(const char *operation, double ms)
{
    std::printf("%s %.3f\n", operation, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption whole(QStringLiteral("whole"), QStringLiteral("full extent"), QStringLiteral("E"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("2 km view"), QStringLiteral("E"));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("filter year"), QStringLiteral("Y"));
    const QCommandLineOption cats(QStringLiteral("categories"), QStringLiteral("filter categories"),
                                  QStringLiteral("LIST"));
    const QCommandLineOption reps(QStringLiteral("reps"), QStringLiteral("samples per operation"), QStringLiteral("N"),
                                  QStringLiteral("5"));
    const QCommandLineOption gui(QStringLiteral("gui"), QStringLiteral("also the desktop program's figures"));
    p.addOptions({whole, view, year, cats, reps, gui});
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("a Lägesbild store"));
    p.process(app);
    const auto wholeExtent = parseExtent(p.value(whole));
    const auto viewExtent = parseExtent(p.value(view));
    if (p.positionalArguments().size() != 1 || !wholeExtent || !viewExtent || !p.isSet(year) || !p.isSet(cats)) {
        std::fprintf(stderr, "usage: bench_render STORE --whole E --view E --year Y --categories A,B [--reps N]\n");
        return 2;
    }
    const QString path = p.positionalArguments().first();
    const int n = std::max(1, p.value(reps).toInt());

    render::MapSettings full;
    full.setOutputSize({1920, 1080});
    full.setExtent(*wholeExtent);
    full.setVisibleLayers(render::standardLayerIds());
    render::MapSettings near = full;
    near.setExtent(*viewExtent);

    Feedback feedback;
    std::shared_ptr<const render::MapData> data;
    // Opening: the first sample reads a cold process's store; the file is in the page cache for
    // both programs alike (the driver runs each once before timing).
    for (int i = 0; i < n; ++i)
        sample("open", timeMs([&] {
                   data = *render::loadMapData(path, feedback);
                   (void)render::renderImage(full, render::createStandardLayers(data), feedback);
               }));
    const render::LayerList layers = render::createStandardLayers(data);

    render::MapFilter filter;
    const int y = p.value(year).toInt();
    filter.span = TimeSpan::years(y, y, data->timeZone);
    filter.categories = p.value(cats).split(QLatin1Char(','), Qt::SkipEmptyParts);

    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    if (!st) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    // Clicks on incidents of the 2 km view, spread over the snapshot.
    std::vector<PointXY> clicks;
    const Extent shown = near.visibleExtent();
    for (size_t i = 0; i < data->incidents.size() && clicks.size() < 50; i += 997)
        if (shown.contains(data->incidents.positions[i]))
            clicks.push_back(data->incidents.positions[i]);
    const double radius = 8.0 * near.mapUnitsPerPixel();

    size_t found = 0;
    for (int i = 0; i < n; ++i) {
        sample("full", timeMs([&] { (void)render::renderImage(full, layers, feedback); }));
        sample("view2km", timeMs([&] { (void)render::renderImage(near, layers, feedback); }));
        sample("filter", timeMs([&] {
                   const render::LayerList filtered = render::createStandardLayers(data, filter);
                   for (const auto &l : filtered) {
                       (void)l->title();
                       (void)l->featureCount();
                       (void)l->legendItems();
                   }
                   (void)render::renderImage(full, filtered, feedback);
               }));
        const std::unique_ptr<store::StoreReader> reader = store::readerFor(**st);
        for (size_t c = size_t(i); c < clicks.size(); c += size_t(n)) {
            std::optional<size_t> hits;
            sample("identify", timeMs([&] {
                       auto hit = render::identifyIncidents(*reader, clicks[c], radius, {}, {}, data->categories);
                       if (hit)
                           hits = hit->incidents.size();
                   }));
            found += hits.value_or(0);
        }
    }
    std::fprintf(stderr, "%zu incidents in the snapshot; identify found %zu incidents in %zu clicks\n",
                 data->incidents.size(), found, clicks.size());
    data.reset();
    if (p.isSet(gui))
        return bench::runCanvasBench(path, *viewExtent, n);
    return 0;
}
