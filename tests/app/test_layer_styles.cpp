// The layer list's style menu drives the map: the real main window opens the filter sample store
// with survey answers added, the test picks "hexagons" for the incidents and a survey round for the
// choropleth as a user would from the context menu, and checks the drawn layers and their legends.

#include "app/layer_panel.h"
#include "app/layer_style_menu.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/incident_layer.h"
#include "render/survey_choropleth_layer.h"
#include "store/store.h"
#include "support/app_window.h"
#include "support/filter_sample.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>

using namespace lb;

namespace {

template <class T> const T *layerOf(const app::MainWindow &window, const char *id)
{
    for (const auto &l : window.canvas()->layers())
        if (l->id() == QLatin1String(id))
            return dynamic_cast<const T *>(l.get());
    return nullptr;
}

QStringList legendOf(const app::MainWindow &window, const char *id)
{
    QStringList labels;
    const QTreeWidgetItem *item = window.layerPanel()->layerItem(QString::fromLatin1(id));
    for (int i = 0; item && i < item->childCount(); ++i)
        labels << item->child(i)->text(0);
    return labels;
}

} // namespace

TEST_CASE("the layer list's menu restyles the incidents and adds the survey choropleth", "[app][styles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createFilterSampleStore(path).ok());
    {
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        const auto rounds = (*st)->surveys();
        const auto districts = (*st)->areas(QStringLiteral("district"));
        REQUIRE((rounds.ok() && districts.ok() && !districts->empty()));
        std::vector<SurveyAnswer> answers(1);
        answers[0].surveyId = rounds->front().id;
        answers[0].areaId = districts->front().id;
        answers[0].indicator = QStringLiteral("unsafe_evening");
        answers[0].respondents = 80;
        answers[0].share = 0.35;
        REQUIRE((*st)->insertSurveyAnswers(answers).ok());
    }
    test::QuietDialogs dialogs;
    app::MainWindow window{&dialogs};
    window.resize(1400, 900);
    window.show();
    window.setStartExtent({598000, 6549000, 612000, 6559000});
    window.openStore(path);
    REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
    auto *styleMenu = window.findChild<app::LayerStyleMenu *>(QStringLiteral("layerStyleMenu"));
    REQUIRE(styleMenu);
    REQUIRE(layerOf<render::IncidentLayer>(window, "incidents")->style() == render::IncidentStyle::Points);

    // Incidents as hexagons: the layer is rebuilt in that style and its legend lists the classes.
    std::unique_ptr<QMenu> menu(styleMenu->menuFor(QStringLiteral("incidents"), &window));
    REQUIRE(menu);
    auto *hex = menu->findChild<QAction *>(QStringLiteral("incidentStyle_hex"));
    REQUIRE(hex);
    const int before = window.canvas()->renderCount();
    hex->trigger();
    REQUIRE(
        test::waitUntil([&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); }));
    CHECK(layerOf<render::IncidentLayer>(window, "incidents")->style() == render::IncidentStyle::Hexagons);
    CHECK(legendOf(window, "incidents").size() == 6);
    CHECK(legendOf(window, "incidents").last().contains(QStringLiteral("500")));

    // The survey round with answers is offered on the pins' menu; choosing it draws the choropleth.
    menu.reset(styleMenu->menuFor(QStringLiteral("survey_pins"), &window));
    REQUIRE(menu);
    QAction *round = nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() != QLatin1String("surveyChoropleth_0"))
            round = a;
    REQUIRE(round);
    round->trigger();
    REQUIRE(window.canvas()->visibleLayers().contains(QStringLiteral("survey_areas")));
    const auto *choropleth = layerOf<render::SurveyChoroplethLayer>(window, "survey_areas");
    REQUIRE(choropleth);
    CHECK(choropleth->featureCount() == 1);
    CHECK(*choropleth->shares().front() == Approx(0.35));
    CHECK(window.layerPanel()->layerItem(QStringLiteral("survey_areas")));
    // The filter keeps the styles.
    render::MapFilter filter;
    filter.categories = {QStringLiteral("klotter")};
    window.setMapFilter(filter);
    CHECK(layerOf<render::IncidentLayer>(window, "incidents")->style() == render::IncidentStyle::Hexagons);
    CHECK(layerOf<render::SurveyChoroplethLayer>(window, "survey_areas"));

    // None takes it away again.
    menu.reset(styleMenu->menuFor(QStringLiteral("survey_areas"), &window));
    menu->findChild<QAction *>(QStringLiteral("surveyChoropleth_0"))->trigger();
    CHECK_FALSE(layerOf<render::SurveyChoroplethLayer>(window, "survey_areas"));
    CHECK_FALSE(window.canvas()->visibleLayers().contains(QStringLiteral("survey_areas")));
}
