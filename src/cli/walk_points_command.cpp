// lagesbild-cli walk points|points-edit STORE --walk ID ...: list a walk's planned points, and add,
// remove or move one of them (the others are renumbered in walking order).

#include "cli/cli_support.h"
#include "cli/walk_plan_commands.h"
#include "cli/walk_plan_support.h"
#include "store/walk_store.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct WalkPointsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::WalkPoints)
};

QCommandLineOption walkOption()
{
    return {QStringLiteral("walk"), WalkPointsTr::tr("The walk's number, as walk list prints it."),
            QStringLiteral("ID")};
}

// A point number from 1 to `last`, or nothing after printing the problem.
std::optional<int> pointNumber(const QCommandLineParser &p, const QCommandLineOption &o, int last, CommandIo io)
{
    bool ok = false;
    const int n = p.value(o).toInt(&ok);
    if (!ok || n < 1 || n > last) {
        io.err << WalkPointsTr::tr("--%1 takes a point number from 1 to %2, not %3.")
                      .arg(o.names().first(), QString::number(last), p.value(o))
               << '\n';
        return std::nullopt;
    }
    return n;
}
} // namespace

int runWalkPoints(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalkPointsTr::tr("Lists a walk's planned points in walking order."));
    addStoreArgument(p);
    const QCommandLineOption walk = walkOption();
    p.addOption(walk);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk points"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(walk)) {
        io.err << WalkPointsTr::tr("walk points needs a store and --walk ID.") << '\n';
        return 2;
    }
    auto store = openStore(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    const auto w = walkById(*store, p.value(walk), io, &rc);
    if (!w)
        return rc;
    auto plan = store::WalkStore(*store).walkPoints(w->id);
    if (!plan) {
        io.err << plan.errorMessage() << '\n';
        return 1;
    }
    if (plan->empty()) {
        io.out << WalkPointsTr::tr("The walk %1 has no planned points; walk plan --save proposes them.").arg(w->name)
               << '\n';
        return 0;
    }
    printPlan(*plan, io.out);
    return 0;
}

int runWalkPointsEdit(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalkPointsTr::tr(
        "Changes a walk's plan by one point: --add X,Y adds a point (at the end, or as number --at N) with "
        "--place and --why; --remove N removes point N; --move N --to M moves point N to number M. The other "
        "points are renumbered."));
    addStoreArgument(p);
    const QCommandLineOption walk = walkOption();
    const QCommandLineOption add(QStringLiteral("add"), WalkPointsTr::tr("Add a point at X,Y (store coordinates)."),
                                 QStringLiteral("X,Y"));
    const QCommandLineOption place(QStringLiteral("place"), WalkPointsTr::tr("The added point's place."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption why(QStringLiteral("why"), WalkPointsTr::tr("Why the added point is on the list."),
                                 QStringLiteral("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"), WalkPointsTr::tr("The added point's number (default: last)."),
                                QStringLiteral("N"));
    const QCommandLineOption remove(QStringLiteral("remove"), WalkPointsTr::tr("Remove point N."), QStringLiteral("N"));
    const QCommandLineOption move(QStringLiteral("move"), WalkPointsTr::tr("Move point N (with --to)."),
                                  QStringLiteral("N"));
    const QCommandLineOption to(QStringLiteral("to"), WalkPointsTr::tr("The moved point's new number."),
                                QStringLiteral("M"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    WalkPointsTr::tr("Name for the edit log (default: the user's login)."),
                                    QStringLiteral("NAME"));
    p.addOptions({walk, add, place, why, at, remove, move, to, author});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk points-edit"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(walk)) {
        io.err << WalkPointsTr::tr("walk points-edit needs a store and --walk ID.") << '\n';
        return 2;
    }
    if (conflicting(p, add, remove, io) || conflicting(p, add, move, io) || conflicting(p, remove, move, io))
        return 2;
    if (!p.isSet(add) && !p.isSet(remove) && !p.isSet(move)) {
        io.err << WalkPointsTr::tr("Say what to change: --add X,Y, --remove N or --move N --to M.") << '\n';
        return 2;
    }
    if (p.isSet(move) != p.isSet(to)) {
        io.err << WalkPointsTr::tr("--move and --to go together.") << '\n';
        return 2;
    }
    for (const QCommandLineOption *o : {&place, &why, &at})
        if (p.isSet(*o) && !p.isSet(add)) {
            io.err << WalkPointsTr::tr("--%1 goes with --add.").arg(o->names().first()) << '\n';
            return 2;
        }
    std::optional<PointXY> position;
    if (p.isSet(add) && !(position = parsePoint(p.value(add)))) {
        io.err
            << WalkPointsTr::tr("--add takes a position as X,Y in the store's coordinates, not %1.").arg(p.value(add))
            << '\n';
        return 2;
    }
    auto store = openStore(p.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    const auto w = walkById(*store, p.value(walk), io, &rc);
    if (!w)
        return rc;
    store::WalkStore walks(*store);
    auto plan = walks.walkPoints(w->id);
    if (!plan) {
        io.err << plan.errorMessage() << '\n';
        return 1;
    }
    const int size = static_cast<int>(plan->size());
    if (p.isSet(add)) {
        WalkPoint point;
        point.position = *position;
        point.place = p.value(place);
        point.why = p.value(why);
        point.reason = WalkPointReason::Added;
        int index = size;
        if (p.isSet(at)) {
            const auto n = pointNumber(p, at, size + 1, io);
            if (!n)
                return 2;
            index = *n - 1;
        }
        plan->insert(plan->begin() + index, point);
    } else if (p.isSet(remove)) {
        const auto n = pointNumber(p, remove, size, io);
        if (!n)
            return 2;
        plan->erase(plan->begin() + (*n - 1));
    } else {
        const auto from = pointNumber(p, move, size, io);
        const auto target = from ? pointNumber(p, to, size, io) : std::nullopt;
        if (!from || !target)
            return 2;
        WalkPoint point = (*plan)[static_cast<std::size_t>(*from - 1)];
        plan->erase(plan->begin() + (*from - 1));
        plan->insert(plan->begin() + (*target - 1), point);
    }
    if (Status s = walks.setWalkPoints(w->id, *plan, p.value(author)); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    auto saved = walks.walkPoints(w->id);
    if (!saved) {
        io.err << saved.errorMessage() << '\n';
        return 1;
    }
    printPlan(*saved, io.out);
    return 0;
}

} // namespace lb::cli
