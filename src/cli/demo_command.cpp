// lagesbild-cli demo --out FILE [--seed N]: writes the deterministic demo store.

#include "cli/cli_support.h"

namespace lb::cli {

int runDemo(const QStringList &, CommandIo io)
{
    io.err << "demo: being written\n";
    return 1;
}

} // namespace lb::cli
