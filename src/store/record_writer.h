#pragma once

// Writes imported records into a store with prepared statements, fast enough for files of
// millions of rows, and tells a new record from one the store already holds (same content hash,
// or the same source reference for incidents).
//
// In bulk mode the R-tree insert trigger of the table is dropped while rows go in, and finish()
// fills the spatial index in one statement and puts the trigger back: row-by-row index updates
// are what make large loads slow. The caller must hold a transaction for the writer's whole life,
// so that a failure or a cancel rolls back the rows, the index and the trigger together.
//
// Borrowed Store, same thread as the Store.

#include "core/records.h"
#include "core/result.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3_stmt;

namespace lb::store {

enum class RecordTable { Incidents, SurveyPins, SurveyAnswers, WalkFindings, Areas };

// The table name in the store ("incidents", "survey_pins", ...).
QString tableName(RecordTable table);

class RecordWriter {
public:
    enum class Outcome { Inserted, Duplicate, Failed };

    static Result<std::unique_ptr<RecordWriter>> create(Store &store, RecordTable table, bool bulk);
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

    QString lastError() const { return m_error; }

private:
    RecordWriter(Store &store, RecordTable table);
    Outcome step(sqlite3_stmt *stmt);

    Store &m_store;
    RecordTable m_table;
    bool m_bulk = false;
    bool m_finished = false;
    std::int64_t m_firstNewFid = 0; // rows with a larger fid were written by this writer
    QString m_triggerSql;           // the dropped R-tree insert trigger, recreated by finish()
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    sqlite3_stmt *m_refLookup = nullptr;
    QByteArray m_blob;
    QString m_error;
};

} // namespace lb::store
