// lagesbild-cli upgrade STORE: brings a store of an older schema up to this program's schema,
// keeping a copy of the old file beside it first, and writes the map snapshot of a large store.

#include "cli/cli_support.h"
#include "store/point_snapshot.h"
#include "store/schema.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Upgrade)
};
} // namespace

int runUpgrade(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Upgrade a store of an older schema to this program's; a copy of the old file is kept beside it."));
    addStoreArgument(parser);
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("upgrade"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("upgrade needs exactly one store file.") << '\n';
        return 2;
    }
    // Opening for writing upgrades, and says so (with the copy's name) among the open notes.
    auto store = openStore(parser.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    if (store->isReadOnly())
        return 1;
    if (store->upgradeBackup().isEmpty())
        io.out
            << Tr::tr("%1 already uses schema %2; nothing to upgrade.").arg(store->path()).arg(store->schemaVersion())
            << '\n';
    else
        io.out << Tr::tr("Upgraded %1 to schema %2; the old file is kept as %3.")
                      .arg(store->path())
                      .arg(store->schemaVersion())
                      .arg(store->upgradeBackup())
               << '\n';
    // The map snapshot lets the app and `render` read a large store's incidents without its rows.
    if (store::wantsPointSnapshot(*store)) {
        if (auto written = store::writePointSnapshot(*store); !written) {
            io.err << written.errorMessage() << '\n';
            return 1;
        }
        io.out << Tr::tr("Wrote the map snapshot of %1.").arg(store->path()) << '\n';
    }
    return 0;
}

} // namespace lb::cli
