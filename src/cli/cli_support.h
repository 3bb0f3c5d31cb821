#pragma once

// Small helpers shared by the CLI commands: option parsing on top of QCommandLineParser and
// opening a store with a readable error.

#include "cli/commands.h"
#include "store/store.h"

#include <QCommandLineParser>

#include <memory>

namespace lb::cli {

// Parses `args` (without the program and command names). On --help prints the help to io.out and
// returns false with *exitCode 0; on an error prints it to io.err and returns false with *exitCode 2.
bool parseArgs(QCommandLineParser &parser, const QString &command, const QStringList &args, CommandIo io,
               int *exitCode);

std::unique_ptr<store::Store> openStore(const QString &path, CommandIo io,
                                        store::Store::Mode mode = store::Store::Mode::ReadOnly);

} // namespace lb::cli
