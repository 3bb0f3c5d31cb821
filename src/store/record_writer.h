#pragma once

// Writes imported records into a store with prepared statements, fast enough for files of
// millions of rows, and tells a new record from one the store already holds (same content hash,
// or, for incidents entered without one, the same source reference).
//
// In bulk mode the R-tree insert trigger of the table is dropped while rows go in, and finish()
// builds the spatial index afterwards — for the new rows only, or, when the load is at least as
// large as what the table held, as a packed tree over the whole table (rtree_packer.h) — and puts
// the trigger back. Bulk incidents go in 256 rows per statement with ids the writer assigns, so
// the packed tree is built from the positions spooled to a temporary file instead of reading the
// rows back. A
// bulk load expected to double the table also drops the indexes whose keys land at random places
// (the unique content hash, the time) before its first new row, and recreates them at the end:
// sorting once is far cheaper than a million inserts at random places of an index.
// Deduplication then runs against the hashes the table held when the load began and those of the
// rows written since, in a HashLedger (bounded memory, the rest in temporary files). The caller must hold a transaction
// for the writer's whole life, so that a failure or a cancel rolls back the rows, the indexes and the trigger together.
//
// Borrowed Store, same thread as the Store.

#include "core/records.h"
#include "core/result.h"
#include "store/rtree_packer.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

struct sqlite3_stmt;

namespace lb::store {

enum class RecordTable { Incidents, SurveyPins, SurveyAnswers, WalkFindings, Areas };

// An incident as the bulk writer binds it: the geometry blob, the UTC time and the text values
// already in UTF-8. Made by RecordWriter::encode on any thread, so that a reader thread can do
// the encoding while the writing thread only binds and steps.
struct EncodedIncident {
    QByteArray blob, precision, category, source, ref, locationPrecision, description, hash;
    PointXY position;
    char when[20] = {};
};

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
    // The same for an encoded incident; the writer may take the row's buffers (swapping in
    // others), so the row's contents are unspecified afterwards. `tag` comes back with the row
    // should the store refuse it when its statement runs (see takeRefused()).
    Outcome insert(EncodedIncident &incident, std::int64_t batchId, std::int64_t tag = 0);
    // Encodes an incident for a store in `epsg`; thread-safe.
    static void encode(const Incident &incident, int epsg, const QByteArray &hash, EncodedIncident &out);
    // Only the columns that are not text (geometry, time, precisions) and the position; for a
    // caller that has the text in UTF-8 already. Thread-safe.
    static void encodeFixedColumns(const Incident &incident, int epsg, EncodedIncident &out);
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
    // After Failed: true when the error is not about one row (disk full, I/O error, a damaged
    // file), so the whole load must stop; false when the store refused that row only.
    bool failedFatally() const { return m_fatal; }

    // A queued incident the table refused when its statement ran (a constraint or trigger of the
    // table); the other rows of the statement were written. Rows are not counted in inserted().
    struct RefusedRow {
        std::int64_t tag = 0;
        QString error;
        EncodedIncident row;
    };
    // The refused rows since the last call.
    std::vector<RefusedRow> takeRefused() { return std::exchange(m_refused, {}); }

private:
    RecordWriter(Store &store, RecordTable table);
    Outcome step(sqlite3_stmt *stmt);
    bool flushIncidents();
    Outcome queue(EncodedIncident &row, std::int64_t batchId, std::int64_t tag);
    void noteError(int rc);
    bool dropIndexesBeforeWriting();
    bool loadExistingHashes();      // the table's content hashes into m_seen
    bool m_existingPending = false; // the table's hashes are not in m_seen yet: its index answers
    void forgetPoints();            // the spatial index is then built from the table
    // True when the table held at most n rows before this writer's first.
    bool rowsBeforeAtMost(std::int64_t n) const;
    Status growContentsExtent();
    // True when the hash was seen before in this load or held by the table; records it otherwise.
    bool seenBefore(const QByteArray &hash);
    class HashSet;

    Store &m_store;
    RecordTable m_table;
    bool m_bulk = false;
    bool m_finished = false;
    std::int64_t m_firstNewFid = 0; // rows with a larger fid were written by this writer
    std::int64_t m_nextFid = 0;     // the fid the next queued incident gets
    std::int64_t m_lateDuplicates = 0;
    QString m_triggerSql;        // the dropped R-tree insert trigger, recreated by finish()
    QStringList m_indexesToDrop; // dropped before the first row is written
    QStringList m_indexSql;      // their CREATE INDEX statements, run again by finish()
    bool m_indexesDropped = false;
    std::unique_ptr<HashSet> m_seen; // set while the unique content-hash index is dropped
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    sqlite3_stmt *m_refLookup = nullptr;
    sqlite3_stmt *m_multiInsert = nullptr; // kMultiRows incidents per statement, fid given
    sqlite3_stmt *m_oneInsert = nullptr;   // one incident, fid given
    std::vector<EncodedIncident> m_pending;
    std::vector<std::int64_t> m_pendingBatch;
    std::vector<std::int64_t> m_pendingTag;
    std::vector<RefusedRow> m_refused;
    bool m_fatal = false;
    size_t m_pendingCount = 0;
    // The queued incidents' ids and positions, for building the spatial index without reading
    // the rows back (in a temporary file); dropped when a row was not written as queued.
    PointSpool m_points;
    bool m_pointsComplete = true;
    std::int64_t m_inserted = 0;
    std::int64_t m_duplicates = 0;
    QByteArray m_blob;
    QString m_error;
};

} // namespace lb::store
