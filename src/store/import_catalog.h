#pragma once

// The store's record of imports: one batch per import run with its counts, the rejected rows with
// their raw values and reasons, and the named mapping profiles that recurring imports reuse.
// Undoing a batch deletes every record it added, in all tables, in one transaction, and then the
// survey rounds and walks that the import created for its rows, unless other records still use them.
//
// An ImportCatalog borrows the Store (which must outlive it) and is used on the Store's thread.
// One catalog runs one import: finishBatch() marks the surveys and walks created since its own
// beginBatch(), so both must be called on the same catalog, inside the same transaction.

#include "core/result.h"
#include "store/store.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lb::store {

struct ImportBatch {
    std::int64_t id = 0;
    QString startedAt;  // ISO 8601 UTC
    QString finishedAt; // empty while running (never visible outside the import's transaction)
    QString sourceFile;
    QString kind; // "incidents", "pins", "answers", "findings", "areas"
    QString profile;
    std::int64_t rowsRead = 0;
    std::int64_t rowsAccepted = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t rowsDuplicate = 0; // already in the store
    std::int64_t rowsIdentical = 0; // identical to an earlier row of the same file, not added
    QString undoneAt;               // empty unless undone
    // The later import of the same file whose results replace this batch's rejected rows; 0 while
    // they are still open.
    std::int64_t supersededBy = 0;
};

struct ImportReject {
    std::int64_t batchId = 0;
    std::int64_t rowNumber = 0; // 1-based data row in the source (the header is not counted)
    QString rawValues;          // the source row as a JSON object, column name -> text
    QString reasonCode;         // stable code, e.g. "bad_time"; see io/reject_reason.h
    QString reason;             // English text with the details, as written at import time
};

struct ReasonCount {
    QString reasonCode;
    std::int64_t count = 0;
};

struct ImportProfileRecord {
    QString name;
    QString kind;
    QString definition; // JSON written by the io module
    QString updatedAt;
};

class ImportCatalog {
public:
    explicit ImportCatalog(Store &store);
    ~ImportCatalog();
    ImportCatalog(const ImportCatalog &) = delete;
    ImportCatalog &operator=(const ImportCatalog &) = delete;

    // ---- batches (called inside the import's transaction) --------------------------------------
    Result<std::int64_t> beginBatch(const QString &sourceFile, const QString &kind, const QString &profile);
    // Records the counts, and records the batch as the creator of every survey round and walk added
    // since beginBatch() (the importer creates those named in the data as it converts rows). Earlier
    // batches of the same file and kind with rejected rows are marked superseded by this one.
    Status finishBatch(const ImportBatch &counts);
    // Prepared once and reused: rejects are written while rows stream through.
    Status addReject(std::int64_t batchId, std::int64_t rowNumber, const QString &rawValues, const QString &reasonCode,
                     const QString &reason);

    // ---- reading ---------------------------------------------------------------------------------
    Result<std::vector<ImportBatch>> batches() const;
    Result<ImportBatch> batch(std::int64_t id) const;
    // Rejects of a batch in row order; limit <= 0 means all.
    Result<std::vector<ImportReject>> rejects(std::int64_t batchId, int limit = 0) const;
    Result<std::vector<ReasonCount>> rejectCounts(std::int64_t batchId) const;

    // Deletes every record and rejected row the batch added, marks it undone and logs the undo in
    // the edit log. Refuses a batch already undone. Batches it superseded have their rejects open again.
    // Survey rounds and walks the batch created go too, unless records of other batches or entered
    // by hand still use them; those stay, handed on to the earliest other batch that uses them.
    Status undoBatch(std::int64_t batchId);

    // ---- profiles --------------------------------------------------------------------------------
    Status saveProfile(const ImportProfileRecord &profile); // replaces a profile of the same name
    Result<std::optional<ImportProfileRecord>> profile(const QString &name) const;
    Result<std::vector<ImportProfileRecord>> profiles() const;
    Status removeProfile(const QString &name);

private:
    Status markCreatedRecords(std::int64_t batchId);
    Status removeCreatedRecords(std::int64_t batchId);

    // The highest survey and walk ids when the running batch began. Ids are AUTOINCREMENT, so any
    // higher id at finishBatch() belongs to a record made inside the import's transaction.
    struct BatchStart {
        std::int64_t batchId = 0;
        std::vector<std::int64_t> maxIds; // one per table of created records, in import_catalog.cpp's order
    };

    Store &m_store;
    Statement m_reject;
    BatchStart m_started;
};

} // namespace lb::store
