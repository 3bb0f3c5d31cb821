#include "cli/walk_command.h"

#include "cli/walk_plan_commands.h"

#include <QCoreApplication>

namespace lb::cli {

// Print and follow up (walk_print_command.cpp, walk_followup_command.cpp).
int runWalkPrint(const QStringList &args, CommandIo io);
int runWalkFollowup(const QStringList &args, CommandIo io);

namespace {
struct WalkTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Walk)
};
} // namespace

const std::vector<WalkSubcommand> &walkSubcommands()
{
    static const std::vector<WalkSubcommand> list = {
        // Planning and recording a walk from its table (walk_plan_command.cpp, walk_points_command.cpp,
        // walk_table_command.cpp).
        {"create", runWalkCreate, QT_TRANSLATE_NOOP("lb::cli::Walk", "create a walk: date, name, district or route")},
        {"list", runWalkList, QT_TRANSLATE_NOOP("lb::cli::Walk", "list the walks")},
        {"plan", runWalkPlan, QT_TRANSLATE_NOOP("lb::cli::Walk", "propose a walk's points (--save keeps them)")},
        {"points", runWalkPoints, QT_TRANSLATE_NOOP("lb::cli::Walk", "list a walk's planned points")},
        {"points-edit", runWalkPointsEdit, QT_TRANSLATE_NOOP("lb::cli::Walk", "add, remove or move a planned point")},
        {"table", runWalkTable, QT_TRANSLATE_NOOP("lb::cli::Walk", "write the walk's table to fill in (XLSX, CSV)")},
        {"import-table", runWalkImportTable,
         QT_TRANSLATE_NOOP("lb::cli::Walk", "read the filled-in table back as findings")},
        // Print and follow up.
        {"print", runWalkPrint, QT_TRANSLATE_NOOP("lb::cli::Walk", "print the walk map and the notes table to carry")},
        {"followup", runWalkFollowup,
         QT_TRANSLATE_NOOP("lb::cli::Walk", "list what each responsible organisation has open, as PDF, CSV or XLSX")},
    };
    return list;
}

int runWalk(const QStringList &args, CommandIo io)
{
    const QString sub = args.value(0);
    for (const WalkSubcommand &s : walkSubcommands())
        if (sub == QLatin1String(s.name))
            return s.run(args.mid(1), io);
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QTextStream &stream = help ? io.out : io.err;
    stream << WalkTr::tr("Usage: lagesbild-cli walk SUBCOMMAND STORE [options]") << "\n\n"
           << WalkTr::tr("Plan, print, record and follow up safety walks. Subcommands:") << '\n';
    for (const WalkSubcommand &s : walkSubcommands())
        stream << QStringLiteral("  %1  ").arg(QString::fromLatin1(s.name), -14) << WalkTr::tr(s.summary) << '\n';
    stream << WalkTr::tr("Run a subcommand with --help for its options.") << '\n';
    return help ? 0 : 2;
}

} // namespace lb::cli
