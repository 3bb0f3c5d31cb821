// lagesbild-cli check STORE: verifies every page, index and constraint of a store (PRAGMA
// integrity_check). Opening for writing verifies only when the file may have changed since a
// writer closed it cleanly; this command verifies whenever it is asked.

#include "cli/cli_support.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Check)
};
} // namespace

int runCheck(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Verify every page, index and constraint of a store."));
    parser.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The store (a .gpkg file)."));
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("check"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("check needs exactly one store file.") << '\n';
        return 2;
    }
    // Read-only: the check changes nothing, and a damaged store still opens for it.
    auto store = openStore(parser.positionalArguments().first(), io, store::Store::Mode::ReadOnly);
    if (!store)
        return 1;
    auto problems = store->verify();
    if (!problems) {
        io.err << Tr::tr("%1 could not be checked: %2").arg(store->path(), problems.errorMessage()) << '\n';
        return 1;
    }
    if (problems->isEmpty()) {
        io.out << Tr::tr("%1 is sound: every page, index and constraint checked.").arg(store->path()) << '\n';
        return 0;
    }
    io.out << Tr::tr("%1 is damaged; restore it from a backup. Problems found:").arg(store->path()) << '\n';
    for (const QString &p : *problems)
        io.out << "  " << p << '\n';
    return 1;
}

} // namespace lb::cli
