#include "app/layer_style_menu.h"

#include "app/main_window.h"
#include "render/survey_choropleth_layer.h"

#include <QActionGroup>
#include <QMenu>

namespace lb::app {

LayerStyleMenu::LayerStyleMenu(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("layerStyleMenu"));
}

LayerStyleMenu *LayerStyleMenu::install(MainWindow *window)
{
    // The layer list's context menu (LayerStateController) adds menuFor()'s submenu to its own.
    return new LayerStyleMenu(window);
}

QMenu *LayerStyleMenu::menuFor(const QString &layerId, QWidget *parent) const
{
    const auto data = m_window->mapData();
    if (!data)
        return nullptr;
    const render::MapStyles current = m_window->mapStyles();
    if (layerId == QLatin1String("incidents")) {
        auto *menu = new QMenu(tr("Draw incidents as"), parent);
        menu->setObjectName(QStringLiteral("incidentStyleMenu"));
        auto *group = new QActionGroup(menu);
        for (const render::IncidentStyle style :
             {render::IncidentStyle::Points, render::IncidentStyle::Clusters, render::IncidentStyle::Hexagons,
              render::IncidentStyle::Automatic, render::IncidentStyle::Heat}) {
            QAction *a = menu->addAction(render::incidentStyleLabel(style));
            a->setObjectName(QStringLiteral("incidentStyle_") + render::incidentStyleName(style));
            a->setCheckable(true);
            a->setChecked(current.incidents == style);
            group->addAction(a);
            connect(a, &QAction::triggered, m_window, [window = m_window, style] {
                render::MapStyles styles = window->mapStyles();
                styles.incidents = style;
                window->setMapStyles(styles);
            });
        }
        return menu;
    }
    if (layerId == QLatin1String("survey_pins") || layerId == QLatin1String("survey_areas")) {
        auto *menu = new QMenu(tr("Survey answers per district"), parent);
        menu->setObjectName(QStringLiteral("surveyChoroplethMenu"));
        auto *group = new QActionGroup(menu);
        const auto add = [&](const QString &label, std::int64_t surveyId) {
            QAction *a = menu->addAction(label);
            a->setObjectName(QStringLiteral("surveyChoropleth_%1").arg(surveyId));
            a->setCheckable(true);
            a->setChecked(current.choroplethSurvey == surveyId);
            group->addAction(a);
            connect(a, &QAction::triggered, m_window, [window = m_window, surveyId] {
                render::MapStyles styles = window->mapStyles();
                styles.choroplethSurvey = surveyId;
                window->setMapStyles(styles);
            });
        };
        add(tr("None"), 0);
        for (const Survey &s : data->surveys) {
            const bool answered =
                std::any_of(data->surveyAnswers.begin(), data->surveyAnswers.end(), [&](const SurveyAnswer &a) {
                    return a.surveyId == s.id && a.indicator == current.choroplethIndicator;
                });
            if (answered)
                add(tr("%1: %2").arg(s.name.isEmpty() ? QString::number(s.year) : s.name,
                                     render::SurveyChoroplethLayer::indicatorLabel(current.choroplethIndicator)),
                    s.id);
        }
        return menu;
    }
    return nullptr;
}

} // namespace lb::app
