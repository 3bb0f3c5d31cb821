#include "cli/open_reader.h"

#include "cli/cli_support.h"

namespace lb::cli {

std::unique_ptr<store::StoreReader> openReader(const QString &location, CommandIo io)
{
    if (!store::isServerLocation(location)) {
        // Keeps openStore's wait for a busy file and its notes about the open.
        std::unique_ptr<store::Store> file = openStore(location, io);
        return file ? store::readerFor(std::move(file)) : nullptr;
    }
    auto reader = store::openStoreReader(location);
    if (!reader) {
        io.err << reader.errorMessage() << '\n';
        return nullptr;
    }
    return std::move(*reader);
}

} // namespace lb::cli
