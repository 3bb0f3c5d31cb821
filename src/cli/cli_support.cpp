#include "cli/cli_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace lb::cli {

namespace {
// How long a command waits for another program to finish writing to its store.
constexpr int kBusyWaitSeconds = 60;
} // namespace

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
    store::OpenRefusal refusal;
    auto store = store::Store::open(path, mode, &refusal);
    if (!store && refusal.kind == store::OpenRefusal::Kind::Busy) {
        // Another import is writing: wait for it, as a user would, but not forever.
        io.err << QCoreApplication::translate("lb::cli", "%1 is busy: another program is writing to it. Waiting up "
                                                         "to %2 seconds for it to finish…")
                      .arg(path)
                      .arg(kBusyWaitSeconds)
               << '\n';
        io.err.flush();
        const QDeadlineTimer deadline(kBusyWaitSeconds * 1000);
        while (!store && refusal.kind == store::OpenRefusal::Kind::Busy && !deadline.hasExpired()) {
            QThread::msleep(250);
            store = store::Store::open(path, mode, &refusal);
        }
    }
    if (!store) {
        io.err << store.errorMessage() << '\n';
        if (refusal.kind == store::OpenRefusal::Kind::OlderSchema && mode == store::Store::Mode::ReadOnly)
            io.err << QCoreApplication::translate("lb::cli", "Upgrade it once with: lagesbild-cli upgrade %1 (a copy "
                                                             "of the old file is kept beside it).")
                          .arg(path)
                   << '\n';
        return nullptr;
    }
    for (const QString &note : (*store)->openNotes())
        io.err << note << '\n';
    return std::move(*store);
}

} // namespace lb::cli
