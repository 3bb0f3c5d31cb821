#pragma once

// Personal data already in a store, for data imported before the import scanned for it: a scan
// that counts what the text columns of every table hold (records, rejected rows, the edit log,
// mapping profiles), and a redaction that replaces every match by its marker in one transaction,
// logging each changed row in the edit log with what kinds were removed (never the values).
//
// Free functions on a Store opened read-write (scan also works read-only); the Store's thread.

#include "core/result.h"
#include "io/personal_data.h"

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::io {

struct StorePersonalData {
    QString table;
    QString column;
    std::array<std::int64_t, kPersonalDataKindCount> rows{};   // rows with at least one match, per kind
    std::array<std::int64_t, kPersonalDataKindCount> values{}; // matches, per kind
};

struct StorePersonalDataReport {
    std::vector<StorePersonalData> columns; // those with findings
    std::int64_t rowsChanged = 0;           // by a redaction
    bool any() const { return !columns.empty(); }
};

Result<StorePersonalDataReport> scanStorePersonalData(store::Store &store);
Result<StorePersonalDataReport> redactStorePersonalData(store::Store &store);

} // namespace lb::io
