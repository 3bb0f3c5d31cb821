#include "render/map_layers.h"

#include "render/base_map_layers.h"
#include "render/centre_stack_layer.h"
#include "render/incident_layer.h"
#include "render/sensitive_area_layer.h"
#include "render/survey_choropleth_layer.h"
#include "render/survey_pin_layer.h"
#include "render/walk_layer.h"

namespace lb::render {

LayerList createStandardLayers(std::shared_ptr<const MapData> data, const MapFilter &filter, const MapStyles &styles)
{
    // Background first; of the data layers, the rare and specific ones (pins, walk findings)
    // lie above the many incidents so they are not buried.
    LayerList layers{
        std::make_shared<MunicipalityLayer>(data),
        std::make_shared<WaterLayer>(data),
        std::make_shared<RoadsLayer>(data),
        std::make_shared<DistrictsLayer>(data),
        std::make_shared<IncidentLayer>(data, filter, styles.incidents, styles.layerStyle(QStringLiteral("incidents"))),
        std::make_shared<CentreStackLayer>(data, filter),
        std::make_shared<SensitiveAreaLayer>(data, filter),
        std::make_shared<SurveyPinLayer>(data, filter, styles.layerStyle(QStringLiteral("survey_pins"))),
        std::make_shared<WalkLayer>(data, filter, styles.layerStyle(QStringLiteral("walks")))};
    if (styles.choroplethSurvey != 0)
        layers.insert(layers.begin() + 3, std::make_shared<SurveyChoroplethLayer>(data, styles.choroplethSurvey,
                                                                                  styles.choroplethIndicator));
    return layers;
}

QStringList standardLayerIds()
{
    return {QStringLiteral("municipality"),        QStringLiteral("water"),       QStringLiteral("roads"),
            QStringLiteral("districts"),           QStringLiteral("incidents"),   QStringLiteral("incidents_centre"),
            QStringLiteral("incidents_sensitive"), QStringLiteral("survey_pins"), QStringLiteral("walks")};
}

} // namespace lb::render
