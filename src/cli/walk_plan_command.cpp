// lagesbild-cli walk create|list|plan STORE ...: create a safety walk, list the walks, and propose
// (and save) the points of a walk.

#include "cli/cli_support.h"
#include "cli/walk_plan_commands.h"
#include "cli/walk_plan_support.h"
#include "store/walk_store.h"

#include <QCoreApplication>

#include <map>

namespace lb::cli {

namespace {
struct WalkPlanTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::WalkPlan)
};

QCommandLineOption walkOption()
{
    return {QStringLiteral("walk"), WalkPlanTr::tr("The walk's number, as walk list prints it."), QStringLiteral("ID")};
}

QCommandLineOption authorOption()
{
    return {QStringLiteral("author"), WalkPlanTr::tr("Name for the edit log (default: the user's login)."),
            QStringLiteral("NAME")};
}
} // namespace

int runWalkCreate(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalkPlanTr::tr(
        "Creates a safety walk and prints its number. Give the district it covers (--district) or the route "
        "to walk (--route \"X Y, X Y, ...\" in the store's coordinates), or both; the participating "
        "organisations separated by semicolons."));
    addStoreArgument(p);
    const QCommandLineOption date(QStringLiteral("date"), WalkPlanTr::tr("The day of the walk (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption name(QStringLiteral("name"), WalkPlanTr::tr("The walk's name."), QStringLiteral("NAME"));
    const QCommandLineOption district(QStringLiteral("district"), WalkPlanTr::tr("The district the walk covers."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption route(QStringLiteral("route"), WalkPlanTr::tr("The route: \"X Y, X Y, ...\"."),
                                   QStringLiteral("POINTS"));
    const QCommandLineOption participants(QStringLiteral("participants"),
                                          WalkPlanTr::tr("The organisations taking part: \"A;B;C\"."),
                                          QStringLiteral("LIST"));
    const QCommandLineOption author = authorOption();
    p.addOptions({date, name, district, route, participants, author});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk create"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(date) || !p.isSet(name)) {
        io.err << WalkPlanTr::tr("walk create needs a store, --date and --name.") << '\n';
        return 2;
    }
    Walk walk;
    walk.date = QDate::fromString(p.value(date), Qt::ISODate);
    if (!walk.date.isValid()) {
        io.err << WalkPlanTr::tr("--date takes a day as YYYY-MM-DD, not %1.").arg(p.value(date)) << '\n';
        return 2;
    }
    walk.name = p.value(name);
    walk.participants = p.value(participants);
    if (p.isSet(route)) {
        const auto line = parseRoute(p.value(route));
        if (!line) {
            io.err
                << WalkPlanTr::tr("--route takes two or more points as \"X Y, X Y, ...\", not %1.").arg(p.value(route))
                << '\n';
            return 2;
        }
        walk.route = *line;
    }
    auto store = openStore(p.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    if (p.isSet(district)) {
        auto areas = store->areas();
        if (!areas) {
            io.err << areas.errorMessage() << '\n';
            return 1;
        }
        for (const Area &a : *areas)
            if (a.name.compare(p.value(district), Qt::CaseInsensitive) == 0)
                walk.areaId = a.id;
        if (walk.areaId == 0) {
            io.err << WalkPlanTr::tr("No area called %1 in the store.").arg(p.value(district)) << '\n';
            return 2;
        }
    }
    auto id = store::WalkStore(*store).create(walk, p.value(author));
    if (!id) {
        io.err << id.errorMessage() << '\n';
        return 1;
    }
    io.out << *id << '\n';
    return 0;
}

int runWalkList(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalkPlanTr::tr(
        "Lists the safety walks of a store: number, date, name, district, participants, planned points and "
        "findings."));
    addStoreArgument(p);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk list"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1) {
        io.err << WalkPlanTr::tr("walk list needs a store.") << '\n';
        return 2;
    }
    auto store = openStore(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    auto walks = store->walks();
    auto areas = store->areas();
    auto findings = store->walkFindings();
    if (!walks || !areas || !findings) {
        io.err << (!walks ? walks.errorMessage() : !areas ? areas.errorMessage() : findings.errorMessage()) << '\n';
        return 1;
    }
    std::map<FeatureId, QString> areaName;
    for (const Area &a : *areas)
        areaName[a.id] = a.name;
    std::map<FeatureId, qint64> findingCount;
    for (const WalkFinding &f : *findings)
        ++findingCount[f.walkId];
    store::WalkStore walkStore(*store);
    for (const Walk &w : *walks) {
        auto points = walkStore.walkPoints(w.id);
        if (!points) {
            io.err << points.errorMessage() << '\n';
            return 1;
        }
        io.out << WalkPlanTr::tr("%1  %2  %3  district: %4  participants: %5  points: %6  findings: %7")
                      .arg(QString::number(w.id), w.date.toString(Qt::ISODate), w.name,
                           areaName.count(w.areaId) ? areaName[w.areaId] : QStringLiteral("–"),
                           w.participants.isEmpty() ? QStringLiteral("–") : w.participants,
                           number(static_cast<qint64>(points->size())), number(findingCount[w.id]))
               << '\n';
    }
    return 0;
}

int runWalkPlan(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalkPlanTr::tr(
        "Proposes the points of a walk in walking order: findings of earlier walks still open, places residents "
        "marked unsafe in the latest survey round, incident clusters of the months before the walk and reports "
        "from the e-service, inside the walk's district or near its route. --save stores the proposal as the "
        "walk's plan, replacing the one it had."));
    addStoreArgument(p);
    const QCommandLineOption walk = walkOption();
    const QCommandLineOption max(QStringLiteral("max"), WalkPlanTr::tr("At most this many points (default 15)."),
                                 QStringLiteral("N"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    WalkPlanTr::tr("Incidents of this many months before the walk (default 12)."),
                                    QStringLiteral("N"));
    const QCommandLineOption distance(QStringLiteral("route-distance"),
                                      WalkPlanTr::tr("Metres either side of the route (default 150)."),
                                      QStringLiteral("METRES"));
    const QCommandLineOption service(QStringLiteral("service-sources"),
                                     WalkPlanTr::tr("The incident sources that are the e-service, \"A;B\" (default: "
                                                    "the sources whose name mentions the e-service)."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption save(QStringLiteral("save"), WalkPlanTr::tr("Store the proposal as the walk's plan."));
    const QCommandLineOption author = authorOption();
    p.addOptions({walk, max, months, distance, service, save, author});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk plan"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(walk)) {
        io.err << WalkPlanTr::tr("walk plan needs a store and --walk ID.") << '\n';
        return 2;
    }
    analysis::WalkProposalParameters par;
    const auto whole = [&](const QCommandLineOption &o, int fallback, int least) -> std::optional<int> {
        if (!p.isSet(o))
            return fallback;
        bool ok = false;
        const int v = p.value(o).toInt(&ok);
        if (!ok || v < least) {
            io.err << WalkPlanTr::tr("--%1 takes a whole number from %2, not %3.")
                          .arg(o.names().first(), QString::number(least), p.value(o))
                   << '\n';
            return std::nullopt;
        }
        return v;
    };
    const auto maxPoints = whole(max, 15, 1);
    const auto monthCount = whole(months, par.incidentMonths, 1);
    const auto metres = whole(distance, static_cast<int>(par.routeDistance), 0);
    if (!maxPoints || !monthCount || !metres)
        return 2;
    par.maxPoints = static_cast<std::size_t>(*maxPoints);
    par.incidentMonths = *monthCount;
    par.routeDistance = *metres;
    for (const QString &s : p.value(service).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        par.serviceSources << s.trimmed();

    auto store = openStore(p.positionalArguments().first(), io,
                           p.isSet(save) ? store::Store::Mode::ReadWrite : store::Store::Mode::ReadOnly);
    if (!store)
        return 1;
    const auto w = walkById(*store, p.value(walk), io, &rc);
    if (!w)
        return rc;
    auto proposal = proposeForWalk(*store, *w, par);
    if (!proposal) {
        io.err << proposal.errorMessage() << '\n';
        return 1;
    }
    io.out << WalkPlanTr::tr("Proposed points for the walk %1 on %2:").arg(w->name, w->date.toString(Qt::ISODate))
           << '\n';
    printPlan(proposal->points, io.out);
    const auto &c = proposal->candidates;
    io.out << WalkPlanTr::tr("Candidates: %1 open findings, %2 unsafe places, %3 incident clusters, %4 e-service "
                             "reports; %5 left out by --max.")
                  .arg(number(static_cast<qint64>(c[0])), number(static_cast<qint64>(c[1])),
                       number(static_cast<qint64>(c[2])), number(static_cast<qint64>(c[3])),
                       number(static_cast<qint64>(proposal->leftOut)))
           << '\n';
    io.out << WalkPlanTr::tr("Survey round: %1. E-service: %2. Walk length between the points: %3 m.")
                  .arg(proposal->surveyName.isEmpty() ? QStringLiteral("–") : proposal->surveyName,
                       proposal->serviceSources.isEmpty() ? QStringLiteral("–")
                                                          : proposal->serviceSources.join(QLatin1String("; ")),
                       number(proposal->lengthMetres, 0))
           << '\n';
    if (proposal->sensitiveLeftOut > 0 || proposal->centrePlacedLeftOut > 0)
        io.out << WalkPlanTr::tr("Left out of the clusters: %1 incidents of sensitive categories, %2 placed only "
                                 "at a centre.")
                      .arg(number(static_cast<qint64>(proposal->sensitiveLeftOut)),
                           number(static_cast<qint64>(proposal->centrePlacedLeftOut)))
               << '\n';
    if (p.isSet(save)) {
        store::WalkStore walks(*store);
        auto before = walks.walkPoints(w->id);
        if (!before) {
            io.err << before.errorMessage() << '\n';
            return 1;
        }
        if (Status s = walks.setWalkPoints(w->id, proposal->points, p.value(author)); !s) {
            io.err << s.errorMessage() << '\n';
            return 1;
        }
        io.out << WalkPlanTr::tr("Saved %1 points as the walk's plan (it had %2).")
                      .arg(number(static_cast<qint64>(proposal->points.size())),
                           number(static_cast<qint64>(before->size())))
               << '\n';
    }
    return 0;
}

} // namespace lb::cli
