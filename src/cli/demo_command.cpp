// lagesbild-cli demo --out FILE [--seed N]: writes the deterministic demo store.

#include "cli/cli_support.h"
#include "demo/demo_builder.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Demo)
};
} // namespace

int runDemo(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write the demo store: Södertälje with districts, a background map, "
                                            "five years of incidents, three survey rounds and three safety walks."));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("The store file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Tr::tr("Random seed (default 1)."), QStringLiteral("N"),
                                        QStringLiteral("1"));
    parser.addOption(outOption);
    parser.addOption(seedOption);
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("demo"), args, io, &rc))
        return rc;
    if (!parser.isSet(outOption)) {
        io.err << Tr::tr("demo needs --out FILE.") << '\n';
        return 2;
    }
    if (!outputFormat(parser.value(outOption), {QStringLiteral("gpkg")}, io))
        return 2;
    bool ok = false;
    const uint seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        io.err << Tr::tr("--seed must be a non-negative whole number.") << '\n';
        return 2;
    }
    Feedback feedback;
    demo::DemoOptions options;
    options.seed = seed;
    const Status status = demo::buildDemoStore(parser.value(outOption), options, feedback);
    if (!status) {
        io.err << status.errorMessage() << '\n';
        return 1;
    }
    io.out << Tr::tr("Wrote the demo store to %1.").arg(parser.value(outOption)) << '\n';
    return 0;
}

} // namespace lb::cli
