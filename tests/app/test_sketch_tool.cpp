// The sketch tool on the sample store: clicks on the map give the vertices of a line, a polygon or
// a box at exactly the map points under the clicked pixels (read from the canvas before each
// click); Backspace, Enter, a double click, a right click and Esc do what the status bar says; a
// shape with too few vertices is refused with a message; the drawing never identifies or pans.

#include "app/dialog_service.h"
#include "app/feature_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/sketch_tool.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTemporaryDir>

#include <optional>
#include <vector>

using namespace lb;

namespace {
class QuietDialogs final : public app::DialogService {
public:
    QStringList openAnswers;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

void mouse(QWidget *w, QEvent::Type type, QPointF at, Qt::MouseButton button = Qt::LeftButton)
{
    const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(button);
    QMouseEvent e(type, at, w->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : button, held,
                  Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

void click(QWidget *w, QPointF at, Qt::MouseButton button = Qt::LeftButton)
{
    mouse(w, QEvent::MouseButtonPress, at, button);
    mouse(w, QEvent::MouseButtonRelease, at, button);
}

// What Qt delivers for a double click: press, release, double click, release.
void doubleClick(QWidget *w, QPointF at)
{
    click(w, at);
    mouse(w, QEvent::MouseButtonDblClick, at);
    mouse(w, QEvent::MouseButtonRelease, at);
}

void key(QWidget *w, Qt::Key k)
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
}

void checkSame(const LineString &got, const std::vector<PointXY> &expected)
{
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].x == Approx(expected[i].x).margin(1e-6));
        CHECK(got[i].y == Approx(expected[i].y).margin(1e-6));
    }
}

struct Recorder {
    std::optional<app::SketchGeometry> finished;
    int cancelled = 0;
    explicit Recorder(app::SketchTool &tool)
    {
        QObject::connect(&tool, &app::SketchTool::finished, [this](const app::SketchGeometry &g) { finished = g; });
        QObject::connect(&tool, &app::SketchTool::cancelled, [this] { ++cancelled; });
    }
};
} // namespace

TEST_CASE("the sketch tool draws lines, polygons and boxes where the user clicks", "[gui][sketch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    dialogs.openAnswers << path;
    window.findChild<QAction *>(QStringLiteral("actionOpenStore"))->trigger();
    REQUIRE(test::waitUntil([&] { return !window.isBusy() && window.canvas()->renderCount() > 0; }));

    app::MapCanvas *canvas = window.canvas();
    auto *identify = window.findChild<app::FeaturePanel *>();
    REQUIRE(identify);
    app::SketchTool tool(&window, nullptr);
    Recorder rec(tool);
    const Extent view = canvas->visibleExtent();

    SECTION("a polygon: clicks, Backspace, Enter")
    {
        tool.start(app::SketchTool::Mode::Polygon);
        CHECK(tool.isActive());
        const std::vector<QPointF> pixels{{200, 500}, {600, 520}, {560, 150}, {900, 700}};
        std::vector<PointXY> expected;
        for (QPointF p : pixels) {
            expected.push_back(canvas->toMap(p));
            click(canvas, p);
        }
        checkSame(tool.vertices(), expected);
        CHECK(canvas->visibleLayers().contains(app::SketchTool::layerId()));
        CHECK_FALSE(identify->isVisible());           // clicks that draw do not identify
        mouse(canvas, QEvent::MouseMove, {300, 300}); // the rubber band follows without a vertex
        CHECK(tool.vertices().size() == 4);

        key(canvas, Qt::Key_Backspace);
        expected.pop_back();
        checkSame(tool.vertices(), expected);
        key(canvas, Qt::Key_Return);
        REQUIRE(rec.finished);
        CHECK(rec.finished->kind == app::SketchGeometry::Kind::Polygon);
        checkSame(rec.finished->vertices, expected);
        const Polygon polygon = rec.finished->polygon();
        REQUIRE(polygon.rings.size() == 1);
        CHECK(polygon.rings[0].size() == 4);
        CHECK(polygon.rings[0].front() == polygon.rings[0].back());
        CHECK_FALSE(tool.isActive());
        CHECK_FALSE(canvas->visibleLayers().contains(app::SketchTool::layerId()));
        click(canvas, {400, 400}); // the tool is off: a click identifies again
        CHECK(identify->isVisible());
    }

    SECTION("a polygon needs three points and a line two; a right click or a double click finishes")
    {
        tool.start(app::SketchTool::Mode::Polygon);
        click(canvas, {200, 200});
        click(canvas, {400, 200});
        click(canvas, {400, 200}, Qt::RightButton);
        CHECK_FALSE(rec.finished);
        CHECK(tool.isActive());
        CHECK(window.statusBar()->currentMessage() == app::SketchTool::tr("A polygon needs at least three points."));

        tool.start(app::SketchTool::Mode::Line);
        const PointXY a = canvas->toMap(QPointF(300, 300));
        click(canvas, {300, 300});
        key(canvas, Qt::Key_Enter);
        CHECK_FALSE(rec.finished);
        CHECK(window.statusBar()->currentMessage() == app::SketchTool::tr("A line needs at least two points."));
        const PointXY b = canvas->toMap(QPointF(700, 420));
        doubleClick(canvas, {700, 420});
        REQUIRE(rec.finished);
        CHECK(rec.finished->kind == app::SketchGeometry::Kind::Line);
        checkSame(rec.finished->vertices, {a, b});
        CHECK(rec.finished->polygon().rings.empty());
        CHECK(rec.cancelled == 0);
    }

    SECTION("Esc cancels")
    {
        tool.start(app::SketchTool::Mode::Line);
        click(canvas, {300, 300});
        click(canvas, {500, 300});
        key(canvas, Qt::Key_Escape);
        CHECK(rec.cancelled == 1);
        CHECK_FALSE(rec.finished);
        CHECK_FALSE(tool.isActive());
        CHECK(tool.vertices().empty());
        CHECK_FALSE(canvas->visibleLayers().contains(app::SketchTool::layerId()));
    }

    SECTION("a box by dragging does not pan the map")
    {
        tool.start(app::SketchTool::Mode::Box);
        const PointXY a = canvas->toMap(QPointF(250, 600));
        const PointXY b = canvas->toMap(QPointF(650, 250));
        mouse(canvas, QEvent::MouseButtonPress, {250, 600});
        mouse(canvas, QEvent::MouseMove, {450, 400});
        mouse(canvas, QEvent::MouseMove, {650, 250});
        mouse(canvas, QEvent::MouseButtonRelease, {650, 250});
        REQUIRE(rec.finished);
        CHECK(rec.finished->kind == app::SketchGeometry::Kind::Box);
        // Counter-clockwise from the lower left; the map's y grows upwards.
        checkSame(rec.finished->vertices, {{a.x, a.y}, {b.x, a.y}, {b.x, b.y}, {a.x, b.y}});
        CHECK(canvas->visibleExtent() == view);
        CHECK_FALSE(identify->isVisible());
    }

    SECTION("a box by two clicks")
    {
        tool.start(app::SketchTool::Mode::Box);
        const PointXY a = canvas->toMap(QPointF(800, 200));
        const PointXY b = canvas->toMap(QPointF(300, 500));
        click(canvas, {800, 200});
        CHECK_FALSE(rec.finished);
        CHECK(tool.vertices().size() == 1);
        click(canvas, {300, 500});
        REQUIRE(rec.finished);
        const Extent e = rec.finished->extent();
        CHECK(e.minX == Approx(b.x).margin(1e-6));
        CHECK(e.maxX == Approx(a.x).margin(1e-6));
        CHECK(e.minY == Approx(b.y).margin(1e-6));
        CHECK(e.maxY == Approx(a.y).margin(1e-6));
        CHECK(canvas->visibleExtent() == view);
    }
}
