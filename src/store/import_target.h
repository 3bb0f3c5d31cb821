#pragma once

// Where an import writes: its batch, its rows, its rejected rows and its edit-log entry. Two kinds:
// the GeoPackage file (importTargetFor(store), here) and a shared store on a PostgreSQL/PostGIS
// server (pgstore::PgImportTarget, which writes by COPY). The importer (io/importer.h) converts
// rows against reader() and writes through the target, so the same file gives the same batch,
// the same counts and the same rejects in either store.
//
// One import per target at a time: begin() starts the transaction and the batch, commit() or
// rollback() ends it (rollback also on destruction). Used on one thread.

#include "core/result.h"
#include "store/edit_log.h"
#include "store/import_catalog.h"
#include "store/record_writer.h"
#include "store/store_reader.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace lb::store {

class ImportTarget {
public:
    ImportTarget() = default;
    virtual ~ImportTarget() = default;
    ImportTarget(const ImportTarget &) = delete;
    ImportTarget &operator=(const ImportTarget &) = delete;

    // The store's taxonomy, areas, CRS and time zone, as the rows are converted against them.
    virtual const StoreReader &reader() const = 0;
    // The GeoPackage store, for the record kinds other than incidents (their conversion creates
    // survey rounds and walks); null for a server store, which takes incidents only.
    virtual Store *fileStore() = 0;
    virtual QString path() const = 0;
    virtual bool isReadOnly() const = 0;
    // True when the store holds an incident with this content hash, or (entered without one) with
    // this source and reference id; for previews.
    virtual bool holdsIncident(const QByteArray &hash, const QString &source, const QString &ref) const = 0;

    // Starts the transaction and a batch for `table`; returns the batch id. `expectedRows` is an
    // estimate of the rows to come.
    virtual Result<std::int64_t> begin(const QString &sourceFile, const QString &kind, const QString &profile,
                                       RecordTable table, std::int64_t expectedRows) = 0;
    // The file's writer for the kinds other than incidents (null for a server store).
    virtual RecordWriter *recordWriter() = 0;
    // An incident, deduplicated as RecordWriter does; `tag` (the source row) comes back in
    // takeRefused() should the store refuse the row when it is written.
    virtual RecordWriter::Outcome insert(EncodedIncident &row, std::int64_t batchId, std::int64_t tag) = 0;
    virtual bool failedFatally() const = 0;
    virtual QString lastError() const = 0;
    virtual Status addReject(std::int64_t batchId, std::int64_t rowNumber, const QString &rawValues,
                             const QString &reasonCode, const QString &reason) = 0;
    // Writes what is queued and builds the indexes; before finishBatch().
    virtual Status finishRows() = 0;
    virtual std::vector<RecordWriter::RefusedRow> takeRefused() = 0;
    // Rows written, rows found already present, and written rows later found to repeat an
    // incident entered without a content hash (removed again; see RecordWriter::lateDuplicates()).
    virtual std::int64_t inserted() const = 0;
    virtual std::int64_t duplicates() const = 0;
    virtual std::int64_t lateDuplicates() const = 0;
    // Records the counts, and marks earlier batches of the same file whose rejects this one replaces.
    virtual Status finishBatch(const ImportBatch &counts) = 0;
    virtual Status appendLog(const EditLogEntry &entry) = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // The first `limit` rejected rows of a batch, in row order (all when limit <= 0).
    virtual Result<std::vector<ImportReject>> rejects(std::int64_t batchId, int limit) const = 0;
};

// Imports into an open GeoPackage store; `store` must outlive the target.
std::unique_ptr<ImportTarget> importTargetFor(Store &store);

} // namespace lb::store
