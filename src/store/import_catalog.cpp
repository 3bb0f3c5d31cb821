#include "store/import_catalog.h"

#include "store/edit_log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <initializer_list>
#include <span>

namespace lb::store {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The tables whose rows carry a batch_id, with whether they have an R-tree (and so an extent).
struct BatchTable {
    const char *name;
    bool spatial;
};
constexpr BatchTable kBatchTables[] = {
    {"incidents", true}, {"survey_pins", true}, {"walk_findings", true}, {"areas", true}, {"survey_answers", false},
};

// The records an import creates for the rows it imports (surveys and walks named in the data), with
// the columns of other tables that refer to them.
struct Referrer {
    const char *table;
    const char *column;
};
constexpr Referrer kSurveyReferrers[] = {{"survey_pins", "survey_id"}, {"survey_answers", "survey_id"}};
constexpr Referrer kWalkReferrers[] = {{"walk_findings", "walk_id"}};
struct CreatedTable {
    const char *name;
    const char *key; // the primary key column
    bool spatial;
    std::span<const Referrer> referrers;
};
constexpr CreatedTable kCreatedTables[] = {
    {"surveys", "id", false, kSurveyReferrers},
    {"walks", "fid", true, kWalkReferrers},
};

// Runs `sql` with its parameters bound, in order, to `ids`.
Status execWithIds(const Database &db, const QString &sql, std::initializer_list<std::int64_t> ids)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int index = 0;
    for (std::int64_t id : ids)
        stmt->bind(++index, id);
    if (!stmt->exec())
        return Error{stmt->lastError()};
    return {};
}

const char *const kBatchColumns = "id, started_at, finished_at, source_file, kind, profile, rows_read, "
                                  "rows_accepted, rows_rejected, rows_duplicate, undone_at, rows_identical, "
                                  "superseded_by";

ImportBatch readBatch(const Statement &s)
{
    ImportBatch b;
    b.id = s.int64(0);
    b.startedAt = s.text(1);
    b.finishedAt = s.text(2);
    b.sourceFile = s.text(3);
    b.kind = s.text(4);
    b.profile = s.text(5);
    b.rowsRead = s.int64(6);
    b.rowsAccepted = s.int64(7);
    b.rowsRejected = s.int64(8);
    b.rowsDuplicate = s.int64(9);
    b.undoneAt = s.text(10);
    b.rowsIdentical = s.int64(11);
    b.supersededBy = s.int64(12);
    return b;
}

} // namespace

ImportCatalog::ImportCatalog(Store &store)
    : m_store(store)
{}
ImportCatalog::~ImportCatalog() = default;

Result<std::int64_t> ImportCatalog::beginBatch(const QString &sourceFile, const QString &kind, const QString &profile)
{
    const Database &db = m_store.database();
    auto stmt = db.prepare(
        QStringLiteral("INSERT INTO import_batches (started_at, source_file, kind, profile) VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, nowUtc()).bind(2, sourceFile).bind(3, kind).bind(4, profile.isEmpty() ? QString() : profile);
    if (!stmt->exec())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not record the import batch: %1")
                         .arg(stmt->lastError())};
    const std::int64_t id = db.lastInsertRowId();
    m_started = {id, {}};
    for (const CreatedTable &t : kCreatedTables) {
        const auto maxId = db.queryInt(
            QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(QLatin1String(t.key), QLatin1String(t.name)));
        if (!maxId)
            return Error{
                QCoreApplication::translate("lb::store::ImportCatalog", "Could not record the import batch: %1")
                    .arg(db.lastError())};
        m_started.maxIds.push_back(*maxId);
    }
    return id;
}

Status ImportCatalog::finishBatch(const ImportBatch &counts)
{
    auto stmt = m_store.database().prepare(QStringLiteral(
        "UPDATE import_batches SET finished_at = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?, "
        "rows_duplicate = ?, rows_identical = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, nowUtc()).bind(2, counts.rowsRead).bind(3, counts.rowsAccepted).bind(4, counts.rowsRejected);
    stmt->bind(5, counts.rowsDuplicate).bind(6, counts.rowsIdentical).bind(7, counts.id);
    if (!stmt->exec())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not record the import batch: %1")
                         .arg(stmt->lastError())};
    if (Status s = markCreatedRecords(counts.id); !s)
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not record the import batch: %1")
                         .arg(s.errorMessage())};
    // The same file imported again (after mapping its unknown values, say): the earlier batches'
    // rejected rows are no longer the open problems; this batch's rejects are.
    auto supersede = m_store.database().prepare(QStringLiteral(
        "UPDATE import_batches SET superseded_by = ?1 WHERE id < ?1 AND superseded_by IS NULL AND undone_at IS NULL "
        "AND rows_rejected > 0 AND kind = (SELECT kind FROM import_batches WHERE id = ?1) "
        "AND source_file = (SELECT source_file FROM import_batches WHERE id = ?1)"));
    if (!supersede)
        return supersede.error();
    supersede->bind(1, counts.id);
    if (!supersede->exec())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not record the import batch: %1")
                         .arg(supersede->lastError())};
    return {};
}

Status ImportCatalog::markCreatedRecords(std::int64_t batchId)
{
    // A batch begun on another catalog has no start marks; its surveys and walks stay unmarked
    // rather than being guessed.
    if (m_started.batchId != batchId || m_started.maxIds.size() != std::size(kCreatedTables))
        return {};
    const Database &db = m_store.database();
    for (size_t i = 0; i < std::size(kCreatedTables); ++i) {
        const CreatedTable &t = kCreatedTables[i];
        if (Status s = execWithIds(db,
                                   QStringLiteral("UPDATE %1 SET batch_id = ? WHERE %2 > ? AND batch_id IS NULL")
                                       .arg(QLatin1String(t.name), QLatin1String(t.key)),
                                   {batchId, m_started.maxIds[i]});
            !s)
            return s;
    }
    m_started = {};
    return {};
}

Status ImportCatalog::removeCreatedRecords(std::int64_t batchId)
{
    const Database &db = m_store.database();
    for (const CreatedTable &t : kCreatedTables) {
        const QString table = QLatin1String(t.name);
        const QString key = table + QLatin1Char('.') + QLatin1String(t.key);
        QStringList unused, users;
        for (const Referrer &r : t.referrers) {
            unused << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE %2 = %3)")
                          .arg(QLatin1String(r.table), QLatin1String(r.column), key);
            users << QStringLiteral("SELECT batch_id FROM %1 WHERE %2 = %3")
                         .arg(QLatin1String(r.table), QLatin1String(r.column), key);
        }
        // Deleting a record still in use would cascade to, or orphan, the rows of other batches and
        // those entered by hand, so only the unused ones go.
        if (Status s = execWithIds(db,
                                   QStringLiteral("DELETE FROM %1 WHERE batch_id = ? AND %2")
                                       .arg(table, unused.join(QLatin1String(" AND "))),
                                   {batchId});
            !s)
            return s;
        // The ones kept pass to the earliest batch still using them (NULL when only records entered
        // by hand do), so that undoing that batch as well removes them.
        if (Status s = execWithIds(db,
                                   QStringLiteral("UPDATE %1 SET batch_id = (SELECT min(id) FROM import_batches WHERE "
                                                  "id IN (%2)) WHERE batch_id = ?")
                                       .arg(table, users.join(QLatin1String(" UNION "))),
                                   {batchId});
            !s)
            return s;
        if (t.spatial)
            if (Status s = m_store.refreshContentsExtent(table); !s)
                return s;
    }
    return {};
}

Status ImportCatalog::addReject(std::int64_t batchId, std::int64_t rowNumber, const QString &rawValues,
                                const QString &reasonCode, const QString &reason)
{
    if (!m_reject.isValid()) {
        auto stmt =
            m_store.database().prepare(QStringLiteral("INSERT INTO import_rejects (batch_id, row_number, raw_values, "
                                                      "reason_code, reason) VALUES (?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        m_reject = std::move(*stmt);
    }
    m_reject.reset();
    m_reject.bind(1, batchId).bind(2, rowNumber).bind(3, rawValues).bind(4, reasonCode).bind(5, reason);
    if (!m_reject.exec())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not record rejected row %1: %2")
                         .arg(rowNumber)
                         .arg(m_reject.lastError())};
    return {};
}

Result<std::vector<ImportBatch>> ImportCatalog::batches() const
{
    auto stmt = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM import_batches ORDER BY id").arg(QLatin1String(kBatchColumns)));
    if (!stmt)
        return stmt.error();
    std::vector<ImportBatch> out;
    while (stmt->step())
        out.push_back(readBatch(*stmt));
    return out;
}

Result<ImportBatch> ImportCatalog::batch(std::int64_t id) const
{
    auto stmt = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM import_batches WHERE id = ?").arg(QLatin1String(kBatchColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->step())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "There is no import batch %1.").arg(id)};
    return readBatch(*stmt);
}

Result<std::vector<ImportReject>> ImportCatalog::rejects(std::int64_t batchId, int limit) const
{
    auto stmt = m_store.database().prepare(
        QStringLiteral("SELECT batch_id, row_number, raw_values, reason_code, reason FROM import_rejects "
                       "WHERE batch_id = ? ORDER BY row_number, id LIMIT ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, batchId).bind(2, limit > 0 ? limit : -1);
    std::vector<ImportReject> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4)});
    return out;
}

Result<std::vector<ReasonCount>> ImportCatalog::rejectCounts(std::int64_t batchId) const
{
    auto stmt = m_store.database().prepare(QStringLiteral(
        "SELECT reason_code, count(*) FROM import_rejects WHERE batch_id = ? GROUP BY reason_code ORDER BY 2 DESC, 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, batchId);
    std::vector<ReasonCount> out;
    while (stmt->step())
        out.push_back({stmt->text(0), stmt->int64(1)});
    return out;
}

Status ImportCatalog::undoBatch(std::int64_t batchId)
{
    auto existing = batch(batchId);
    if (!existing)
        return existing.error();
    if (!existing->undoneAt.isEmpty())
        return Error{
            QCoreApplication::translate("lb::store::ImportCatalog", "Import batch %1 was already undone on %2.")
                .arg(batchId)
                .arg(existing->undoneAt)};

    const Database &db = m_store.database();
    Savepoint sp(db);
    for (const BatchTable &t : kBatchTables) {
        auto del = db.prepare(QStringLiteral("DELETE FROM %1 WHERE batch_id = ?").arg(QLatin1String(t.name)));
        if (!del)
            return del.error();
        del->bind(1, batchId);
        if (!del->exec())
            return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not undo import batch %1: %2")
                             .arg(batchId)
                             .arg(del->lastError())};
        if (t.spatial)
            if (Status s = m_store.refreshContentsExtent(QLatin1String(t.name)); !s)
                return s;
    }
    if (Status s = removeCreatedRecords(batchId); !s)
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not undo import batch %1: %2")
                         .arg(batchId)
                         .arg(s.errorMessage())};
    // The rejected rows go too: they were kept so that the batch's problems could be fixed, and
    // hold source values that an undone import should not leave behind.
    if (Status s = execWithIds(db, QStringLiteral("DELETE FROM import_rejects WHERE batch_id = ?"), {batchId}); !s)
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "Could not undo import batch %1: %2")
                         .arg(batchId)
                         .arg(s.errorMessage())};
    if (Status s = appendEditLog(
            db, EditLogEntry{QStringLiteral("import_batches"), batchId, QStringLiteral("undo_import"), {}, {}, {}});
        !s)
        return s;
    if (Status s = execWithIds(
            db, QStringLiteral("UPDATE import_batches SET superseded_by = NULL WHERE superseded_by = ?"), {batchId});
        !s)
        return s;
    auto mark = db.prepare(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"));
    if (!mark)
        return mark.error();
    mark->bind(1, nowUtc()).bind(2, batchId);
    if (!mark->exec())
        return Error{mark->lastError()};
    return sp.release();
}

Status ImportCatalog::saveProfile(const ImportProfileRecord &profile)
{
    if (profile.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("lb::store::ImportCatalog", "A mapping profile needs a name.")};
    auto stmt = m_store.database().prepare(
        QStringLiteral("INSERT INTO import_profiles (name, kind, definition, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, definition = excluded.definition, "
                       "updated_at = excluded.updated_at"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, profile.name.trimmed()).bind(2, profile.kind).bind(3, profile.definition).bind(4, nowUtc());
    if (!stmt->exec())
        return Error{
            QCoreApplication::translate("lb::store::ImportCatalog", "Could not save the mapping profile %1: %2")
                .arg(profile.name, stmt->lastError())};
    return {};
}

Result<std::optional<ImportProfileRecord>> ImportCatalog::profile(const QString &name) const
{
    auto stmt = m_store.database().prepare(
        QStringLiteral("SELECT name, kind, definition, updated_at FROM import_profiles WHERE name = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name.trimmed());
    if (!stmt->step())
        return std::optional<ImportProfileRecord>();
    return std::optional<ImportProfileRecord>(
        ImportProfileRecord{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)});
}

Result<std::vector<ImportProfileRecord>> ImportCatalog::profiles() const
{
    auto stmt = m_store.database().prepare(
        QStringLiteral("SELECT name, kind, definition, updated_at FROM import_profiles ORDER BY name"));
    if (!stmt)
        return stmt.error();
    std::vector<ImportProfileRecord> out;
    while (stmt->step())
        out.push_back({stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)});
    return out;
}

Status ImportCatalog::removeProfile(const QString &name)
{
    auto stmt = m_store.database().prepare(QStringLiteral("DELETE FROM import_profiles WHERE name = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name.trimmed());
    if (!stmt->exec())
        return Error{stmt->lastError()};
    return {};
}

} // namespace lb::store
