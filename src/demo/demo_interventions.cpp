#include "demo/demo_interventions.h"

#include "demo/demo_geography.h"
#include "store/intervention_store.h"
#include "store/store.h"

namespace lb::demo {

Status addDemoInterventions(store::Store &store, const std::vector<Area> &districts, int epsg)
{
    store::InterventionStore interventions(store);
    const QString author = QStringLiteral("demo");

    Intervention lighting;
    lighting.name = QStringLiteral("Ny belysning och röjning vid Järna station");
    lighting.kind = QStringLiteral("lighting");
    auto station = project(17.5640, 59.0935, epsg);
    if (!station)
        return station.error();
    lighting.point = *station;
    lighting.radius = 250.0;
    lighting.startsOn = QDate(2023, 1, 1);
    lighting.endsOn = QDate(2023, 2, 28);
    lighting.organisation = QStringLiteral("Samhällsbyggnadsförvaltningen");
    lighting.cost = 850000.0;
    lighting.description =
        QStringLiteral("LED-belysning i gångtunneln och på perrongen, buskar röjda längs gångvägen.");
    if (auto id = interventions.insert(lighting, author); !id)
        return id.error();

    Intervention cameras;
    cameras.name = QStringLiteral("Kamerabevakning i centrum");
    cameras.kind = QStringLiteral("camera");
    auto centre = project(17.6270, 59.1965, epsg);
    if (!centre)
        return centre.error();
    cameras.point = *centre;
    cameras.radius = 200.0;
    cameras.startsOn = QDate(2024, 3, 1);
    cameras.organisation = QStringLiteral("Polisen och kommunen");
    cameras.cost = 1200000.0;
    cameras.description = QStringLiteral("Sex kameror runt torget och busstationen.");
    if (auto id = interventions.insert(cameras, author); !id)
        return id.error();

    Intervention assistants;
    assistants.name = QStringLiteral("Fältassistenter i Hovsjö");
    assistants.kind = QStringLiteral("field_assistants");
    assistants.shape = InterventionShape::Districts;
    for (const Area &d : districts)
        if (d.name == QStringLiteral("Hovsjö"))
            assistants.areaIds.push_back(d.id);
    if (assistants.areaIds.empty())
        return {}; // a demo geography without Hovsjö: nothing to place it in
    assistants.startsOn = QDate(2025, 1, 1);
    assistants.organisation = QStringLiteral("Socialförvaltningen");
    assistants.cost = 1600000.0;
    assistants.description = QStringLiteral("Två fältassistenter kvällar och helger.");
    if (auto id = interventions.insert(assistants, author); !id)
        return id.error();
    return {};
}

} // namespace lb::demo
