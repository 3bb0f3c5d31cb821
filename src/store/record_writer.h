#pragma once

// Writes imported records into a store with prepared statements, fast enough for files of
// millions of rows, and tells a new record from one the store already holds (same content hash,
// or the same source reference for incidents).
//
// In bulk mode the R-tree insert trigger of the table is dropped while rows go in, and finish()
// builds the spatial index afterwards — for the new rows only, or, when the load is at least as
// large as what the table held, as a packed tree over the whole table (rtree_packer.h) — and puts
// the trigger back. A bulk load expected to double the table also drops the table's indexes, the
// unique content-hash index included, and recreates them at the end: sorting once is far
// cheaper than a million inserts at random places of an index. Deduplication then runs in memory,
// against the hashes the table held when the load began and those of the rows written since. The
// caller must hold a transaction for the writer's whole life, so that a failure or a cancel rolls
// back the rows, the indexes and the trigger together.
//
// Borrowed Store, same thread as the Store.

#include "core/records.h"
#include "core/result.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3_stmt;

namespace lb::store {

enum class RecordTable { Incidents, SurveyPins, SurveyAnswers, WalkFindings, Areas };

// The table name in the store ("incidents", "survey_pins", ...).
QString tableName(RecordTable table);

class RecordWriter {
public:
    // Queued: a bulk load collects incidents and writes them many rows per statement; they are
    // counted in inserted()/duplicates() when written (at the latest in finish()).
    enum class Outcome { Inserted, Duplicate, Queued, Failed };

    // `expectedRows` is an estimate of the rows to come; it decides whether indexes are rebuilt.
    static Result<std::unique_ptr<RecordWriter>> create(Store &store, RecordTable table, bool bulk,
                                                        std::int64_t expectedRows = 0);
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    RecordTable table() const { return m_table; }

    // `hash` identifies the record for deduplication (ASCII, e.g. hex); batchId > 0.
    // Each returns Duplicate, without writing, when the store already holds the record.
    Outcome insert(const Incident &incident, std::int64_t batchId, const QByteArray &hash);
    Outcome insert(const SurveyPin &pin, std::int64_t batchId, const QByteArray &hash);
    Outcome insert(const WalkFinding &finding, std::int64_t batchId, const QByteArray &hash);
    Outcome insert(const Area &area, std::int64_t batchId, const QByteArray &hash);
    // Survey answers are unique per survey, area and indicator; no hash needed.
    Outcome insert(const SurveyAnswer &answer, std::int64_t batchId);

    // True when the store already holds a record with this hash (for previews; no write).
    bool contains(const QByteArray &hash) const;
    // True when the store holds an incident with this source and reference id.
    bool containsIncidentRef(const QString &source, const QString &ref) const;

    // Fills the spatial index for the new rows (bulk mode), restores the trigger and refreshes the
    // layer extent. Call once, before committing.
    Status finish();
    // New rows that finish() found to duplicate older records entered without a content hash
    // (same source and reference id) and removed; the caller counts them as duplicates.
    std::int64_t lateDuplicates() const { return m_lateDuplicates; }
    // Rows written and rows found already present, over all inserts so far.
    std::int64_t inserted() const { return m_inserted; }
    std::int64_t duplicates() const { return m_duplicates; }

    QString lastError() const { return m_error; }

private:
    RecordWriter(Store &store, RecordTable table);
    Outcome step(sqlite3_stmt *stmt);
    bool flushIncidents();
    // True when the hash was seen before in this load or held by the table; records it otherwise.
    bool seenBefore(const QByteArray &hash);
    struct PendingIncident;
    class HashSet;

    Store &m_store;
    RecordTable m_table;
    bool m_bulk = false;
    bool m_finished = false;
    std::int64_t m_firstNewFid = 0; // rows with a larger fid were written by this writer
    std::int64_t m_rowsBefore = 0;
    std::int64_t m_lateDuplicates = 0;
    QString m_triggerSql;            // the dropped R-tree insert trigger, recreated by finish()
    QStringList m_droppedIndexes;    // CREATE INDEX statements to run again in finish()
    std::unique_ptr<HashSet> m_seen; // set while the unique content-hash index is dropped
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    sqlite3_stmt *m_refLookup = nullptr;
    sqlite3_stmt *m_multiInsert = nullptr; // kMultiRows incidents per statement
    std::vector<PendingIncident> m_pending;
    size_t m_pendingCount = 0;
    std::int64_t m_inserted = 0;
    std::int64_t m_duplicates = 0;
    QByteArray m_blob;
    QString m_error;
};

} // namespace lb::store
