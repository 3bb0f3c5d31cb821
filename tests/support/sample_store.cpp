#include "support/sample_store.h"

#include "store/store.h"

#include <QDate>
#include <QTimeZone>

namespace lb::test {

namespace {
MultiPolygon rectangle(double x0, double y0, double x1, double y1)
{
    return {Polygon{{LinearRing{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}}};
}

Instant utc(int year, int month, int day)
{
    return toInstant(QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc()));
}
} // namespace

Extent sampleExtent()
{
    return {sample::minX, sample::minY, sample::maxX, sample::maxY};
}

Status createSampleStore(const QString &path)
{
    store::StoreOptions options;
    options.name = QStringLiteral("Provkommun");
    auto created = store::Store::create(path, options);
    if (!created)
        return created.error();
    store::Store &st = **created;
    using namespace sample;

    std::vector<Area> areas = {
        {0, rectangle(minX, minY, maxX, maxY), QStringLiteral("Provkommun"), QStringLiteral("municipality"), 0},
        {0, rectangle(minX, minY, districtSplitX, maxY), QStringLiteral("Väster"), QStringLiteral("district"), 0},
        {0, rectangle(districtSplitX, minY, maxX, maxY), QStringLiteral("Öster"), QStringLiteral("district"), 0},
    };
    if (Status s = st.insertAreas(areas); !s)
        return s;

    std::vector<BaseFeature> water(1);
    water[0].polygons = rectangle(lakeMinX, lakeMinY, lakeMaxX, lakeMaxY);
    water[0].name = QStringLiteral("Provsjön");
    water[0].featureClass = QStringLiteral("lake");
    if (Status s = st.insertBaseFeatures(QStringLiteral("base_water"), water); !s)
        return s;

    // A main road along y = 6 551 000 across the whole municipality.
    std::vector<BaseFeature> roads(1);
    roads[0].lines = {LineString{{minX, 6551000.0}, {maxX, 6551000.0}}};
    roads[0].featureClass = QStringLiteral("main");
    if (Status s = st.insertBaseFeatures(QStringLiteral("base_roads"), roads); !s)
        return s;

    std::vector<Incident> incidents(2);
    incidents[0].position = fireIncident;
    incidents[0].category = QStringLiteral("brand_bil");
    incidents[0].occurredAt = utc(2023, 6, 1);
    incidents[0].source = QStringLiteral("Räddningstjänsten");
    incidents[1].position = graffitiIncident;
    incidents[1].category = QStringLiteral("klotter");
    incidents[1].occurredAt = utc(2021, 3, 1);
    incidents[1].source = QStringLiteral("Kommunen");
    if (Status s = st.insertIncidents(incidents); !s)
        return s;

    auto survey = st.insertSurvey({0, QStringLiteral("Trygghetsmätning 2023"), 2023, QStringLiteral("web map")});
    if (!survey)
        return survey.error();
    std::vector<SurveyPin> pins(1);
    pins[0].position = unsafePin;
    pins[0].surveyId = *survey;
    pins[0].rating = 1;
    pins[0].timeOfDay = TimeOfDay::Evening;
    if (Status s = st.insertSurveyPins(pins); !s)
        return s;

    Walk walk;
    walk.route = {{605500.0, 6555000.0}, {606000.0, 6556000.0}, {607500.0, 6556000.0}};
    walk.date = QDate(2023, 9, 12);
    walk.name = QStringLiteral("Trygghetsvandring Öster");
    auto walkId = st.insertWalk(walk);
    if (!walkId)
        return walkId.error();
    std::vector<WalkFinding> findings(2);
    findings[0].position = openFinding;
    findings[0].walkId = *walkId;
    findings[0].kind = QStringLiteral("belysning");
    findings[0].status = FindingStatus::Open;
    findings[1].position = fixedFinding;
    findings[1].walkId = *walkId;
    findings[1].kind = QStringLiteral("belysning");
    findings[1].status = FindingStatus::Fixed;
    return st.insertWalkFindings(findings);
}

} // namespace lb::test
