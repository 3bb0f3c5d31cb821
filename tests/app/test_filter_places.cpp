// Districts, sources and survey rounds in the one filter: the real main window opens the place
// sample store (support/place_sample.h), the test chooses a district, a source and a survey round
// in the filter dock as a user would, and checks the map's counts (layer list and status bar), the
// attribute table's rows and the survey-pin layer against counts SQL makes on the store itself
// (districts of the sample are rectangles, so SQL can place points through the R-tree).

#include "app/attribute_table_window.h"
#include "app/filter_panel.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "support/app_window.h"
#include "support/place_sample.h"
#include "support/sample_store.h"
#include "support/wait.h"
#include "ui_filter_panel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>

using namespace lb;

namespace {

// Incidents of these sources whose stored position lies strictly inside the east district.
QString eastSql(const QString &sources)
{
    return QStringLiteral("SELECT count(*) FROM incidents i JOIN rtree_incidents_geom r ON r.id = i.fid "
                          "WHERE r.minx > %1 AND r.minx < %2 AND r.miny > %3 AND r.miny < %4 AND i.source IN (%5)")
        .arg(test::sample::districtSplitX, 0, 'f', 1)
        .arg(test::sample::maxX, 0, 'f', 1)
        .arg(test::sample::minY, 0, 'f', 1)
        .arg(test::sample::maxY, 0, 'f', 1)
        .arg(sources);
}

std::int64_t layerCount(const app::MainWindow &window, const QString &id)
{
    for (const auto &l : window.canvas()->layers())
        if (l->id() == id)
            return l->featureCount();
    return -1;
}

} // namespace

TEST_CASE("districts, sources and survey rounds drive the map, its counts and the table", "[app][gui][filter]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.gpkg"));
    REQUIRE(test::createPlaceSampleStore(path).ok());
    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1400, 900);
    window.show();
    window.setStartExtent({598000, 6549000, 612000, 6559000});
    window.openStore(path);
    REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
    auto *panel = window.findChild<app::FilterPanel *>(QStringLiteral("filterDock"));
    REQUIRE(panel);
    window.findChild<QAction *>(QStringLiteral("actionAttributeTable"))->trigger();
    auto *table = window.findChild<app::AttributeTableWindow *>(QStringLiteral("attributeTable"));
    REQUIRE(table);

    // The lists offer the store's districts, sources and rounds.
    CHECK(panel->form()->districtList->count() == 2);
    CHECK(panel->form()->sourceList->count() ==
          test::sqlCount(path, QStringLiteral("SELECT count(DISTINCT source) FROM incidents WHERE source <> ''")));
    CHECK(panel->form()->roundList->count() == test::sqlCount(path, QStringLiteral("SELECT count(*) FROM surveys")));

    const long long allIncidents = test::sqlCount(path, QStringLiteral("SELECT count(*) FROM incidents"));
    const long long allPins = test::sqlCount(path, QStringLiteral("SELECT count(*) FROM survey_pins"));
    CHECK(window.shownIncidentCount() == allIncidents);
    CHECK(layerCount(window, QStringLiteral("survey_pins")) == allPins);

    const long long round2024 = test::sqlCount(path, QStringLiteral("SELECT id FROM surveys WHERE year = 2024"));
    REQUIRE(round2024 > 0);
    panel->setDistricts({QStringLiteral("Öster")});
    panel->setSources({QStringLiteral("Bostadsbolaget")});
    panel->setSurveyRounds({round2024});
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    const long long expected = test::sqlCount(path, eastSql(QStringLiteral("'Bostadsbolaget'")));
    const long long expectedPins =
        test::sqlCount(path, QStringLiteral("SELECT count(*) FROM survey_pins WHERE survey_id = %1").arg(round2024));
    REQUIRE(expected > 0);
    CHECK(expectedPins < allPins);
    CHECK(window.shownIncidentCount() == expected);
    CHECK(table->model()->totalRows() == expected);
    CHECK(layerCount(window, QStringLiteral("survey_pins")) == expectedPins);
    CHECK(window.findChild<QLabel *>(QStringLiteral("statusFilter"))->text().startsWith(QLocale().toString(expected)));
    // The titles say what is shown.
    const QString title = window.layerPanel()->layerItem(QStringLiteral("incidents"))->text(0);
    CHECK(title.contains(QStringLiteral("Öster")));
    CHECK(title.contains(QStringLiteral("Bostadsbolaget")));
    for (int r = 0; r < int(table->model()->totalRows()); ++r)
        CHECK(table->model()->positionAt(r).x > test::sample::districtSplitX);

    // Two sources: the counts follow.
    panel->setSources({QStringLiteral("Bostadsbolaget"), QStringLiteral("Securitas")});
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    const long long both = test::sqlCount(path, eastSql(QStringLiteral("'Bostadsbolaget','Securitas'")));
    CHECK(both > expected);
    CHECK(window.shownIncidentCount() == both);
    CHECK(table->model()->totalRows() == both);

    // Show all clears the lists: everything again.
    panel->form()->resetButton->click();
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    CHECK(panel->form()->districtList->selectedItems().isEmpty());
    CHECK(window.shownIncidentCount() == allIncidents);
    CHECK(layerCount(window, QStringLiteral("survey_pins")) == allPins);
}
