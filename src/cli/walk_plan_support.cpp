#include "cli/walk_plan_support.h"

#include "cli/cli_support.h"
#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace lb::cli {

namespace {
struct WalkPlanTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::WalkPlan)
};

std::optional<double> coordinate(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}
} // namespace

std::optional<PointXY> parsePoint(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[,\\s]+"));
    const QStringList parts = text.trimmed().split(separator, Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return std::nullopt;
    const auto x = coordinate(parts[0]), y = coordinate(parts[1]);
    if (!x || !y)
        return std::nullopt;
    return PointXY{*x, *y};
}

std::optional<LineString> parseRoute(const QString &text)
{
    LineString route;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList parts = pair.trimmed().split(space, Qt::SkipEmptyParts);
        if (parts.size() != 2)
            return std::nullopt;
        const auto x = coordinate(parts[0]), y = coordinate(parts[1]);
        if (!x || !y)
            return std::nullopt;
        route.push_back({*x, *y});
    }
    if (route.size() < 2)
        return std::nullopt;
    return route;
}

std::optional<Walk> walkById(const store::Store &store, const QString &idText, CommandIo io, int *exitCode)
{
    bool ok = false;
    const FeatureId id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        io.err << WalkPlanTr::tr("--walk takes the walk's number, as walk list prints it, not %1.").arg(idText) << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    auto walks = store.walks();
    if (!walks) {
        io.err << walks.errorMessage() << '\n';
        *exitCode = 1;
        return std::nullopt;
    }
    for (const Walk &w : *walks)
        if (w.id == id)
            return w;
    io.err << WalkPlanTr::tr("There is no walk %1 in the store; walk list shows the walks.").arg(id) << '\n';
    *exitCode = 2;
    return std::nullopt;
}

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
        return Error{WalkPlanTr::tr("The walk %1 has neither a route nor a district; give it one with walk create.")
                         .arg(walk.name)};
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
        return WalkPlanTr::tr("Open finding");
    case WalkPointReason::UnsafePlace:
        return WalkPlanTr::tr("Unsafe place");
    case WalkPointReason::IncidentCluster:
        return WalkPlanTr::tr("Incident cluster");
    case WalkPointReason::ServiceReport:
        return WalkPlanTr::tr("E-service report");
    case WalkPointReason::Added:
        break;
    }
    return WalkPlanTr::tr("Added by hand");
}

void printPlan(const WalkPlan &plan, QTextStream &out)
{
    int sourceWidth = 0, placeWidth = 0;
    for (const WalkPoint &p : plan) {
        sourceWidth = std::max(sourceWidth, static_cast<int>(reasonLabel(p.reason).size()));
        placeWidth = std::max(placeWidth, static_cast<int>(p.place.size()));
    }
    const QString source = WalkPlanTr::tr("Source"), place = WalkPlanTr::tr("Place");
    sourceWidth = std::max(sourceWidth, static_cast<int>(source.size()));
    placeWidth = std::max(placeWidth, static_cast<int>(place.size()));
    const auto line = [&](const QString &nr, const QString &s, const QString &pl, const QString &why,
                          const QString &at) {
        const QString gap = QStringLiteral("  ");
        out << nr.rightJustified(3) + gap + s.leftJustified(sourceWidth) + gap + pl.leftJustified(placeWidth) + gap +
                   why + gap + at
            << '\n';
    };
    line(WalkPlanTr::tr("No."), source, place, WalkPlanTr::tr("Why"), QStringLiteral("(X, Y)"));
    for (const WalkPoint &p : plan)
        line(QString::number(p.number), reasonLabel(p.reason), p.place, p.why,
             QStringLiteral("(%1, %2)")
                 .arg(QString::number(p.position.x, 'f', 0), QString::number(p.position.y, 'f', 0)));
}

} // namespace lb::cli
