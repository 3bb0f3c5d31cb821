// bench_base_map_pan: what a large background map costs the desktop program while the user pans.
// Opens the tests' sample store in the real main window (offscreen), adds RASTER (a GeoTIFF over
// the sample municipality, e.g. 100 MB without overviews) or a tile layer (URL with {z}/{x}/{y})
// as a background map, zooms to a 3 km view and drags the map PANS times (press, ten moves 16 ms
// apart, release, 250 ms pause), then waits until the map is drawn for the last view.
//
// A 1 ms QTimer probes the event loop the whole time: a gap between its ticks is a time the GUI
// thread could not answer. Prints the longest gap, the 99th percentile, the number of gaps over
// 16 ms, the time from each release to the next finished frame (median), and the time from the
// last release until the background map shows in the last view.
//
//   bench_base_map_pan RASTER.tif|URL [PANS]
//
// For a tile layer, serve tiles locally (bench/render/tile_server.py) and run twice with the same
// XDG_CACHE_HOME: the first run fetches every tile, the second draws them from the cache.

#include "app/base_map_controller.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/base_map_list.h"
#include "support/app_window.h"
#include "support/sample_store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lb;

namespace {

void spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(500);
    }
}

void spinFor(int ms)
{
    spinUntil([] { return false; }, ms);
}

void send(QWidget *w, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, at, w->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

// The centre pixel of the canvas's last image is not the plain background any more.
bool baseMapShown(app::MapCanvas *canvas, QRgb plain)
{
    const QImage img = canvas->renderedImage();
    return !img.isNull() && img.pixel(img.width() / 3, img.height() / 3) != plain;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_base_map_pan RASTER.tif|URL [PANS]\n");
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int pans = argc > 2 ? std::atoi(argv[2]) : 15;
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sample.gpkg"));
    if (!test::createSampleStore(store).ok())
        return 1;
    // Tiles are cached under XDG_CACHE_HOME: a fresh folder unless given (to time a warm cache).
    if (qEnvironmentVariableIsEmpty("XDG_CACHE_HOME"))
        qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());

    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1600, 1000);
    window.show();
    window.openStore(store);
    spinUntil([&] { return window.storePath() == store && window.canvas()->renderCount() > 0; }, 60000);
    app::MapCanvas *canvas = window.canvas();
    const Extent full = test::sampleExtent();
    const PointXY c = full.center();
    canvas->setExtent({c.x - 1500, c.y - 1000, c.x + 1500, c.y + 1000});
    spinUntil([&] { return !canvas->isRendering(); }, 60000);
    spinFor(300);
    const QRgb plain =
        canvas->renderedImage().pixel(canvas->renderedImage().width() / 3, canvas->renderedImage().height() / 3);

    auto *controller = window.findChild<app::BaseMapController *>(QStringLiteral("baseMapController"));
    QElapsedTimer added;
    added.start();
    const QString error = controller->addBaseMap(render::baseMapEntryFor(source));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 addReturned = added.elapsed();
    spinUntil([&] { return baseMapShown(canvas, plain); }, 120000);
    const qint64 firstShown = added.elapsed();
    spinUntil([&] { return !canvas->isRendering(); }, 120000);
    spinFor(500);

    // The probe.
    std::vector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - last) / 1e6);
        last = now;
    });

    std::vector<double> releaseToFrame;
    qint64 releasedAt = -1;
    QObject::connect(canvas, &app::MapCanvas::renderFinished, [&](qint64) {
        if (releasedAt >= 0) {
            releaseToFrame.push_back(double(clock.nsecsElapsed() - releasedAt) / 1e6);
            releasedAt = -1;
        }
    });
    probe.start(1);
    last = clock.nsecsElapsed();
    const QPointF mid(canvas->width() / 2.0, canvas->height() / 2.0);
    for (int i = 0; i < pans; ++i) {
        const QPointF step((i % 4 < 2 ? 1 : -1) * 30.0, (i % 3 == 0 ? 1 : -1) * 12.0);
        send(canvas, QEvent::MouseButtonPress, mid, Qt::LeftButton);
        for (int m = 1; m <= 10; ++m) {
            spinFor(16);
            send(canvas, QEvent::MouseMove, mid + step * m, Qt::LeftButton);
        }
        send(canvas, QEvent::MouseButtonRelease, mid + step * 10, Qt::NoButton);
        releasedAt = clock.nsecsElapsed();
        spinFor(250);
    }
    QElapsedTimer settle;
    settle.start();
    // The map is whole when no render runs and none starts for a while (base maps may ask for a
    // second frame when their image arrives).
    qint64 quietSince = -1;
    spinUntil(
        [&] {
            if (canvas->isRendering()) {
                quietSince = -1;
                return false;
            }
            if (quietSince < 0)
                quietSince = settle.elapsed();
            return settle.elapsed() - quietSince > 1500;
        },
        120000);
    const qint64 lastWhole = quietSince;
    probe.stop();

    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto over16 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16.0; });
    std::sort(releaseToFrame.begin(), releaseToFrame.end());
    std::printf("source: %s\n", qPrintable(source));
    std::printf("add returned after %lld ms; background first shown after %lld ms\n", (long long)addReturned,
                (long long)firstShown);
    std::printf("probe ticks %zu, longest gap %.1f ms, p99 %.1f ms, median %.2f ms, gaps over 16 ms: %lld\n",
                gaps.size(), sorted.empty() ? 0.0 : sorted.back(),
                sorted.empty() ? 0.0 : sorted[size_t(double(sorted.size() - 1) * 0.99)],
                sorted.empty() ? 0.0 : sorted[sorted.size() / 2], (long long)over16);
    std::printf("release to next frame: median %.0f ms, max %.0f ms (%zu frames)\n",
                releaseToFrame.empty() ? 0.0 : releaseToFrame[releaseToFrame.size() / 2],
                releaseToFrame.empty() ? 0.0 : releaseToFrame.back(), releaseToFrame.size());
    std::printf("last release to the last frame: %lld ms\n", (long long)lastWhole);
    return 0;
}
