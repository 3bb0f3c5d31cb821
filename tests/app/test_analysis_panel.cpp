// Drives the analysis dock of the real main window headlessly on the sample store (two incidents
// five km apart: a car fire in 2023, graffiti in 2021): the heat map's peak and legend, the shared
// colour scale, the category filter, the hot spot analysis refusing too few events, and the trend
// and time-profile tables. Expected numbers are worked out by hand in each test.

#include "app/analysis_panel.h"
#include "app/analysis_panel_trends.h"
#include "app/dialog_service.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <cmath>

using namespace lb;

namespace {

class QuietDialogs final : public app::DialogService {
public:
    QStringList openAnswers;
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

struct Window {
    QTemporaryDir dir;
    QuietDialogs dialogs;
    app::MainWindow window{&dialogs};
    app::AnalysisPanel *panel = nullptr;

    Window()
    {
        const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createSampleStore(path).ok());
        window.resize(1400, 900);
        window.show();
        dialogs.openAnswers << path;
        window.findChild<QAction *>(QStringLiteral("actionOpenStore"))->trigger();
        REQUIRE(test::waitUntil([&] { return !window.isBusy() && window.canvas()->renderCount() > 0; }));
        panel = window.findChild<app::AnalysisPanel *>();
        REQUIRE(panel);
        CHECK_FALSE(panel->isVisible()); // the map keeps its width until the user asks for analysis
        panel->toggleViewAction()->trigger();
        REQUIRE(test::waitUntil([&] { return !panel->isBusy(); }));
    }

    bool run(const char *button)
    {
        int finished = 0;
        bool ok = false;
        auto c = QObject::connect(panel, &app::AnalysisPanel::analysisFinished, [&](app::AnalysisPanel::Job, bool o) {
            ++finished;
            ok = o;
        });
        auto *b = panel->findChild<QPushButton *>(QString::fromLatin1(button));
        REQUIRE(b);
        REQUIRE(b->isEnabled());
        b->click();
        REQUIRE(test::waitUntil([&] { return finished == 1; }));
        QObject::disconnect(c);
        return ok;
    }

    bool hasLayer(const QString &id) const
    {
        for (const auto &l : window.canvas()->layers())
            if (l->id() == id)
                return true;
        return false;
    }
};

// The quartic kernel's peak for one event: 3 / (π r²), in events per km².
double quarticPeak(double radius)
{
    return 3.0 / (M_PI * radius * radius) * 1e6;
}

} // namespace

TEST_CASE("the analysis dock opens with the store and fills its filter", "[app][gui][analysis]")
{
    Window w;
    CHECK(w.panel->isVisible());
    // The first and the last incident: graffiti on 1 March 2021, the fire on 1 June 2023.
    CHECK(w.panel->fromEdit()->date() == QDate(2021, 3, 1));
    CHECK(w.panel->toEdit()->date() == QDate(2023, 6, 1));
    // The whole municipality and its two districts.
    CHECK(w.panel->districtCombo()->count() == 3);
    CHECK(w.panel->categoryList()->count() > 10);
}

TEST_CASE("a heat map is added to the map with a legend in events per km²", "[app][gui][analysis]")
{
    Window w;
    w.panel->radiusSpin()->setValue(400);
    w.panel->cellSpin()->setValue(20);
    w.panel->fixedScaleBox()->setChecked(true);
    REQUIRE(w.run("analysisRunHeatMap"));
    REQUIRE(w.hasLayer(QStringLiteral("analysis_heatmap")));
    QTreeWidgetItem *item = w.window.layerPanel()->layerItem(QStringLiteral("analysis_heatmap"));
    REQUIRE(item);
    CHECK(item->checkState(0) == Qt::Checked);
    REQUIRE(item->childCount() == 5);
    CHECK(item->child(0)->text(0).contains(QStringLiteral("km²")));
    // The two incidents lie 5 km apart, far beyond the radius: the peak is one event's kernel
    // peak, 3 / (π · 400²) per m² ≈ 5.97 per km², less the few metres to the nearest cell centre.
    const double peak = w.panel->scaleSpin()->value();
    CHECK(peak == Approx(quarticPeak(400)).epsilon(0.01));
    CHECK(w.panel->heatInfo()->text().contains(QStringLiteral("2 incident")));

    // A second map with another radius keeps the shared scale the first one set.
    w.panel->radiusSpin()->setValue(800);
    REQUIRE(w.run("analysisRunHeatMap"));
    CHECK(w.panel->scaleSpin()->value() == Approx(peak));
    int heatLayers = 0;
    for (const auto &l : w.window.canvas()->layers())
        heatLayers += l->id() == QLatin1String("analysis_heatmap");
    CHECK(heatLayers == 1);
}

TEST_CASE("the category filter decides which incidents are analysed", "[app][gui][analysis]")
{
    Window w;
    QListWidget *cats = w.panel->categoryList();
    for (int i = 0; i < cats->count(); ++i)
        if (cats->item(i)->data(Qt::UserRole).toString() == QLatin1String("brand_bil"))
            cats->item(i)->setCheckState(Qt::Checked);
    REQUIRE(w.run("analysisRunHeatMap"));
    CHECK(w.panel->heatInfo()->text().contains(QStringLiteral("1 incident")));

    // The east district holds the fire but not the graffiti; the west district has no fire.
    w.panel->districtCombo()->setCurrentText(QStringLiteral("Väster"));
    CHECK_FALSE(w.run("analysisRunHeatMap"));
    CHECK(w.panel->findChild<QLabel *>(QStringLiteral("analysisStatus"))
              ->text()
              .contains(QStringLiteral("No incidents")));
}

TEST_CASE("hot spots refuse two incidents and say why", "[app][gui][analysis]")
{
    Window w;
    CHECK_FALSE(w.run("analysisRunHotspots"));
    CHECK_FALSE(w.hasLayer(QStringLiteral("analysis_hotspots")));
    CHECK_FALSE(w.panel->findChild<QLabel *>(QStringLiteral("analysisStatus"))->text().isEmpty());
}

TEST_CASE("trends count incidents per year and category and when in the week they happen", "[app][gui][analysis]")
{
    Window w;
    REQUIRE(w.run("analysisRunTrends"));
    QTableWidget *t = w.panel->trendsView()->countTable();
    REQUIRE(t->rowCount() == 2);
    // Column headers are the years; find the cells by their labels.
    const auto column = [&](const QString &year) {
        for (int c = 0; c < t->columnCount(); ++c)
            if (t->horizontalHeaderItem(c)->text().startsWith(year))
                return c;
        return -1;
    };
    const auto row = [&](const QString &label) {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->text() == label)
                return r;
        return -1;
    };
    const int fire = row(QStringLiteral("Brand i bil")), graffiti = row(QStringLiteral("Klotter"));
    REQUIRE(fire >= 0);
    REQUIRE(graffiti >= 0);
    REQUIRE(column(QStringLiteral("2021")) > 0);
    REQUIRE(column(QStringLiteral("2023")) > 0);
    CHECK(t->item(graffiti, column(QStringLiteral("2021")))->text() == QStringLiteral("1"));
    CHECK(t->item(fire, column(QStringLiteral("2021")))->text() == QStringLiteral("0"));
    CHECK(t->item(fire, column(QStringLiteral("2023")))->text() == QStringLiteral("1"));
    // The fire: 1 June 2023, 12:00 UTC = 14:00 summer time on a Thursday.
    QTableWidget *profile = w.panel->trendsView()->profileTable();
    CHECK(profile->item(3, 14)->data(Qt::UserRole).toInt() == 1);
    CHECK(profile->item(3, 12)->data(Qt::UserRole).toInt() == 0);
}

// Not a test: opens $LB_SCREENSHOT_STORE, runs the three analyses and writes PNGs of the window
// and the dock to $LB_SCREENSHOT_DIR. Run with: tests_app "[.screenshots]"
TEST_CASE("screenshots of the analysis dock", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("LB_SCREENSHOT_DIR");
    const QString store = qEnvironmentVariable("LB_SCREENSHOT_STORE");
    REQUIRE_FALSE(out.isEmpty());
    REQUIRE_FALSE(store.isEmpty());
    QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1500, 950);
    window.show();
    dialogs.openAnswers << store;
    window.findChild<QAction *>(QStringLiteral("actionOpenStore"))->trigger();
    REQUIRE(test::waitUntil([&] { return !window.isBusy() && window.canvas()->renderCount() > 0; }, 120000));
    auto *panel = window.findChild<app::AnalysisPanel *>();
    panel->toggleViewAction()->trigger();
    REQUIRE(test::waitUntil([&] { return !panel->isBusy(); }));
    const auto shoot = [&](const char *name) {
        REQUIRE(test::waitUntil([&] { return !panel->isBusy(); }, 300000));
        QApplication::processEvents();
        const int before = window.canvas()->renderCount();
        test::waitUntil([&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); },
                        20000);
        REQUIRE(window.grab().save(out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
    };
    panel->toEdit()->setDate(QDate(panel->toEdit()->date().year(), 12, 31));
    panel->fromEdit()->setDate(QDate(panel->toEdit()->date().year(), 1, 1));
    panel->findChild<QPushButton *>(QStringLiteral("analysisRunHeatMap"))->click();
    shoot("analysis-1-heatmap");
    window.layerPanel()->setLayerVisible(QStringLiteral("analysis_heatmap"), false);
    panel->tabs()->setCurrentIndex(1);
    panel->findChild<QPushButton *>(QStringLiteral("analysisRunHotspots"))->click();
    shoot("analysis-2-hotspots");
    panel->tabs()->setCurrentIndex(2);
    panel->fromEdit()->setDate(panel->fromEdit()->minimumDate().addYears(0));
    panel->fromEdit()->setDate(QDate(2000, 1, 1));
    panel->findChild<QPushButton *>(QStringLiteral("analysisRunTrends"))->click();
    shoot("analysis-3-trends");
}
