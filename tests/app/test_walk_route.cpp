// The walk's route drawn in the walk dock on the demo store: "Draw route on the map" starts the
// sketch tool in line mode, the clicked points (read from the canvas before each click) become the
// walk's route in the store, and a new proposal then only has points within 150 m of that route,
// measured here from the points to the route's segments.

#include "app/dialog_service.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/sketch_tool.h"
#include "app/walk_panel.h"
#include "demo/demo_builder.h"
#include "store/store.h"
#include "store/walk_store.h"
#include "support/wait.h"

#include "ui_walk_panel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace lb;

namespace {
class QuietDialogs final : public app::DialogService {
public:
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

void click(QWidget *w, QPointF at)
{
    QMouseEvent press(QEvent::MouseButtonPress, at, w->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, at, w->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QApplication::sendEvent(w, &release);
}

double distanceToSegment(PointXY p, PointXY a, PointXY b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double distanceToLine(PointXY p, const LineString &line)
{
    double best = INFINITY;
    for (std::size_t i = 1; i < line.size(); ++i)
        best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
    return best;
}
} // namespace

TEST_CASE("a walk's route drawn on the map is saved and proposals follow it", "[gui][walks]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(path, {}, feedback).ok());
    QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    window.openStore(path);
    REQUIRE(test::waitUntil([&] { return !window.isBusy() && window.canvas()->renderCount() > 0; }));
    auto *panel = window.findChild<app::WalkPanel *>();
    REQUIRE(panel);
    panel->show();
    REQUIRE(panel->sketchTool());
    REQUIRE(panel->chooseWalk(3));
    panel->form()->maxSpin->setValue(8);
    REQUIRE(panel->propose());
    const WalkPlan byDistrict = panel->plan();
    REQUIRE(byDistrict.size() >= 3);

    // A route through the first three proposed places, clicked where the canvas shows them.
    app::MapCanvas *canvas = window.canvas();
    Extent around;
    for (std::size_t i = 0; i < 3; ++i)
        around.include(byDistrict[i].position);
    canvas->setExtent(around.buffered(400.0));
    LineString expected;
    panel->form()->routeButton->click();
    REQUIRE(panel->sketchTool()->isActive());
    CHECK_FALSE(canvas->identifiesOnClick());
    const double ratio = canvas->devicePixelRatioF();
    for (std::size_t i = 0; i < 3; ++i) {
        const QPointF at = canvas->settings().toPixel(byDistrict[i].position) / ratio;
        const QPointF pixel(std::round(at.x()), std::round(at.y()));
        expected.push_back(canvas->toMap(pixel));
        click(canvas, pixel);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
    CHECK_FALSE(panel->sketchTool()->isActive());
    CHECK_FALSE(panel->form()->routeButton->isChecked());
    CHECK(canvas->identifiesOnClick());

    {
        auto store = store::Store::open(path);
        REQUIRE(store.ok());
        auto walk = store::WalkStore(**store).walk(3);
        REQUIRE(walk.ok());
        REQUIRE(walk->route.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) {
            CHECK(walk->route[i].x == Approx(expected[i].x).margin(0.01));
            CHECK(walk->route[i].y == Approx(expected[i].y).margin(0.01));
        }
        CHECK(
            (*store)->database().queryInt(QStringLiteral(
                "SELECT count(*) FROM edit_log WHERE table_name = 'walks' AND feature_id = 3 AND action = 'update'")) ==
            1);
    }
    CHECK(panel->route().size() == 3);
    CHECK(canvas->visibleLayers().contains(QStringLiteral("walk_plan")));

    // Proposed again: along the route now, every point within 150 m of it.
    REQUIRE(panel->propose());
    REQUIRE_FALSE(panel->plan().empty());
    for (const WalkPoint &p : panel->plan()) {
        INFO(p.why.toStdString());
        CHECK(distanceToLine(p.position, expected) <= 150.0 + 1e-6);
    }
}
