// bench_render's desktop figures. The stall probe is a 1 ms precise timer on the GUI thread: each
// time it fires, how much later than 1 ms after its previous firing it came is the time the event
// loop was blocked. A scripted sequence plays meanwhile at 60 events a second, as a hand on a mouse
// would: drags of the canvas (press, moves of 12 pixels, release) and wheel notches in and out.

#include "bench_canvas.h"

#include "app/dialog_service.h"
#include "app/main_window.h"
#include "app/map_canvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace lb::bench {

namespace {

class NoDialogs final : public app::DialogService {
public:
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override
    {
        std::fprintf(stderr, "error: %s\n", qPrintable(text));
    }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// One input event of the script, sent to the canvas.
using Step = std::function<void(QWidget *)>;

std::vector<Step> panZoomScript()
{
    std::vector<Step> steps;
    const auto mouse = [](QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons held) {
        return [=](QWidget *w) {
            QMouseEvent e(type, at, w->mapToGlobal(at), button, held, Qt::NoModifier);
            QApplication::sendEvent(w, &e);
        };
    };
    const auto wheel = [](QPointF at, int notches) {
        return [=](QWidget *w) {
            QWheelEvent e(at, w->mapToGlobal(at), {}, {0, 120 * notches}, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &e);
        };
    };
    const auto drag = [&](QPointF from, QPointF by, int moves) {
        steps.push_back(mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton));
        for (int i = 1; i <= moves; ++i)
            steps.push_back(mouse(QEvent::MouseMove, from + by * (double(i) / moves), Qt::NoButton, Qt::LeftButton));
        steps.push_back(mouse(QEvent::MouseButtonRelease, from + by, Qt::LeftButton, Qt::NoButton));
        for (int i = 0; i < 12; ++i) // a fifth of a second's rest: the new view is drawn
            steps.push_back([](QWidget *) {});
    };
    const QPointF centre(960, 540);
    drag(centre, {-480, 0}, 40);
    drag(centre, {0, 300}, 25);
    for (int i = 0; i < 4; ++i) { // zoom out from the 2 km view towards the whole municipality
        steps.push_back(wheel(centre + QPointF(100 * i, 0), -1));
        for (int r = 0; r < 6; ++r)
            steps.push_back([](QWidget *) {});
    }
    drag(centre, {400, -200}, 30);
    for (int i = 0; i < 6; ++i) {
        steps.push_back(wheel(centre - QPointF(60 * i, 40 * i), 1));
        for (int r = 0; r < 6; ++r)
            steps.push_back([](QWidget *) {});
    }
    drag(centre, {-300, -300}, 30);
    return steps;
}

} // namespace

int runCanvasBench(const QString &store, const Extent &view, int reps)
{
    NoDialogs dialogs;
    for (int i = 0; i < reps; ++i) {
        app::MainWindow window(&dialogs);
        window.resize(1920, 1080);
        window.show();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        window.openStore(store);
        if (!waitUntil(
                [&] {
                    return window.storePath() == store && window.canvas()->renderCount() > 0 &&
                           !window.canvas()->isRendering();
                },
                120000)) {
            std::fprintf(stderr, "the store was not opened and drawn within two minutes\n");
            return 1;
        }
        std::printf("app_open %.3f\n", double(t.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
    }

    app::MainWindow window(&dialogs);
    window.resize(1920, 1080);
    window.show();
    window.openStore(store);
    if (!waitUntil([&] { return window.storePath() == store && window.canvas()->renderCount() > 0; }, 120000))
        return 1;
    QWidget *canvas = window.canvas();
    std::fprintf(stderr, "canvas %d×%d\n", canvas->width(), canvas->height());
    for (int rep = 0; rep < reps; ++rep) {
        window.canvas()->setExtent(view);
        waitUntil([&] { return !window.canvas()->isRendering(); }, 60000);
        QApplication::processEvents();

        const std::vector<Step> script = panZoomScript();
        size_t next = 0;
        double worst = 0.0;
        QElapsedTimer clock;
        qint64 last = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            worst = std::max(worst, double(now - last) / 1e6 - 1.0);
            last = now;
        });
        QTimer player;
        player.setTimerType(Qt::PreciseTimer);
        player.setInterval(16);
        QObject::connect(&player, &QTimer::timeout, [&] {
            if (next < script.size())
                script[next++](canvas);
        });
        const int rendersBefore = window.canvas()->renderCount();
        clock.start();
        probe.start();
        player.start();
        waitUntil([&] { return next >= script.size(); }, 120000);
        waitUntil([&] { return !window.canvas()->isRendering(); }, 60000);
        QApplication::processEvents();
        probe.stop();
        player.stop();
        std::printf("stall %.3f\n", worst);
        std::fflush(stdout);
        std::fprintf(stderr, "sequence %d: %zu input events in %.1f s, %d maps drawn\n", rep, script.size(),
                     double(clock.nsecsElapsed()) / 1e9, window.canvas()->renderCount() - rendersBefore);
    }
    return 0;
}

} // namespace lb::bench
