#include "pgstore/pg_import_target.h"

#include <QCoreApplication>

namespace lb::pgstore {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::PgStore)
};

constexpr qsizetype kCopyBytes = 4 << 20; // COPY text sent per statement

const char kHex[] = "0123456789abcdef";

void appendHex(QByteArray &out, const void *data, int size)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    for (int i = 0; i < size; ++i) {
        out.append(kHex[bytes[i] >> 4]);
        out.append(kHex[bytes[i] & 15]);
    }
}

// A point as EWKB hex (little-endian, with the SRID), followed by the field separator.
void appendPoint(QByteArray &out, PointXY p, std::int32_t srid)
{
    const char order = 1;
    const std::uint32_t type = 0x20000001;
    appendHex(out, &order, 1);
    appendHex(out, &type, 4);
    appendHex(out, &srid, 4);
    appendHex(out, &p.x, 8);
    appendHex(out, &p.y, 8);
    out.append('\t');
}

// Text as the file store binds it: an empty value is NULL when `nullWhenEmpty`.
void appendText(QByteArray &out, const QByteArray &utf8, bool nullWhenEmpty)
{
    appendCopyField(out, utf8.isEmpty() ? (nullWhenEmpty ? QByteArray() : QByteArray("")) : utf8);
}

// The ledger's key of an 8-byte content hash: its bytes as a big-endian number, so that the
// server's bytea order is the keys' order.
std::uint64_t hashKey(const char *data, qsizetype size)
{
    std::uint64_t k = 0;
    for (qsizetype i = 0; i < 8; ++i)
        k = (k << 8) | (i < size ? static_cast<unsigned char>(data[i]) : 0u);
    return k;
}

Status statusOf(const Result<PgRows> &rows)
{
    return rows ? Status{} : Status{rows.error()};
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

} // namespace

Result<std::unique_ptr<PgImportTarget>> PgImportTarget::open(const QString &url)
{
    auto reader = PgStoreReader::open(url);
    if (!reader)
        return reader.error();
    auto db = PgConnection::open(url);
    if (!db)
        return db.error();
    std::unique_ptr<PgImportTarget> target(new PgImportTarget(std::move(*db), std::move(*reader)));
    target->m_srid = target->m_reader->epsg();
    return target;
}

PgImportTarget::~PgImportTarget()
{
    rollback();
}

bool PgImportTarget::holdsIncident(const QByteArray &hash, const QString &source, const QString &ref) const
{
    auto rows = m_db.query(QStringLiteral("SELECT 1 FROM incidents WHERE content_hash = decode($1, 'hex') OR ($3 <> "
                                          "'' AND content_hash IS NULL AND source IS NOT DISTINCT FROM $2 AND "
                                          "source_ref = $3) LIMIT 1"),
                           {QString::fromLatin1(hash.toHex()), source.isEmpty() ? QString() : source,
                            ref.isEmpty() ? QStringLiteral("") : ref});
    return rows && rows->rowCount() > 0;
}

Result<std::int64_t> PgImportTarget::begin(const QString &sourceFile, const QString &kind, const QString &profile,
                                           store::RecordTable table, std::int64_t expectedRows)
{
    if (table != store::RecordTable::Incidents)
        return Error{Tr::tr("A shared store on a server takes imports of incidents only.")};
    if (Status s = m_db.exec(QStringLiteral("BEGIN")); !s)
        return s.error();
    m_inTransaction = true;
    m_inserted = m_duplicates = m_lateDuplicates = m_queued = 0;
    m_fatal = false;
    m_rows.clear();
    m_rejects.clear();
    m_restore.clear();
    // One import at a time (a lock every user of the program may take, whatever the rights on the
    // table), so that no two imports take the same new row for new.
    if (Status s = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('lagesbild import'))")); !s)
        return s.error();
    auto batch = m_db.queryText(QStringLiteral("INSERT INTO import_batches (started_at, source_file, kind, profile) "
                                               "VALUES (now(), $1, $2, $3) RETURNING id"),
                                {sourceFile, kind, profile.isEmpty() ? QString() : profile});
    if (!batch)
        return batch.error();
    m_batch = batch->toLongLong();
    if (Status s = loadExistingHashes(); !s)
        return s.error();
    auto held = m_db.queryText(QStringLiteral("SELECT count(*) FROM incidents"));
    if (!held)
        return held.error();
    // Only the table's owner may drop and build its indexes; anyone else loads with them kept up.
    auto owner = m_db.queryText(
        QStringLiteral("SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = 'incidents'::regclass"));
    if (!owner)
        return owner.error();
    if (*owner == QLatin1String("t") && expectedRows >= 50000 && expectedRows >= held->toLongLong())
        if (Status s = dropIndexes(); !s)
            return s.error();
    return m_batch;
}

Status PgImportTarget::loadExistingHashes()
{
    m_seen = std::make_unique<store::HashLedger>();
    m_seen->beginSorted();
    // bytea in COPY text: "\\x" and the hex digits.
    Status s = m_db.copyOut(QStringLiteral("COPY (SELECT content_hash FROM incidents WHERE length(content_hash) = 8 "
                                           "ORDER BY content_hash) TO STDOUT"),
                            [this](const char *line, int size) {
                                if (size != 19)
                                    return true;
                                std::uint64_t k = 0;
                                for (int i = 3; i < 19; ++i)
                                    k = (k << 4) | static_cast<std::uint64_t>(hexValue(line[i]));
                                m_seen->pushSorted(k);
                                return true;
                            });
    m_seen->endSorted();
    return s;
}

Status PgImportTarget::dropIndexes()
{
    auto keys = m_db.query(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype "
                                          "= 'f' AND conrelid = 'incidents'::regclass"));
    if (!keys)
        return keys.error();
    auto indexes = m_db.query(
        QStringLiteral("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE "
                       "i.indrelid = 'incidents'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
                       "c.conindid = i.indexrelid)"));
    if (!indexes)
        return indexes.error();
    QStringList drop;
    for (int r = 0; r < keys->rowCount(); ++r) {
        drop << QStringLiteral("ALTER TABLE incidents DROP CONSTRAINT %1;").arg(keys->text(r, 0));
        m_restore
            << QStringLiteral("ALTER TABLE incidents ADD CONSTRAINT %1 %2;").arg(keys->text(r, 0), keys->text(r, 1));
    }
    for (int r = 0; r < indexes->rowCount(); ++r) {
        drop << QStringLiteral("DROP INDEX %1;").arg(indexes->text(r, 0));
        m_restore.prepend(indexes->text(r, 1) + QLatin1Char(';'));
    }
    return drop.isEmpty() ? Status{} : m_db.exec(drop.join(QLatin1Char('\n')));
}

store::RecordWriter::Outcome PgImportTarget::insert(store::EncodedIncident &row, std::int64_t batchId, std::int64_t)
{
    if (!row.hash.isEmpty() && m_seen->add(hashKey(row.hash.constData(), row.hash.size())) > 1) {
        ++m_duplicates;
        return store::RecordWriter::Outcome::Duplicate;
    }
    appendPoint(m_rows, row.position, m_srid);
    appendCopyField(m_rows, QByteArray::fromRawData(row.when, 20));
    appendText(m_rows, row.precision, false);
    appendText(m_rows, row.category, false);
    appendText(m_rows, row.source, true);
    appendText(m_rows, row.ref, true);
    appendText(m_rows, row.locationPrecision, false);
    appendText(m_rows, row.description, true);
    m_rows.append(QByteArray::number(batchId));
    m_rows.append('\t');
    if (row.hash.isEmpty()) {
        m_rows.append("\\N");
    } else {
        m_rows.append("\\\\x");
        appendHex(m_rows, row.hash.constData(), static_cast<int>(row.hash.size()));
    }
    m_rows.append('\n');
    ++m_queued;
    if (m_rows.size() >= kCopyBytes && !flushRows())
        return store::RecordWriter::Outcome::Failed;
    return store::RecordWriter::Outcome::Queued;
}

bool PgImportTarget::flushRows()
{
    if (m_rows.isEmpty())
        return true;
    bool sent = false;
    const Status s = m_db.copyIn(QStringLiteral("COPY incidents (geom, occurred_at, time_precision, category, source, "
                                                "source_ref, location_precision, description, batch_id, content_hash) "
                                                "FROM STDIN"),
                                 [this, &sent](QByteArray &buffer) {
                                     if (!sent)
                                         buffer.swap(m_rows);
                                     sent = true;
                                     return false;
                                 });
    m_rows.clear();
    if (!s) {
        m_fatal = true;
        m_error = s.errorMessage();
        return false;
    }
    m_inserted += m_queued;
    m_queued = 0;
    return true;
}

Status PgImportTarget::addReject(std::int64_t batchId, std::int64_t rowNumber, const QString &rawValues,
                                 const QString &reasonCode, const QString &reason)
{
    appendCopyField(m_rejects, QByteArray::number(batchId));
    appendCopyField(m_rejects, QByteArray::number(rowNumber));
    appendCopyField(m_rejects, rawValues.toUtf8());
    appendCopyField(m_rejects, reasonCode.toUtf8());
    appendCopyField(m_rejects, reason.toUtf8());
    endCopyRow(m_rejects);
    return m_rejects.size() >= kCopyBytes ? flushRejects() : Status{};
}

Status PgImportTarget::flushRejects()
{
    if (m_rejects.isEmpty())
        return {};
    bool sent = false;
    const Status s = m_db.copyIn(
        QStringLiteral("COPY import_rejects (batch_id, row_number, raw_values, reason_code, reason) FROM STDIN"),
        [this, &sent](QByteArray &buffer) {
            if (!sent)
                buffer.swap(m_rejects);
            sent = true;
            return false;
        });
    m_rejects.clear();
    return s;
}

Status PgImportTarget::finishRows()
{
    if (!flushRows())
        return Error{m_error};
    if (Status s = flushRejects(); !s)
        return s;
    // Incidents entered without a content hash are unique by source and reference id; new rows
    // that repeat one go again, as in the file store.
    const QString batch = QString::number(m_batch);
    auto older = m_db.query(QStringLiteral("SELECT 1 FROM incidents WHERE source_ref IS NOT NULL AND content_hash IS "
                                           "NULL AND batch_id IS DISTINCT FROM $1 LIMIT 1"),
                            {batch});
    if (!older)
        return older.error();
    // A join on the reference id (a hash join for a large load), not a look-up per new row.
    auto late =
        older->rowCount() == 0
            ? Result<QString>(QStringLiteral("0"))
            : m_db.queryText(
                  QStringLiteral("WITH gone AS (DELETE FROM incidents n USING incidents o WHERE n.batch_id = $1 "
                                 "AND n.source_ref IS NOT NULL AND o.source_ref = n.source_ref AND o.source IS "
                                 "NOT DISTINCT FROM n.source AND o.content_hash IS NULL AND o.batch_id IS "
                                 "DISTINCT FROM $1 RETURNING n.fid) SELECT count(DISTINCT fid) FROM gone"),
                  {batch});
    if (!late)
        return late.error();
    m_lateDuplicates = late->toLongLong();
    if (!m_restore.isEmpty()) {
        if (Status s = m_db.exec(m_restore.join(QLatin1Char('\n'))); !s)
            return s;
        m_restore.clear();
        if (Status s = m_db.exec(QStringLiteral("ANALYZE incidents")); !s)
            return s;
    }
    // The layer's recorded extent grows to take the new incidents in.
    return statusOf(m_db.query(
        QStringLiteral("UPDATE layer_contents c SET min_x = LEAST(c.min_x, e.x0), min_y = LEAST(c.min_y, e.y0), "
                       "max_x = GREATEST(c.max_x, e.x1), max_y = GREATEST(c.max_y, e.y1), last_change = now() "
                       "FROM (SELECT ST_XMin(b) x0, ST_YMin(b) y0, ST_XMax(b) x1, ST_YMax(b) y1 FROM (SELECT "
                       "ST_Extent(geom) b FROM incidents WHERE batch_id = $1) s WHERE b IS NOT NULL) e WHERE "
                       "c.table_name = 'incidents'"),
        {batch}));
}

Status PgImportTarget::finishBatch(const store::ImportBatch &counts)
{
    auto done = m_db.query(QStringLiteral("UPDATE import_batches SET finished_at = now(), rows_read = $1, "
                                          "rows_accepted = $2, rows_rejected = $3, rows_duplicate = $4, "
                                          "rows_identical = $5 WHERE id = $6"),
                           {QString::number(counts.rowsRead), QString::number(counts.rowsAccepted),
                            QString::number(counts.rowsRejected), QString::number(counts.rowsDuplicate),
                            QString::number(counts.rowsIdentical), QString::number(counts.id)});
    if (!done)
        return done.error();
    // The same file imported again: the earlier batches' rejected rows are no longer the open problems.
    return statusOf(m_db.query(
        QStringLiteral("UPDATE import_batches SET superseded_by = $1 WHERE id < $1 AND superseded_by IS NULL "
                       "AND undone_at IS NULL AND rows_rejected > 0 AND kind = (SELECT kind FROM "
                       "import_batches WHERE id = $1) AND source_file = (SELECT source_file FROM "
                       "import_batches WHERE id = $1)"),
        {QString::number(counts.id)}));
}

Status PgImportTarget::appendLog(const store::EditLogEntry &entry)
{
    // The author is the database user (the column's default), whoever runs the program.
    return statusOf(m_db.query(
        QStringLiteral("INSERT INTO edit_log (table_name, feature_id, action, old_values, new_values) VALUES "
                       "($1, $2, $3, $4, $5)"),
        {entry.table, entry.featureId ? QString::number(*entry.featureId) : QString(), entry.action,
         entry.oldValues.isEmpty() ? QString() : entry.oldValues,
         entry.newValues.isEmpty() ? QString() : entry.newValues}));
}

Status PgImportTarget::commit()
{
    if (!m_inTransaction)
        return Error{Tr::tr("No import is running.")};
    m_inTransaction = false;
    m_seen.reset();
    return m_db.exec(QStringLiteral("COMMIT"));
}

void PgImportTarget::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_seen.reset();
    m_rows.clear();
    m_rejects.clear();
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Result<std::vector<store::ImportReject>> PgImportTarget::rejects(std::int64_t batchId, int limit) const
{
    auto rows = m_db.query(QStringLiteral("SELECT batch_id, row_number, raw_values, coalesce(reason_code, ''), reason "
                                          "FROM import_rejects WHERE batch_id = $1 ORDER BY row_number, id%1")
                               .arg(limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
                           {QString::number(batchId)});
    if (!rows)
        return rows.error();
    std::vector<store::ImportReject> out;
    for (int r = 0; r < rows->rowCount(); ++r)
        out.push_back({rows->int64(r, 0), rows->int64(r, 1), rows->text(r, 2), rows->text(r, 3), rows->text(r, 4)});
    return out;
}

} // namespace lb::pgstore
