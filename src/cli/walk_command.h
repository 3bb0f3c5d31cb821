#pragma once

// lagesbild-cli walk SUBCOMMAND STORE ...: plan, print, record and follow up safety walks
// (trygghetsvandringar). walk_command.cpp dispatches to the subcommands declared here, each
// defined in its own file and taking the arguments after "walk SUBCOMMAND".

#include "cli/commands.h"

namespace lb::cli {

struct WalkSubcommand {
    const char *name;
    int (*run)(const QStringList &args, CommandIo io);
    const char *summary; // one line for "walk --help", translated in context lb::cli::Walk
};

// The subcommands, in the order "walk --help" lists them.
const std::vector<WalkSubcommand> &walkSubcommands();

} // namespace lb::cli
