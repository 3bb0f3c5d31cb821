// Identify: a click on the real main window's map lists the incidents there with their fields,
// stacks with their count, and never reveals what the map hides (sensitive cases, filtered-out
// incidents). The store is the filter sample (support/filter_sample.h), whose incidents and
// references are known.

#include "app/dialog_service.h"
#include "app/feature_panel.h"
#include "app/filter_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "store/store.h"
#include "support/filter_sample.h"
#include "support/wait.h"
#include "ui_feature_panel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
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

struct IdentifyWindow {
    QTemporaryDir dir;
    QString path;
    Dialogs dialogs;
    app::MainWindow window{&dialogs};
    app::FeaturePanel *panel = nullptr;

    IdentifyWindow()
    {
        path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createFilterSampleStore(path).ok());
        window.resize(1400, 900);
        window.show();
        window.setStartExtent({598000, 6549000, 612000, 6559000});
        window.openStore(path);
        REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
        panel = window.findChild<app::FeaturePanel *>(QStringLiteral("featureDock"));
        REQUIRE(panel);
    }

    // Presses and releases the left button on the map where `p` is drawn, as a user clicks.
    void clickAt(PointXY p)
    {
        app::MapCanvas *canvas = window.canvas();
        const QPointF pos = canvas->settings().toPixel(p) / canvas->devicePixelRatioF();
        for (QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
            QMouseEvent event(type, pos, canvas->mapToGlobal(pos), Qt::LeftButton,
                              type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &event);
        }
    }
    QTreeWidget *tree() const { return panel->form()->featureTree; }
    QString field(int incident, const QString &name) const
    {
        const QTreeWidgetItem *item = tree()->topLevelItem(incident);
        for (int i = 0; i < item->childCount(); ++i)
            if (item->child(i)->text(0) == name)
                return item->child(i)->text(1);
        FAIL("no field " << name.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("a click on identical points lists them all with their fields", "[app][gui][identify]")
{
    IdentifyWindow w;
    w.clickAt(test::filterPlaceA);
    CHECK(w.panel->isVisible());
    REQUIRE(w.tree()->topLevelItemCount() == 4);
    CHECK(w.panel->form()->summaryLabel->text().contains(QStringLiteral("4")));
    CHECK(w.panel->lastQueryMs() < 16.0);

    auto st = store::Store::open(w.path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    auto categories = (*st)->categories();
    REQUIRE(categories.ok());
    QString graffiti;
    for (const Category &c : *categories)
        if (c.code == QStringLiteral("klotter"))
            graffiti = localizedLabel(c.labelSv, c.labelEn);
    QStringList references;
    for (int i = 0; i < 4; ++i) {
        CHECK(w.field(i, app::FeaturePanel::tr("Category")) == graffiti);
        CHECK(w.field(i, app::FeaturePanel::tr("Source")) == QStringLiteral("Polisen"));
        CHECK(w.field(i, app::FeaturePanel::tr("Location precision")) == app::FeaturePanel::tr("exact position"));
        // 20:30 local time in January, whatever the UTC hour (19:30).
        CHECK(w.field(i, app::FeaturePanel::tr("Time (local)")).contains(QStringLiteral("20:30")));
        references << w.field(i, app::FeaturePanel::tr("Reference"));
    }
    references.sort();
    CHECK(references ==
          QStringList{QStringLiteral("F-0"), QStringLiteral("F-1"), QStringLiteral("F-2"), QStringLiteral("F-3")});
}

TEST_CASE("a click on a centre stack lists its incidents and says they are placed there", "[app][gui][identify]")
{
    IdentifyWindow w;
    w.clickAt(test::filterWestCentre);
    REQUIRE(w.tree()->topLevelItemCount() == 5);
    CHECK(w.panel->result().centrePlaced);
    CHECK(w.field(0, app::FeaturePanel::tr("Location precision")) ==
          app::FeaturePanel::tr("placed at the centre of a district"));
}

TEST_CASE("identify reveals neither sensitive cases nor incidents the filter hides", "[app][gui][identify]")
{
    IdentifyWindow w;
    w.clickAt(test::filterWestHome);
    CHECK(w.tree()->topLevelItemCount() == 0);
    // Once exact positions of sensitive incidents are deliberately shown, they can be identified.
    w.window.findChild<QAction *>(QStringLiteral("actionShowSensitivePoints"))->setChecked(true);
    w.clickAt(test::filterWestHome);
    CHECK(w.tree()->topLevelItemCount() == 6);

    auto *filter = w.window.findChild<app::FilterPanel *>(QStringLiteral("filterDock"));
    filter->setTimeOfDay(render::MapFilter::TimeOfDay::Night);
    REQUIRE(test::waitUntil([&] { return w.window.mapFilter() == filter->filter(); }));
    w.clickAt(test::filterPlaceA);
    CHECK(w.tree()->topLevelItemCount() == 0);
    w.clickAt(test::filterPlaceB);
    CHECK(w.tree()->topLevelItemCount() == 3);
}
