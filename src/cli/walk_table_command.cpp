// lagesbild-cli walk table|import-table STORE --walk ID ...: the walk's table as a spreadsheet to
// fill in, and the filled-in table back as findings at the walk's points.

#include "cli/cli_support.h"
#include "cli/walk_plan_commands.h"
#include "cli/walk_plan_support.h"
#include "io/walk_table.h"
#include "store/walk_store.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct WalkTableTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::WalkTable)
};

QCommandLineOption walkOption()
{
    return {QStringLiteral("walk"), WalkTableTr::tr("The walk's number, as walk list prints it."),
            QStringLiteral("ID")};
}
} // namespace

int runWalkTable(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalkTableTr::tr(
        "Writes the walk's table: one row per planned point with Nr, Plats and Skäl, and the empty columns "
        "Iakttagelse, Typ, Ansvarig and Förslag till åtgärd to fill in. walk import-table reads it back."));
    addStoreArgument(p);
    const QCommandLineOption walk = walkOption();
    const QCommandLineOption out(QStringLiteral("out"), WalkTableTr::tr("The table to write (.xlsx or .csv)."),
                                 QStringLiteral("FILE"));
    p.addOptions({walk, out});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk table"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(walk) || !p.isSet(out)) {
        io.err << WalkTableTr::tr("walk table needs a store, --walk ID and --out FILE.xlsx.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(out), {QStringLiteral("xlsx"), QStringLiteral("csv")}, io))
        return 2;
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
        io.err << WalkTableTr::tr("The walk %1 has no planned points; walk plan --save proposes them.").arg(w->name)
               << '\n';
        return 2;
    }
    if (Status s = io::writeWalkTable(p.value(out), *plan); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    io.out << WalkTableTr::tr("Wrote %1 rows to %2.").arg(number(static_cast<qint64>(plan->size())), p.value(out))
           << '\n';
    return 0;
}

int runWalkImportTable(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalkTableTr::tr(
        "Reads a walk's filled-in table (XLSX or CSV) back: each row with an observation (Iakttagelse) becomes "
        "a finding at its point (matched by Nr), of the kind in Typ (a code or a Swedish or English name), with "
        "Ansvarig as responsible and Förslag till åtgärd in the description. Rows that cannot be stored are "
        "listed with their row number and the reason; nothing is stored twice."));
    addStoreArgument(p);
    p.addPositionalArgument(QStringLiteral("FILE"), WalkTableTr::tr("The filled-in table."));
    const QCommandLineOption walk = walkOption();
    const QCommandLineOption author(QStringLiteral("author"),
                                    WalkTableTr::tr("Name for the edit log (default: the user's login)."),
                                    QStringLiteral("NAME"));
    p.addOptions({walk, author});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk import-table"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 2 || !p.isSet(walk)) {
        io.err << WalkTableTr::tr("walk import-table needs a store, --walk ID and the table.") << '\n';
        return 2;
    }
    auto store = openStore(p.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    const auto w = walkById(*store, p.value(walk), io, &rc);
    if (!w)
        return rc;
    auto result = io::importWalkTable(*store, *w, p.positionalArguments().at(1), p.value(author));
    if (!result) {
        io.err << result.errorMessage() << '\n';
        return 1;
    }
    for (const io::WalkTableRejection &r : result->rejected)
        io.err << WalkTableTr::tr("Row %1: %2").arg(QString::number(r.row), r.reason) << '\n';
    io.out << WalkTableTr::tr("%1 rows with text: %2 findings stored, %3 stored before, %4 rejected.")
                  .arg(number(result->rowsWithText), number(result->stored), number(result->alreadyStored),
                       number(static_cast<qint64>(result->rejected.size())))
           << '\n';
    return result->rejected.empty() ? 0 : 1;
}

} // namespace lb::cli
