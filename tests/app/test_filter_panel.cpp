// The filter dock drives the map: the real main window opens the filter sample store
// (support/filter_sample.h), the test sets dates, the time of day, categories and steps the player
// as a user would, and checks the layer list's counts, the layer title, the status bar and the
// pixels of the rendered map against counts worked out by hand from the sample's incidents.

#include "app/analysis_panel.h"
#include "app/dialog_service.h"
#include "app/filter_panel.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/map_style.h"
#include "support/filter_sample.h"
#include "support/image_compare.h"
#include "support/wait.h"
#include "ui_filter_panel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>

using namespace lb;

namespace {

class Dialogs final : public app::DialogService {
public:
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

struct FilterWindow {
    QTemporaryDir dir;
    QString path;
    Dialogs dialogs;
    app::MainWindow window{&dialogs};
    app::FilterPanel *panel = nullptr;

    FilterWindow()
    {
        path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createFilterSampleStore(path).ok());
        window.resize(1400, 900);
        window.show();
        window.setStartExtent({598000, 6549000, 612000, 6559000});
        window.openStore(path);
        REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
        panel = window.findChild<app::FilterPanel *>(QStringLiteral("filterDock"));
        REQUIRE(panel);
    }

    // Waits for the panel's merged signal to reach the window and for the map to be redrawn.
    void settle()
    {
        const int before = window.canvas()->renderCount();
        REQUIRE(test::waitUntil([&] {
            return window.mapFilter() == panel->filter() && window.canvas()->renderCount() > before &&
                   !window.canvas()->isRendering();
        }));
    }
    QString countOf(const char *layer) const
    {
        const QTreeWidgetItem *item = window.layerPanel()->layerItem(QString::fromLatin1(layer));
        REQUIRE(item);
        return item->text(1);
    }
    QString statusText() const { return window.findChild<QLabel *>(QStringLiteral("statusFilter"))->text(); }
    bool colourAt(PointXY p, const char *group) const
    {
        const QPointF px = window.canvas()->settings().toPixel(p);
        return test::hasColorNear(window.canvas()->renderedImage(), px.toPoint(), 3,
                                  render::style::groupColor(QString::fromLatin1(group)));
    }
};

} // namespace

TEST_CASE("the filter dock's dates, time of day and categories drive the map, its counts and titles",
          "[app][gui][filter]")
{
    FilterWindow w;
    CHECK(w.panel->isVisible());
    // Everything: 11 points of their own, 5 at Väster's centre, 6 sensitive counted per district.
    CHECK(w.countOf("incidents") == QLocale().toString(11));
    CHECK(w.countOf("incidents_centre") == QLocale().toString(5));
    CHECK(w.statusText().startsWith(QLocale().toString(22)));
    CHECK(w.colourAt(test::filterPlaceA, "property"));
    CHECK(w.colourAt(test::filterPlaceB, "fire"));

    w.panel->setSpan(QDate(2024, 1, 1), QDate(2024, 12, 31));
    w.settle();
    CHECK(w.countOf("incidents") == QLocale().toString(9));
    CHECK(w.window.layerPanel()->layerItem(QStringLiteral("incidents"))->text(0).contains(QStringLiteral("2024")));
    CHECK(w.statusText().startsWith(QLocale().toString(9 + 5 + 6)));

    // Evening, as a user picks it in the combo box: only A's graffiti, the centre stack and the
    // sensitive cases remain; B's night-time fires disappear from the map.
    w.panel->form()->timeOfDayCombo->setCurrentIndex(2);
    w.settle();
    CHECK(w.countOf("incidents") == QLocale().toString(4));
    CHECK(w.countOf("incidents_centre") == QLocale().toString(5));
    CHECK(w.colourAt(test::filterPlaceA, "property"));
    CHECK_FALSE(w.colourAt(test::filterPlaceB, "fire"));

    // Night and only the fire group's categories: B's three fires.
    w.panel->form()->timeOfDayCombo->setCurrentIndex(3);
    w.panel->setCategories({QStringLiteral("brand_bil")});
    w.settle();
    CHECK(w.countOf("incidents") == QLocale().toString(3));
    CHECK(w.countOf("incidents_centre") == QLocale().toString(0));
    CHECK(w.colourAt(test::filterPlaceB, "fire"));
    CHECK_FALSE(w.colourAt(test::filterPlaceA, "property"));

    // Show all brings everything back.
    w.panel->form()->resetButton->click();
    w.settle();
    CHECK(w.countOf("incidents") == QLocale().toString(11));
    CHECK(w.window.layerPanel()->layerItem(QStringLiteral("incidents"))->text(0) == QStringLiteral("Incidents"));
}

TEST_CASE("the player steps the time span by month and the slider follows", "[app][gui][filter]")
{
    FilterWindow w;
    w.panel->setStep(app::FilterPanel::Step::Month);
    // The first incident is the sample's graffiti of March 2021.
    w.panel->step(1);
    w.settle();
    CHECK(w.panel->form()->fromEdit->date() == QDate(2021, 3, 1));
    CHECK(w.panel->form()->toEdit->date() == QDate(2021, 3, 31));
    CHECK(w.countOf("incidents") == QLocale().toString(1));
    // Moving the slider to January 2024 (34 months on) shows A's four graffiti.
    w.panel->form()->spanSlider->setValue(34);
    w.settle();
    CHECK(w.panel->form()->fromEdit->date() == QDate(2024, 1, 1));
    CHECK(w.countOf("incidents") == QLocale().toString(4));
    w.panel->step(1);
    w.settle();
    CHECK(w.panel->form()->fromEdit->date() == QDate(2024, 2, 1));
    CHECK(w.countOf("incidents") == QLocale().toString(0));
    // By year: 2023 holds the sample's fire, 2024 holds 9.
    w.panel->setStep(app::FilterPanel::Step::Year);
    w.panel->form()->spanSlider->setValue(2);
    w.settle();
    CHECK(w.panel->form()->fromEdit->date() == QDate(2023, 1, 1));
    CHECK(w.countOf("incidents") == QLocale().toString(1));
    w.panel->step(1);
    w.settle();
    CHECK(w.panel->form()->fromEdit->date() == QDate(2024, 1, 1));
    CHECK(w.panel->form()->toEdit->date() == QDate(2024, 12, 31));
    CHECK(w.countOf("incidents") == QLocale().toString(9));
}

TEST_CASE("the analysis dock takes the map filter's dates and categories", "[app][gui][filter]")
{
    FilterWindow w;
    auto *analysis = w.window.findChild<app::AnalysisPanel *>();
    REQUIRE(analysis);
    REQUIRE(test::waitUntil([&] { return !analysis->isBusy(); }));
    w.panel->setSpan(QDate(2024, 1, 1), QDate(2024, 12, 31));
    w.panel->setCategories({QStringLiteral("brand_bil")});
    w.settle();
    CHECK(analysis->fromEdit()->date() == QDate(2024, 1, 1));
    CHECK(analysis->toEdit()->date() == QDate(2024, 12, 31));
    CHECK(analysis->filter().categories == QStringList{QStringLiteral("brand_bil")});
    CHECK(analysis->filter().firstDay == QDate(2024, 1, 1));
}
