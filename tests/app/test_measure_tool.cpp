// View › Measure on the sample store: three clicks on the map give the length along the line and
// the area of the triangle they close, worked out from the pixel offsets and the map scale; the
// line is drawn on the map; a right click ends the measurement and the next click starts anew.

#include "app/dialog_service.h"
#include "app/feature_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/measure_tool.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTemporaryDir>

#include <cmath>
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

void click(QWidget *canvas, QPointF at, Qt::MouseButton button = Qt::LeftButton)
{
    QMouseEvent press(QEvent::MouseButtonPress, at, canvas->mapToGlobal(at), button, button, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, at, canvas->mapToGlobal(at), button, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &press);
    QApplication::sendEvent(canvas, &release);
}
} // namespace

TEST_CASE("the measure tool gives the length and the area of what is clicked", "[gui][measure]")
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
    auto *tool = window.findChild<app::MeasureTool *>();
    REQUIRE(tool);
    tool->action()->setChecked(true);

    app::MapCanvas *canvas = window.canvas();
    const QPointF a(200, 500), b(500, 500), c(500, 100); // a right angle at b
    // Where each click lands on the map, read just before it.
    std::vector<PointXY> expected;
    for (QPointF p : {a, b, c}) {
        expected.push_back(canvas->toMap(p));
        click(canvas, p);
    }
    REQUIRE(tool->points().size() == 3);
    // Clicks that measure do not also identify.
    auto *identify = window.findChild<app::FeaturePanel *>();
    REQUIRE(identify);
    CHECK_FALSE(identify->isVisible());
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(tool->points()[i].x == Approx(expected[i].x).margin(1e-6));
        CHECK(tool->points()[i].y == Approx(expected[i].y).margin(1e-6));
    }
    const double ab = std::hypot(expected[1].x - expected[0].x, expected[1].y - expected[0].y);
    const double bc = std::hypot(expected[2].x - expected[1].x, expected[2].y - expected[1].y);
    CHECK(tool->length() == Approx(ab + bc).epsilon(1e-9));
    // Half the cross product of two sides.
    const double cross = (expected[1].x - expected[0].x) * (expected[2].y - expected[0].y) -
                         (expected[1].y - expected[0].y) * (expected[2].x - expected[0].x);
    CHECK(tool->area() == Approx(0.5 * std::abs(cross)).epsilon(1e-9));
    CHECK(window.statusBar()->currentMessage() == tool->summary());
    CHECK(tool->summary().contains(tool->area() >= 1e6 ? QStringLiteral("km²") : QStringLiteral("ha")));
    CHECK(canvas->visibleLayers().contains(QStringLiteral("measure")));

    // A right click ends it; the next click starts a new measurement.
    click(canvas, c, Qt::RightButton);
    CHECK(tool->points().size() == 3);
    click(canvas, a);
    CHECK(tool->points().size() == 1);
    CHECK(tool->area() == 0.0);
    tool->action()->setChecked(false);
    CHECK(tool->points().empty());
    click(canvas, a); // without the tool a click identifies again
    CHECK(identify->isVisible());
    CHECK_FALSE(canvas->visibleLayers().contains(QStringLiteral("measure")));
}
