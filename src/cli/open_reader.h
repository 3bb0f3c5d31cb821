#pragma once

// Opening a store for a command that only reads it: a GeoPackage file (as openStore does, waiting
// while another program writes) or a shared store on a server (postgresql://…).

#include "cli/commands.h"
#include "store/store_reader.h"

#include <memory>

namespace lb::cli {

// Prints the problem and returns null when the store cannot be opened.
std::unique_ptr<store::StoreReader> openReader(const QString &location, CommandIo io);

} // namespace lb::cli
