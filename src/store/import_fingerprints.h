#pragma once

// Remembers which import read which file whole, under a fingerprint of the file's bytes and of
// everything that decided how its rows were converted (computed by io/import_fingerprint.h), so
// that importing the very same file again can be answered from that earlier batch: every row it
// stored is already in the store, every row it rejected is rejected again for the same reason.
// The records live in lb_meta ("import_fingerprint:<batch id>"), one per batch that read a file
// whole and found none of its rows stored before.
//
// An earlier batch answers only while its outcome still holds: it is not undone, it found no row
// already stored (so its outcome did not depend on other batches' rows), and every row it stored
// is still in the table. Anything else sends the import through every row again.
//
// Borrows the Store; used on the Store's thread, inside the import's transaction.

#include "core/result.h"
#include "store/import_catalog.h"
#include "store/store.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lb::store {

// An earlier batch that read the same file with the same settings, and what it recorded beside
// its counts (JSON written by the io module).
struct RepeatedImport {
    ImportBatch batch;
    QString details;
};

class ImportFingerprints {
public:
    explicit ImportFingerprints(Store &store);

    // Records that `batchId` read the file whose fingerprint is `fingerprint` whole.
    Status record(std::int64_t batchId, const QString &fingerprint, const QString &details);
    // The latest batch of `table` recorded under `fingerprint` whose outcome still holds; none
    // when there is no such batch.
    Result<std::optional<RepeatedImport>> find(const QString &fingerprint, const QString &table) const;
    // Copies batch `from`'s rejected rows (row numbers, raw values, reasons) to batch `to`, in
    // row order; returns how many.
    Result<std::int64_t> copyRejects(std::int64_t from, std::int64_t to);

private:
    Store &m_store;
};

} // namespace lb::store
