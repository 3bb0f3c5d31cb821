#include "store/import_fingerprints.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace lb::store {

namespace {
const QLatin1String kKeyPrefix("import_fingerprint:");
} // namespace

ImportFingerprints::ImportFingerprints(Store &store)
    : m_store(store)
{}

Status ImportFingerprints::record(std::int64_t batchId, const QString &fingerprint, const QString &details)
{
    auto stmt = m_store.database().prepare(QStringLiteral("INSERT OR REPLACE INTO lb_meta (key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    // The fingerprint first, on a line of its own: find() compares that line without parsing.
    stmt->bind(1, kKeyPrefix + QString::number(batchId)).bind(2, fingerprint + QLatin1Char('\n') + details);
    if (!stmt->exec())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not record the import batch: %1")
                         .arg(stmt->lastError())};
    return {};
}

Result<std::optional<RepeatedImport>> ImportFingerprints::find(const QString &fingerprint, const QString &table) const
{
    const Database &db = m_store.database();
    // Candidates newest first: the batch must be finished, not undone, and must not have found
    // rows stored before it.
    auto candidates = db.prepare(
        QStringLiteral(
            "SELECT CAST(substr(m.key, %1) AS INTEGER) AS batch, substr(m.value, length(?1) + 2) FROM lb_meta m "
            "JOIN import_batches b ON b.id = CAST(substr(m.key, %1) AS INTEGER) "
            "WHERE m.key LIKE 'import_fingerprint:%' AND substr(m.value, 1, length(?1) + 1) = ?1 || char(10) "
            "AND b.finished_at IS NOT NULL AND b.undone_at IS NULL AND b.rows_duplicate = 0 AND b.kind = ?2 "
            "ORDER BY batch DESC")
            .arg(kKeyPrefix.size() + 1));
    if (!candidates)
        return candidates.error();
    candidates->bind(1, fingerprint).bind(2, table);
    ImportCatalog catalog(m_store);
    while (candidates->step()) {
        const std::int64_t id = candidates->int64(0);
        auto batch = catalog.batch(id);
        if (!batch)
            return batch.error();
        // Every row the batch stored is still there (the batch-id index answers).
        auto stored = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE batch_id = ?").arg(table));
        if (!stored)
            return stored.error();
        stored->bind(1, id);
        if (!stored->step())
            return Error{stored->lastError()};
        if (stored->int64(0) == batch->rowsAccepted)
            return std::optional<RepeatedImport>(RepeatedImport{*batch, candidates->text(1)});
    }
    if (candidates->failed())
        return Error{candidates->lastError()};
    return std::optional<RepeatedImport>();
}

Result<std::int64_t> ImportFingerprints::copyRejects(std::int64_t from, std::int64_t to)
{
    auto copy = m_store.database().prepare(
        QStringLiteral("INSERT INTO import_rejects (batch_id, row_number, raw_values, reason, reason_code) "
                       "SELECT ?1, row_number, raw_values, reason, reason_code FROM import_rejects WHERE batch_id = ?2 "
                       "ORDER BY row_number, id"));
    if (!copy)
        return copy.error();
    copy->bind(1, to).bind(2, from);
    if (!copy->exec())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not record the import batch: %1")
                         .arg(copy->lastError())};
    return static_cast<std::int64_t>(sqlite3_changes(m_store.database().handle()));
}

} // namespace lb::store
