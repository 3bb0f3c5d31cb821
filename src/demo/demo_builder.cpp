#include "demo/demo_builder.h"

#include "core/local_clock.h"
#include "demo/demo_geography.h"
#include "demo/demo_incidents.h"
#include "demo/demo_interventions.h"
#include "demo/demo_random.h"
#include "demo/demo_surveys.h"
#include "demo/demo_walks.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace lb::demo {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::demo::DemoBuilder)
};

Status fillStore(store::Store &store, const DemoOptions &options, Feedback &feedback)
{
    Random random(options.seed);
    feedback.setProgress(5, Tr::tr("Drawing the municipality and its districts…"));
    auto geography = buildGeography(options.epsg, random);
    if (!geography)
        return geography.error();
    Geography &geo = *geography;

    store::Transaction tx(store.database());
    std::vector<Area> areas;
    std::int64_t population = 0;
    for (const Area &d : geo.districts)
        population += d.population;
    areas.push_back({0, geo.outline, QStringLiteral("Södertälje kommun"), QStringLiteral("municipality"), population});
    areas.insert(areas.end(), geo.districts.begin(), geo.districts.end());
    if (Status s = store.insertAreas(areas); !s)
        return s;
    std::vector<FeatureId> districtIds;
    for (size_t i = 1; i < areas.size(); ++i)
        districtIds.push_back(areas[i].id);
    if (Status s = store.insertBaseFeatures(QStringLiteral("base_water"), geo.water); !s)
        return s;
    if (Status s = store.insertBaseFeatures(QStringLiteral("base_roads"), geo.roads); !s)
        return s;
    if (feedback.isCanceled())
        return Error{Tr::tr("Canceled.")};

    feedback.setProgress(20, Tr::tr("Writing five years of incidents…"));
    const LocalClock clock(store.timeZone());
    std::vector<Incident> incidents = generateIncidents(geo, clock, IncidentPlan{}, options.epsg, random);
    if (Status s = store.insertIncidents(incidents); !s)
        return s;
    if (feedback.isCanceled())
        return Error{Tr::tr("Canceled.")};

    feedback.setProgress(70, Tr::tr("Writing survey rounds…"));
    for (SurveyRound &round : generateSurveys(geo, options.epsg, random)) {
        auto surveyId = store.insertSurvey(round.survey);
        if (!surveyId)
            return surveyId.error();
        for (SurveyPin &p : round.pins)
            p.surveyId = *surveyId;
        for (SurveyAnswer &a : round.answers) {
            a.surveyId = *surveyId;
            a.areaId = districtIds.at(static_cast<size_t>(a.areaId));
        }
        if (Status s = store.insertSurveyPins(round.pins); !s)
            return s;
        if (Status s = store.insertSurveyAnswers(round.answers); !s)
            return s;
    }

    feedback.setProgress(85, Tr::tr("Writing safety walks…"));
    for (WalkPlan &plan : generateWalks(geo, options.epsg, random)) {
        plan.walk.areaId = plan.walk.areaId >= 0 ? districtIds.at(static_cast<size_t>(plan.walk.areaId)) : 0;
        auto walkId = store.insertWalk(plan.walk);
        if (!walkId)
            return walkId.error();
        for (WalkFinding &f : plan.findings)
            f.walkId = *walkId;
        if (Status s = store.insertWalkFindings(plan.findings); !s)
            return s;
    }
    if (Status s = addDemoInterventions(store, areas, options.epsg); !s)
        return s;
    if (Status s = store.setMetaValue(QStringLiteral("demo_seed"), QString::number(options.seed)); !s)
        return s;
    feedback.setProgress(95, Tr::tr("Saving…"));
    return tx.commit();
}

} // namespace

Status buildDemoStore(const QString &path, const DemoOptions &options, Feedback &feedback)
{
    if (QFileInfo::exists(path))
        return Error{Tr::tr("%1 already exists; choose another file name.").arg(path)};
    const QString tmpPath = path + QStringLiteral(".demo-tmp");
    const auto removeTmp = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(tmpPath + suffix);
    };
    removeTmp();
    Status status;
    {
        store::StoreOptions storeOptions;
        storeOptions.epsg = options.epsg;
        storeOptions.name = QStringLiteral("Södertälje (demo)");
        auto store = store::Store::create(tmpPath, storeOptions);
        if (!store)
            return store.error();
        status = fillStore(**store, options, feedback);
        if (status)
            status = (*store)->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (status && !QFile::rename(tmpPath, path))
        status = Error{Tr::tr("Cannot write %1.").arg(path)};
    removeTmp();
    if (status)
        feedback.setProgress(100, Tr::tr("The demo store is ready."));
    return status;
}

} // namespace lb::demo
