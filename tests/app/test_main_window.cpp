// Drives the real main window headlessly: opening stores through the menu and by drag and drop,
// the welcome page, the layer list, panning and zooming with the mouse, the status bar, and
// creating the demo store. Dialogs are answered by a scripted DialogService, so nothing blocks.

#include "app/dialog_service.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/welcome_widget.h"
#include "render/map_style.h"
#include "support/image_compare.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QWheelEvent>

using namespace lb;

namespace {

class ScriptedDialogs final : public app::DialogService {
public:
    QStringList openAnswers;
    QStringList saveAnswers;
    QStringList errors;
    int abouts = 0;

    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override { ++abouts; }
};

QAction *action(const app::MainWindow &w, const char *name)
{
    auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

// Opens the sample store through File › Open and waits for the first finished render.
struct OpenWindow {
    QTemporaryDir dir;
    QString path;
    ScriptedDialogs dialogs;
    app::MainWindow window{&dialogs};

    OpenWindow()
    {
        path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createSampleStore(path).ok());
        window.resize(1200, 800);
        window.show();
        dialogs.openAnswers << path;
        action(window, "actionOpenStore")->trigger();
        REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
    }

    app::MapCanvas *canvas() const { return window.canvas(); }
    // Waits for the canvas to finish a render started after now.
    bool waitForNewRender()
    {
        const int before = canvas()->renderCount();
        return test::waitUntil([&] { return canvas()->renderCount() > before && !canvas()->isRendering(); });
    }
    QColor pixelAt(PointXY p) const
    {
        const QPointF px = canvas()->settings().toPixel(p);
        return canvas()->renderedImage().pixelColor(px.toPoint());
    }
};

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

} // namespace

TEST_CASE("without a store the window offers to open one or create the demo", "[app][gui]")
{
    ScriptedDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.show();
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() == window.welcome());
    CHECK(window.welcome()->openButton()->isVisible());
    CHECK(window.welcome()->demoButton()->isVisible());
    CHECK_FALSE(action(window, "actionZoomFull")->isEnabled());

    // "Open a store…" asks for a file; canceling the dialog leaves everything as it was.
    window.welcome()->openButton()->click();
    CHECK(stack->currentWidget() == window.welcome());
    CHECK(window.storePath().isEmpty());
    CHECK(dialogs.errors.isEmpty());
}

TEST_CASE("opening a store shows its map, layers and extent", "[app][gui]")
{
    OpenWindow w;
    CHECK(w.window.storePath() == w.path);
    CHECK(w.window.windowTitle().contains(QStringLiteral("Provkommun")));
    CHECK(w.canvas()->isVisible());
    CHECK(w.dialogs.errors.isEmpty());
    // Zoomed to the municipality (with a margin): the whole of it is in view.
    const Extent v = w.canvas()->visibleExtent();
    CHECK(v.minX <= test::sample::minX);
    CHECK(v.maxX >= test::sample::maxX);
    CHECK(v.minY <= test::sample::minY);
    CHECK(v.maxY >= test::sample::maxY);
    CHECK(v.height() < 1.2 * (test::sample::maxY - test::sample::minY));
    // The fire incident and the lake are drawn where they are.
    CHECK(test::colorNear(w.pixelAt(test::sample::fireIncident).rgb(),
                          render::style::groupColor(QStringLiteral("fire")), 12));
    CHECK(test::colorNear(w.pixelAt({601750, 6555750}).rgb(), render::style::waterFill(), 2));
    // The layer list has every layer, checked.
    for (const QString &id : {QStringLiteral("incidents"), QStringLiteral("districts"), QStringLiteral("walks")}) {
        QTreeWidgetItem *item = w.window.layerPanel()->layerItem(id);
        REQUIRE(item);
        CHECK(item->checkState(0) == Qt::Checked);
    }
}

TEST_CASE("unchecking a layer in the list redraws the map without it", "[app][gui]")
{
    OpenWindow w;
    w.window.layerPanel()->layerItem(QStringLiteral("incidents"))->setCheckState(0, Qt::Unchecked);
    CHECK_FALSE(w.canvas()->visibleLayers().contains(QStringLiteral("incidents")));
    REQUIRE(w.waitForNewRender());
    CHECK(test::colorNear(w.pixelAt(test::sample::fireIncident).rgb(), render::style::landColor(), 2));
    w.window.layerPanel()->layerItem(QStringLiteral("incidents"))->setCheckState(0, Qt::Checked);
    REQUIRE(w.waitForNewRender());
    CHECK(test::colorNear(w.pixelAt(test::sample::fireIncident).rgb(),
                          render::style::groupColor(QStringLiteral("fire")), 12));
}

TEST_CASE("the wheel zooms around the cursor", "[app][gui]")
{
    OpenWindow w;
    // Near the fire incident, so it stays in view.
    const QPointF cursor = w.canvas()->settings().toPixel(test::sample::fireIncident) + QPointF(30, -20);
    const PointXY before = w.canvas()->toMap(cursor);
    const double upp = w.canvas()->settings().mapUnitsPerPixel();
    QWheelEvent wheel(cursor, w.canvas()->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w.canvas(), &wheel);
    // Two notches in: 1.3² times closer, the point under the cursor unmoved.
    CHECK(w.canvas()->settings().mapUnitsPerPixel() == Approx(upp / 1.69));
    const PointXY after = w.canvas()->toMap(cursor);
    CHECK(after.x == Approx(before.x).margin(0.01));
    CHECK(after.y == Approx(before.y).margin(0.01));
    // One render follows the wheel, and the incident is where the new view puts it.
    REQUIRE(w.waitForNewRender());
    CHECK(test::colorNear(w.pixelAt(test::sample::fireIncident).rgb(),
                          render::style::groupColor(QStringLiteral("fire")), 12));
}

TEST_CASE("dragging pans the map and the status bar shows coordinates and scale", "[app][gui]")
{
    OpenWindow w;
    app::MapCanvas *c = w.canvas();
    const double upp = c->settings().mapUnitsPerPixel();
    const Extent before = c->visibleExtent();
    sendMouse(c, QEvent::MouseButtonPress, {400, 300}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(c, QEvent::MouseMove, {450, 320}, Qt::NoButton, Qt::LeftButton);
    sendMouse(c, QEvent::MouseMove, {500, 340}, Qt::NoButton, Qt::LeftButton);
    sendMouse(c, QEvent::MouseButtonRelease, {500, 340}, Qt::LeftButton, Qt::NoButton);
    // 100 px right and 40 px down: the view moved 100 px west and 40 px north.
    const Extent after = c->visibleExtent();
    CHECK(after.minX == Approx(before.minX - 100 * upp));
    CHECK(after.maxY == Approx(before.maxY + 40 * upp));
    REQUIRE(w.waitForNewRender());
    CHECK(test::colorNear(w.pixelAt(test::sample::fireIncident).rgb(),
                          render::style::groupColor(QStringLiteral("fire")), 12));

    // Hovering shows the map coordinates under the cursor, east then north.
    sendMouse(c, QEvent::MouseMove, {250, 150}, Qt::NoButton, Qt::NoButton);
    const PointXY p = c->toMap(QPointF(250, 150));
    auto *coordinates = w.window.findChild<QLabel *>(QStringLiteral("statusCoordinates"));
    REQUIRE(coordinates);
    const QLocale locale;
    CHECK(coordinates->text().contains(locale.toString(p.x, 'f', 0)));
    CHECK(coordinates->text().contains(locale.toString(p.y, 'f', 0)));
    auto *scale = w.window.findChild<QLabel *>(QStringLiteral("statusScale"));
    REQUIRE(scale);
    CHECK(scale->text() == QStringLiteral("1:%1").arg(locale.toString(qint64(std::llround(c->scaleDenominator())))));
}

TEST_CASE("a file that is not a store is refused with a message", "[app][gui]")
{
    QTemporaryDir dir;
    const QString bogus = dir.filePath(QStringLiteral("notes.gpkg"));
    QFile f(bogus);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    ScriptedDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.show();
    bool failed = false;
    QObject::connect(&window, &app::MainWindow::storeFailed, [&] { failed = true; });
    window.openStore(bogus);
    REQUIRE(test::waitUntil([&] { return failed; }));
    CHECK(dialogs.errors.size() == 1);
    CHECK(dialogs.errors.first().contains(QStringLiteral("notes.gpkg")));
    CHECK(window.storePath().isEmpty());
}

TEST_CASE("dropping a store on the window opens it", "[app][gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    ScriptedDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(test::waitUntil([&] { return window.storePath() == path; }));

    // Files the program cannot use are not accepted.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("holiday.jpg")))});
    QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
}

TEST_CASE("Help › About goes through the dialog service", "[app][gui]")
{
    ScriptedDialogs dialogs;
    app::MainWindow window(&dialogs);
    action(window, "actionAbout")->trigger();
    CHECK(dialogs.abouts == 1);
}

TEST_CASE("creating the demo store builds it on a worker and opens it", "[app][gui][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    ScriptedDialogs dialogs;
    dialogs.saveAnswers << path;
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    REQUIRE(action(window, "actionCreateDemo")->isEnabled());
    window.welcome()->demoButton()->click();
    // The window stays responsive while the demo is built: the event loop keeps turning.
    CHECK(window.isBusy());
    REQUIRE(test::waitUntil([&] { return window.storePath() == path; }, 120000));
    CHECK(dialogs.errors.isEmpty());
    REQUIRE(window.mapData());
    CHECK(window.mapData()->incidents.size() > 20000);
    CHECK(window.mapData()->districts.size() == 9);
    REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
    CHECK_FALSE(window.canvas()->renderedImage().isNull());
}
