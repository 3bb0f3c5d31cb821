// lagesbild-cli fetch-police STORE [--url BASE] [--location NAME]: downloads the Swedish Police's
// current events for the store's municipality (or the place given), saves the response beside the
// store and imports the events it does not have yet. The only command that uses the network, and
// only when it is run.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "io/police_fetch.h"
#include "store/store.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Import)
};
} // namespace

int runFetchPolice(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Download the police's current events for the store's municipality and import the new ones."));
    parser.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The store."));
    const io::PoliceFetchOptions defaults;
    const QCommandLineOption urlOpt(QStringLiteral("url"), Tr::tr("The events API (default %1).").arg(defaults.baseUrl),
                                    QStringLiteral("BASE"));
    const QCommandLineOption locationOpt(
        QStringLiteral("location"),
        Tr::tr("The place as the police name it, e.g. \"Stockholms län\" (default: the store's municipality)."),
        QStringLiteral("NAME"));
    parser.addOptions({urlOpt, locationOpt});
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("fetch-police"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("fetch-police needs exactly one store.") << '\n';
        return 2;
    }
    auto store = openStore(parser.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    if (store->isReadOnly()) {
        io.err << Tr::tr("Nothing was imported or undone.") << '\n';
        return 1;
    }
    io::PoliceFetchOptions options;
    if (parser.isSet(urlOpt))
        options.baseUrl = parser.value(urlOpt);
    options.location = parser.value(locationOpt);
    Feedback feedback;
    auto fetched = io::fetchPoliceEvents(*store, options, feedback);
    if (!fetched) {
        io.err << fetched.errorMessage() << '\n';
        return 1;
    }
    const io::ImportSummary &s = fetched->summary;
    io.out << Tr::tr("Fetched %1").arg(fetched->url.toString()) << '\n';
    io.out << Tr::tr("Saved as %1").arg(fetched->savedFile) << '\n';
    io.out << Tr::tr("Events in the answer: %1").arg(fetched->events) << '\n';
    if (fetched->events == 0)
        return 0;
    io.out << Tr::tr("Batch: %1").arg(s.batchId) << '\n';
    io.out << Tr::tr("New events imported: %1").arg(s.accepted) << '\n';
    io.out << Tr::tr("Already in the store: %1").arg(s.duplicates) << '\n';
    io.out << Tr::tr("Rejected: %1").arg(s.rejected) << '\n';
    for (auto it = s.unknownValues.begin(); it != s.unknownValues.end(); ++it)
        io.out << "  "
               << Tr::tr("Unknown event type \"%1\": %n row(s)", nullptr, static_cast<int>(it.value())).arg(it.key())
               << '\n';
    if (Status c = store->checkpoint(); !c) {
        io.err << c.errorMessage() << '\n';
        return 1;
    }
    return 0;
}

} // namespace lb::cli
