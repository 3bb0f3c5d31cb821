#include "report/walk_proposal_source.h"

#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::WalkPlan)
};
} // namespace

Result<analysis::WalkProposalResult> proposeForWalk(const store::Store &store, const Walk &walk,
                                                    const analysis::WalkProposalParameters &parameters)
{
    analysis::WalkProposalInput in;
    in.walkDate = walk.date;
    in.walkId = walk.id;
    in.timeZone = store.timeZone();
    auto areas = store.areas();
    if (!areas)
        return areas.error();
    if (walk.route.size() >= 2)
        in.route = walk.route;
    else
        for (const Area &a : *areas)
            if (a.id == walk.areaId)
                in.area = a.geometry;
    if (in.route.empty() && in.area.empty())
        return Error{
            Tr::tr("The walk %1 has neither a route nor a district; give it one with walk create.").arg(walk.name)};
    const Extent extent = in.route.empty() ? extentOf(in.area) : extentOf(in.route).buffered(parameters.routeDistance);

    auto walks = store.walks();
    auto findings = store.walkFindings(0, extent);
    auto surveys = store.surveys();
    auto pins = store.surveyPins(0, extent);
    auto categories = store.categories();
    auto kinds = store.findingKinds();
    auto streets = store.baseFeatures(QStringLiteral("base_roads"), extent.buffered(parameters.placeDistance));
    store::IncidentFilter filter;
    filter.extent = extent;
    filter.span = TimeSpan{
        QDateTime(walk.date.addMonths(-parameters.incidentMonths), QTime(0, 0), store.timeZone()).toSecsSinceEpoch(),
        QDateTime(walk.date, QTime(0, 0), store.timeZone()).toSecsSinceEpoch()};
    auto incidents = store.incidents(filter);
    for (const QString &problem :
         {walks.errorMessage(), findings.errorMessage(), surveys.errorMessage(), pins.errorMessage(),
          categories.errorMessage(), kinds.errorMessage(), streets.errorMessage(), incidents.errorMessage()})
        if (!problem.isEmpty())
            return Error{problem};
    in.walks = *walks;
    in.findings = *findings;
    in.surveys = *surveys;
    in.pins = *pins;
    in.incidents = *incidents;
    in.streets = *streets;
    for (const Category &c : *categories) {
        in.categoryLabels[c.code] = localizedLabel(c.labelSv, c.labelEn);
        if (c.sensitive)
            in.sensitiveCategories.insert(c.code);
    }
    for (const FindingKind &k : *kinds)
        in.kindLabels[k.code] = localizedLabel(k.labelSv, k.labelEn);
    Feedback feedback;
    return analysis::proposeWalkPoints(in, parameters, feedback);
}

QString reasonLabel(WalkPointReason reason)
{
    switch (reason) {
    case WalkPointReason::OpenFinding:
        return Tr::tr("Open finding");
    case WalkPointReason::UnsafePlace:
        return Tr::tr("Unsafe place");
    case WalkPointReason::IncidentCluster:
        return Tr::tr("Incident cluster");
    case WalkPointReason::ServiceReport:
        return Tr::tr("E-service report");
    case WalkPointReason::Added:
        break;
    }
    return Tr::tr("Added by hand");
}

} // namespace lb::report
