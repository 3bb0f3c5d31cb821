#include "cli/cli_support.h"

#include <QCoreApplication>

namespace lb::cli {

bool parseArgs(QCommandLineParser &parser, const QString &command, const QStringList &args, CommandIo io, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("lb::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("lagesbild-cli %1").arg(command)} + args)) {
        io.err << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

std::unique_ptr<store::Store> openStore(const QString &path, CommandIo io, store::Store::Mode mode)
{
    auto store = store::Store::open(path, mode);
    if (!store) {
        io.err << store.errorMessage() << '\n';
        return nullptr;
    }
    return std::move(*store);
}

} // namespace lb::cli
