#pragma once

// Imports into a shared store on a PostgreSQL/PostGIS server (store::ImportTarget), for the same
// importer that imports into a file: the same rows accepted, found already present or rejected
// with their reasons, the same batch, counts and edit-log entry (its author is the database user).
//
// Incidents go in by COPY, a few megabytes per statement, in one transaction with the batch and
// its rejects; a failed or canceled import leaves nothing behind. The content hashes the table
// holds are read once at the start into a store::HashLedger, and each new row is checked against
// it, as the file writer does. Imports take turns (an advisory lock for the transaction); others
// read on meanwhile. When the user owns the table, a load at least as large as the table drops the
// table's secondary indexes and its foreign key first and builds them again at the end (faster
// than keeping them up row by row); readers of incidents then wait for the import to end. Under
// row-level security an import sees only the rows its user may read: a row another organisation
// already holds then fails the import on the unique content hash (nothing is written).
//
// Only incidents: the other record kinds create survey rounds and walks as they are converted and
// are imported into a store file and copied.

#include "pgstore/pg_connection.h"
#include "pgstore/pg_store_reader.h"
#include "store/hash_ledger.h"
#include "store/import_target.h"

#include <memory>

namespace lb::pgstore {

class PgImportTarget final : public store::ImportTarget {
public:
    static Result<std::unique_ptr<PgImportTarget>> open(const QString &url);
    ~PgImportTarget() override;

    const store::StoreReader &reader() const override { return *m_reader; }
    store::Store *fileStore() override { return nullptr; }
    QString path() const override { return m_reader->path(); }
    bool isReadOnly() const override { return false; }
    bool holdsIncident(const QByteArray &hash, const QString &source, const QString &ref) const override;

    Result<std::int64_t> begin(const QString &sourceFile, const QString &kind, const QString &profile,
                               store::RecordTable table, std::int64_t expectedRows) override;
    store::RecordWriter *recordWriter() override { return nullptr; }
    store::RecordWriter::Outcome insert(store::EncodedIncident &row, std::int64_t batchId, std::int64_t tag) override;
    bool failedFatally() const override { return m_fatal; }
    QString lastError() const override { return m_error; }
    Status addReject(std::int64_t batchId, std::int64_t rowNumber, const QString &rawValues, const QString &reasonCode,
                     const QString &reason) override;
    Status finishRows() override;
    // COPY writes all rows of a statement or none: a refused row fails the import (failedFatally).
    std::vector<store::RecordWriter::RefusedRow> takeRefused() override { return {}; }
    std::int64_t inserted() const override { return m_inserted; }
    std::int64_t duplicates() const override { return m_duplicates; }
    std::int64_t lateDuplicates() const override { return m_lateDuplicates; }
    Status finishBatch(const store::ImportBatch &counts) override;
    Status appendLog(const store::EditLogEntry &entry) override;
    Status commit() override;
    void rollback() override;
    Result<std::vector<store::ImportReject>> rejects(std::int64_t batchId, int limit) const override;

    const PgConnection &connection() const { return m_db; }

private:
    PgImportTarget(PgConnection db, std::unique_ptr<PgStoreReader> reader)
        : m_db(std::move(db))
        , m_reader(std::move(reader))
    {}
    Status loadExistingHashes();
    Status dropIndexes();
    bool flushRows();
    Status flushRejects();

    PgConnection m_db; // writes, in the import's transaction
    std::unique_ptr<PgStoreReader> m_reader;
    std::int32_t m_srid = 0;
    bool m_inTransaction = false;
    std::int64_t m_batch = 0;
    std::unique_ptr<store::HashLedger> m_seen;
    QStringList m_restore;        // the dropped indexes and foreign keys, made again by finishRows()
    QByteArray m_rows, m_rejects; // COPY text not yet sent
    std::int64_t m_queued = 0;
    std::int64_t m_inserted = 0, m_duplicates = 0, m_lateDuplicates = 0;
    bool m_fatal = false;
    QString m_error;
};

} // namespace lb::pgstore
