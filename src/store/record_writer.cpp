#include "store/record_writer.h"

#include "store/gpkg_geometry.h"
#include "store/hash_ledger.h"
#include "store/rtree_packer.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace lb::store {

namespace {

void bindText(sqlite3_stmt *s, int i, const QString &v)
{
    if (v.isNull()) {
        sqlite3_bind_null(s, i);
        return;
    }
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text64(s, i, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

// Text already in UTF-8.
void bindUtf8(sqlite3_stmt *s, int i, const QByteArray &v)
{
    sqlite3_bind_text64(s, i, v.constData(), static_cast<sqlite3_uint64>(v.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

// UTF-8 text, NULL when empty.
void bindTextOrNull(sqlite3_stmt *s, int i, const QByteArray &v)
{
    if (v.isEmpty())
        sqlite3_bind_null(s, i);
    else
        bindUtf8(s, i, v);
}

// A content hash: 8 bytes, stored as a BLOB (NULL when the record has none).
void bindHash(sqlite3_stmt *s, int i, const QByteArray &v)
{
    if (v.isEmpty())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_blob64(s, i, v.constData(), static_cast<sqlite3_uint64>(v.size()), SQLITE_TRANSIENT);
}

void bindBlob(sqlite3_stmt *s, int i, const QByteArray &v)
{
    sqlite3_bind_blob64(s, i, v.constData(), static_cast<sqlite3_uint64>(v.size()), SQLITE_TRANSIENT);
}

void bindId(sqlite3_stmt *s, int i, std::int64_t id)
{
    if (id > 0)
        sqlite3_bind_int64(s, i, id);
    else
        sqlite3_bind_null(s, i);
}

void bindDate(sqlite3_stmt *s, int i, const QDate &d)
{
    if (d.isValid())
        bindText(s, i, d.toString(Qt::ISODate));
    else
        sqlite3_bind_null(s, i);
}

const char *insertSql(RecordTable t)
{
    switch (t) {
    case RecordTable::Incidents:
        return "INSERT OR IGNORE INTO incidents (geom, occurred_at, time_precision, category, source, source_ref, "
               "location_precision, description, batch_id, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?)";
    case RecordTable::SurveyPins:
        return "INSERT OR IGNORE INTO survey_pins (geom, survey_id, rating, time_of_day, reason, comment, respondent, "
               "batch_id, content_hash) VALUES (?,?,?,?,?,?,?,?,?)";
    case RecordTable::WalkFindings:
        return "INSERT OR IGNORE INTO walk_findings (geom, walk_id, kind, description, responsible, status, due_date, "
               "fixed_date, batch_id, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?)";
    case RecordTable::Areas:
        return "INSERT OR IGNORE INTO areas (geom, name, kind, population, batch_id, content_hash) "
               "VALUES (?,?,?,?,?,?)";
    case RecordTable::SurveyAnswers:
        return "INSERT OR IGNORE INTO survey_answers (survey_id, area_id, indicator, respondents, share, batch_id) "
               "VALUES (?,?,?,?,?,?)";
    }
    return "";
}

// An enum's stored name in UTF-8, converted once: it is written for every imported row.
template <typename E, int N> const QByteArray &utf8Name(E value)
{
    static const std::array<QByteArray, N> names = [] {
        std::array<QByteArray, N> all;
        for (int v = 0; v < N; ++v)
            all[static_cast<size_t>(v)] = toString(static_cast<E>(v)).toUtf8();
        return all;
    }();
    return names[static_cast<size_t>(value)];
}
const QByteArray &utf8Name(TimePrecision p)
{
    return utf8Name<TimePrecision, 4>(p);
}
const QByteArray &utf8Name(LocationPrecision p)
{
    return utf8Name<LocationPrecision, 5>(p); // exact … county centre
}

constexpr int kMultiRows = 256;
constexpr int kIncidentColumns = 10;

} // namespace

// The content hashes of a bulk load, for deduplication while the unique index is dropped. Hashes
// of the usual 8 bytes go into a HashLedger (memory that does not grow with the load), read as
// big-endian numbers so that the table's index gives them in ascending order; anything else (none
// is written today) is kept as it is.
class RecordWriter::HashSet {
public:
    // Adds the hash; false when it was there already.
    bool add(const char *data, qsizetype size)
    {
        if (size == 8)
            return m_ledger.add(key(data)) == 1;
        const QByteArray other(data, size);
        if (m_other.contains(other))
            return false;
        m_other.insert(other);
        return true;
    }
    // The hashes the table holds, in ascending order of their bytes, each once.
    void beginExisting() { m_ledger.beginSorted(); }
    void addExisting(const char *data, qsizetype size)
    {
        if (size == 8)
            m_ledger.pushSorted(key(data));
        else
            m_other.insert(QByteArray(data, size));
    }
    void endExisting() { m_ledger.endSorted(); }
    bool ok() const { return m_ledger.ok(); }

private:
    static std::uint64_t key(const char *data)
    {
        std::uint64_t k = 0;
        for (int i = 0; i < 8; ++i)
            k = (k << 8) | static_cast<unsigned char>(data[i]);
        return k;
    }

    HashLedger m_ledger;
    QSet<QByteArray> m_other;
};

QString tableName(RecordTable table)
{
    switch (table) {
    case RecordTable::Incidents:
        return QStringLiteral("incidents");
    case RecordTable::SurveyPins:
        return QStringLiteral("survey_pins");
    case RecordTable::SurveyAnswers:
        return QStringLiteral("survey_answers");
    case RecordTable::WalkFindings:
        return QStringLiteral("walk_findings");
    case RecordTable::Areas:
        return QStringLiteral("areas");
    }
    return {};
}

RecordWriter::RecordWriter(Store &store, RecordTable table)
    : m_store(store)
    , m_table(table)
{}

RecordWriter::~RecordWriter()
{
    sqlite3_finalize(m_multiInsert);
    sqlite3_finalize(m_oneInsert);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_lookup);
    sqlite3_finalize(m_refLookup);
}

Result<std::unique_ptr<RecordWriter>> RecordWriter::create(Store &store, RecordTable table, bool bulk,
                                                           std::int64_t expectedRows)
{
    std::unique_ptr<RecordWriter> w(new RecordWriter(store, table));
    const Database &db = store.database();
    sqlite3 *h = db.handle();
    const QString name = tableName(table);
    const bool spatial = table != RecordTable::SurveyAnswers;
    if (sqlite3_prepare_v2(h, insertSql(table), -1, &w->m_insert, nullptr) != SQLITE_OK)
        return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot write to %1: %2")
                         .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
    if (spatial) {
        const QByteArray lookup = QStringLiteral("SELECT 1 FROM %1 WHERE content_hash = ?").arg(name).toUtf8();
        if (sqlite3_prepare_v2(h, lookup.constData(), -1, &w->m_lookup, nullptr) != SQLITE_OK)
            return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot read %1: %2")
                             .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
    }
    if (table == RecordTable::Incidents &&
        sqlite3_prepare_v2(h, "SELECT 1 FROM incidents WHERE source IS ? AND source_ref = ? AND content_hash IS NULL",
                           -1, &w->m_refLookup, nullptr) != SQLITE_OK)
        return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot read %1: %2")
                         .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};

    w->m_firstNewFid = db.queryInt(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2")
                                       .arg(spatial ? QStringLiteral("fid") : QStringLiteral("id"), name))
                           .value_or(0);
    if (bulk && expectedRows >= 50000 && w->rowsBeforeAtMost(expectedRows)) {
        // Every index is rebuilt at the end. The unique content-hash index goes too: inserting a
        // million random keys into it costs more than everything else in the load, so the writer
        // then deduplicates against the table's hashes in a HashLedger. Until the first row is
        // written the index is still there and answers instead: the same file imported again
        // writes nothing and never reads the table's hashes.
        if (spatial)
            w->m_seen = std::make_unique<HashSet>();
        auto list = db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                              "tbl_name = '%1' AND sql IS NOT NULL")
                                   .arg(name));
        if (!list)
            return list.error();
        while (list->step()) {
            // An index over a column with few values (the load's one batch id, a category code)
            // grows at that many places, which stay in the page cache: it is cheap to keep, and
            // the writing thread has time to spare while rows are converted. The reference-id
            // index holds only incidents without a content hash, which an import never writes.
            // Indexes over a value new to nearly every row (hash, time) grow at random places and
            // are rebuilt.
            const QString index = list->text(0);
            if (index.endsWith(QLatin1String("_batch")) || index == QLatin1String("incidents_category") ||
                index == QLatin1String("incidents_source_ref"))
                continue;
            w->m_indexesToDrop << index;
            w->m_indexSql << list->text(1);
        }
        if (w->m_seen) {
            w->m_existingPending = w->m_indexesToDrop.contains(name + QLatin1String("_content_hash"));
            if (!w->m_existingPending && !w->loadExistingHashes())
                return Error{w->m_error};
        }
    }
    if (bulk && table == RecordTable::Incidents) {
        // The writer numbers the rows itself, after every id the table has ever used (the
        // table is AUTOINCREMENT: undone rows' ids are not handed out again), so that it knows
        // each row's id without asking and can build the spatial index from memory.
        const std::int64_t sequence =
            db.queryInt(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'incidents'")).value_or(0);
        w->m_nextFid = std::max(sequence, w->m_firstNewFid) + 1;
        QByteArray sql =
            QByteArray(insertSql(table)).replace("(geom,", "(fid, geom,").replace("VALUES (", "VALUES (?,");
        if (sqlite3_prepare_v2(h, sql.constData(), -1, &w->m_oneInsert, nullptr) != SQLITE_OK)
            return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot write to %1: %2")
                             .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
        const QByteArray row = sql.mid(sql.lastIndexOf("VALUES") + 7);
        for (int i = 1; i < kMultiRows; ++i)
            sql += ',' + row;
        if (sqlite3_prepare_v2(h, sql.constData(), -1, &w->m_multiInsert, nullptr) != SQLITE_OK)
            return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot write to %1: %2")
                             .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
        w->m_pending.resize(kMultiRows);
        w->m_pendingBatch.resize(kMultiRows);
        w->m_pendingTag.resize(kMultiRows);
    }
    if (bulk && spatial) {
        const QString trigger = QStringLiteral("rtree_%1_geom_insert").arg(name);
        auto sql = db.queryText(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '%1'").arg(trigger));
        if (sql) {
            w->m_triggerSql = *sql;
            if (Status s = db.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)); !s)
                return s.error();
            w->m_bulk = true;
        }
    }
    return w;
}

bool RecordWriter::loadExistingHashes()
{
    // In the order of the unique index: no sorting, and the ledger takes them as one run.
    sqlite3 *h = m_store.database().handle();
    const QByteArray sql =
        QStringLiteral("SELECT content_hash FROM %1 WHERE content_hash IS NOT NULL ORDER BY content_hash")
            .arg(tableName(m_table))
            .toUtf8();
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr);
    m_seen->beginExisting();
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *hash = static_cast<const char *>(sqlite3_column_blob(st, 0));
        m_seen->addExisting(hash, sqlite3_column_bytes(st, 0));
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    m_seen->endExisting();
    m_existingPending = false;
    if (rc == SQLITE_DONE && m_seen->ok())
        return true;
    m_error = QCoreApplication::translate("lb::store::RecordWriter", "Cannot read %1: %2")
                  .arg(tableName(m_table), QString::fromUtf8(sqlite3_errmsg(h)));
    return false;
}

bool RecordWriter::dropIndexesBeforeWriting()
{
    // Only once a row is really written: a load that finds every row already present (the same
    // file again) leaves the indexes alone and has none to rebuild.
    if (m_existingPending && !loadExistingHashes()) {
        m_fatal = true;
        return false;
    }
    for (const QString &index : std::exchange(m_indexesToDrop, {})) {
        if (Status s = m_store.database().exec(QStringLiteral("DROP INDEX %1").arg(index)); !s) {
            m_error = s.errorMessage();
            m_fatal = true;
            return false;
        }
        m_indexesDropped = true;
    }
    return true;
}

void RecordWriter::forgetPoints()
{
    m_pointsComplete = false;
    m_points.clear();
}

void RecordWriter::noteError(int rc)
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_store.database().handle()));
    // Errors about the row's values; anything else concerns the file or the connection.
    const int primary = rc & 0xFF;
    m_fatal = !(primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH || primary == SQLITE_TOOBIG ||
                primary == SQLITE_RANGE);
}

RecordWriter::Outcome RecordWriter::step(sqlite3_stmt *stmt)
{
    if (!m_indexesToDrop.isEmpty() && !dropIndexesBeforeWriting())
        return Outcome::Failed;
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        noteError(rc);
        return Outcome::Failed;
    }
    if (sqlite3_changes(m_store.database().handle()) > 0) {
        ++m_inserted;
        return Outcome::Inserted;
    }
    ++m_duplicates;
    return Outcome::Duplicate;
}

bool RecordWriter::seenBefore(const QByteArray &hash)
{
    if (!m_seen || hash.isEmpty())
        return false;
    // Held by the table (while its unique index is still there), or seen earlier in this load.
    if ((!m_existingPending || !contains(hash)) && m_seen->add(hash.constData(), hash.size()))
        return false;
    ++m_duplicates;
    return true;
}

bool RecordWriter::flushIncidents()
{
    if (!m_indexesToDrop.isEmpty() && !dropIndexesBeforeWriting())
        return false;
    const bool full = m_pendingCount == static_cast<size_t>(kMultiRows);
    const std::int64_t firstFid = m_nextFid;
    const auto bindRow = [this, firstFid](sqlite3_stmt *s, size_t r, int base) {
        const auto text = [s](int i, const QByteArray &v, bool nullWhenEmpty) {
            if (v.isEmpty() && nullWhenEmpty)
                sqlite3_bind_null(s, i);
            else
                sqlite3_bind_text64(s, i, v.constData(), static_cast<sqlite3_uint64>(v.size()), SQLITE_STATIC,
                                    SQLITE_UTF8);
        };
        const EncodedIncident &p = m_pending[r];
        sqlite3_bind_int64(s, base + 1, firstFid + static_cast<std::int64_t>(r));
        sqlite3_bind_blob64(s, base + 2, p.blob.constData(), static_cast<sqlite3_uint64>(p.blob.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, base + 3, p.when, 20, SQLITE_STATIC);
        text(base + 4, p.precision, false);
        text(base + 5, p.category, false);
        text(base + 6, p.source, true);
        text(base + 7, p.ref, true);
        text(base + 8, p.locationPrecision, false);
        text(base + 9, p.description, true);
        bindId(s, base + 10, m_pendingBatch[r]);
        if (p.hash.isEmpty())
            sqlite3_bind_null(s, base + 11);
        else
            sqlite3_bind_blob64(s, base + 11, p.hash.constData(), static_cast<sqlite3_uint64>(p.hash.size()),
                                SQLITE_STATIC);
    };
    const auto count = static_cast<int>(m_pendingCount);
    bool oneByOne = !full;
    if (full) {
        for (size_t r = 0; r < static_cast<size_t>(kMultiRows); ++r)
            bindRow(m_multiInsert, r, static_cast<int>(r) * (kIncidentColumns + 1));
        const int rc = sqlite3_step(m_multiInsert);
        sqlite3_reset(m_multiInsert);
        if (rc == SQLITE_DONE) {
            const int changed = sqlite3_changes(m_store.database().handle());
            m_inserted += changed;
            m_duplicates += count - changed;
            // A row the store ignored (a unique index still in place) leaves a gap in the ids:
            // the remembered positions no longer say which id holds which point.
            if (changed != count)
                forgetPoints();
            if (m_pointsComplete)
                for (size_t r = 0; r < m_pendingCount; ++r)
                    m_points.push_back(
                        {firstFid + static_cast<std::int64_t>(r), m_pending[r].position.x, m_pending[r].position.y});
        } else {
            noteError(rc);
            if (m_fatal)
                return false;
            // The statement was undone as a whole; the rows go again one by one to find the
            // refused ones and keep the others.
            oneByOne = true;
        }
    }
    if (oneByOne) {
        sqlite3_stmt *s = m_oneInsert;
        for (size_t r = 0; r < m_pendingCount; ++r) {
            bindRow(s, r, 0);
            const int rc = sqlite3_step(s);
            sqlite3_reset(s);
            if (rc != SQLITE_DONE) {
                noteError(rc);
                if (m_fatal)
                    return false;
                m_refused.push_back({m_pendingTag[r], m_error, m_pending[r]});
                continue;
            }
            if (sqlite3_changes(m_store.database().handle()) == 0) {
                ++m_duplicates;
                continue;
            }
            ++m_inserted;
            if (m_pointsComplete)
                m_points.push_back(
                    {firstFid + static_cast<std::int64_t>(r), m_pending[r].position.x, m_pending[r].position.y});
        }
    }
    m_nextFid += count;
    m_pendingCount = 0;
    return true;
}

void RecordWriter::encodeFixedColumns(const Incident &i, int epsg, EncodedIncident &out)
{
    encodePoint(i.position, epsg, out.blob);
    out.position = i.position;
    formatUtc(i.occurredAt, out.when);
    out.precision = utf8Name(i.timePrecision);
    out.locationPrecision = utf8Name(i.locationPrecision);
}

void RecordWriter::encode(const Incident &i, int epsg, const QByteArray &hash, EncodedIncident &out)
{
    encodeFixedColumns(i, epsg, out);
    out.category = i.category.toUtf8();
    out.source = i.source.toUtf8();
    out.ref = i.sourceRef.toUtf8();
    out.description = i.description.toUtf8();
    out.hash = hash;
}

RecordWriter::Outcome RecordWriter::queue(EncodedIncident &row, std::int64_t batchId, std::int64_t tag)
{
    std::swap(m_pending[m_pendingCount], row);
    m_pendingBatch[m_pendingCount] = batchId;
    m_pendingTag[m_pendingCount] = tag;
    ++m_pendingCount;
    if (m_pendingCount == static_cast<size_t>(kMultiRows) && !flushIncidents())
        return Outcome::Failed;
    return Outcome::Queued;
}

RecordWriter::Outcome RecordWriter::insert(EncodedIncident &incident, std::int64_t batchId, std::int64_t tag)
{
    if (seenBefore(incident.hash))
        return Outcome::Duplicate;
    if (m_multiInsert)
        return queue(incident, batchId, tag);
    sqlite3_stmt *s = m_insert;
    bindBlob(s, 1, incident.blob);
    sqlite3_bind_text(s, 2, incident.when, 20, SQLITE_TRANSIENT);
    bindUtf8(s, 3, incident.precision);
    bindUtf8(s, 4, incident.category);
    bindTextOrNull(s, 5, incident.source);
    bindTextOrNull(s, 6, incident.ref);
    bindUtf8(s, 7, incident.locationPrecision);
    bindTextOrNull(s, 8, incident.description);
    bindId(s, 9, batchId);
    bindHash(s, 10, incident.hash);
    return step(s);
}

RecordWriter::Outcome RecordWriter::insert(const Incident &i, std::int64_t batchId, const QByteArray &hash)
{
    EncodedIncident row;
    encode(i, m_store.epsg(), hash, row);
    return insert(row, batchId, 0);
}

RecordWriter::Outcome RecordWriter::insert(const SurveyPin &p, std::int64_t batchId, const QByteArray &hash)
{
    if (seenBefore(hash))
        return Outcome::Duplicate;
    sqlite3_stmt *s = m_insert;
    encodePoint(p.position, m_store.epsg(), m_blob);
    bindBlob(s, 1, m_blob);
    sqlite3_bind_int64(s, 2, p.surveyId);
    if (p.rating > 0)
        sqlite3_bind_int(s, 3, p.rating);
    else
        sqlite3_bind_null(s, 3);
    bindText(s, 4, toString(p.timeOfDay));
    bindText(s, 5, p.reason.isEmpty() ? QString() : p.reason);
    bindText(s, 6, p.comment.isEmpty() ? QString() : p.comment);
    bindText(s, 7, p.respondent.isEmpty() ? QString() : p.respondent);
    bindId(s, 8, batchId);
    bindHash(s, 9, hash);
    return step(s);
}

RecordWriter::Outcome RecordWriter::insert(const WalkFinding &f, std::int64_t batchId, const QByteArray &hash)
{
    if (seenBefore(hash))
        return Outcome::Duplicate;
    sqlite3_stmt *s = m_insert;
    encodePoint(f.position, m_store.epsg(), m_blob);
    bindBlob(s, 1, m_blob);
    bindId(s, 2, f.walkId);
    bindText(s, 3, f.kind);
    bindText(s, 4, f.description.isEmpty() ? QString() : f.description);
    bindText(s, 5, f.responsible.isEmpty() ? QString() : f.responsible);
    bindText(s, 6, toString(f.status));
    bindDate(s, 7, f.dueDate);
    bindDate(s, 8, f.fixedDate);
    bindId(s, 9, batchId);
    bindHash(s, 10, hash);
    return step(s);
}

RecordWriter::Outcome RecordWriter::insert(const Area &a, std::int64_t batchId, const QByteArray &hash)
{
    if (seenBefore(hash))
        return Outcome::Duplicate;
    sqlite3_stmt *s = m_insert;
    bindBlob(s, 1, encodeMultiPolygon(a.geometry, m_store.epsg()));
    bindText(s, 2, a.name);
    bindText(s, 3, a.kind);
    if (a.population > 0)
        sqlite3_bind_int64(s, 4, a.population);
    else
        sqlite3_bind_null(s, 4);
    bindId(s, 5, batchId);
    bindHash(s, 6, hash);
    return step(s);
}

RecordWriter::Outcome RecordWriter::insert(const SurveyAnswer &a, std::int64_t batchId)
{
    sqlite3_stmt *s = m_insert;
    sqlite3_bind_int64(s, 1, a.surveyId);
    sqlite3_bind_int64(s, 2, a.areaId);
    bindText(s, 3, a.indicator);
    sqlite3_bind_int(s, 4, a.respondents);
    sqlite3_bind_double(s, 5, a.share);
    bindId(s, 6, batchId);
    return step(s);
}

bool RecordWriter::contains(const QByteArray &hash) const
{
    if (!m_lookup)
        return false;
    bindHash(m_lookup, 1, hash);
    const bool found = sqlite3_step(m_lookup) == SQLITE_ROW;
    sqlite3_reset(m_lookup);
    return found;
}

bool RecordWriter::containsIncidentRef(const QString &source, const QString &ref) const
{
    if (!m_refLookup || ref.isEmpty())
        return false;
    bindText(m_refLookup, 1, source.isEmpty() ? QString() : source);
    bindText(m_refLookup, 2, ref);
    const bool found = sqlite3_step(m_refLookup) == SQLITE_ROW;
    sqlite3_reset(m_refLookup);
    return found;
}

Status RecordWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (m_pendingCount > 0 && !flushIncidents())
        return Error{m_error};
    // A temporary file of the duplicate check could not be read back: the check may have let a
    // duplicate through or stopped a new row, so nothing is kept.
    if (m_seen && !m_seen->ok())
        return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot read %1: %2")
                         .arg(tableName(m_table), QString::fromLocal8Bit(std::strerror(EIO)))};
    const Database &db = m_store.database();
    const QString name = tableName(m_table);
    // The extent of the whole layer when the packed rebuild computed it; else read from the R-tree,
    // or, when rows were only added, the stored extent grown by theirs.
    Extent extent;
    bool grownExtent = false;
    if (m_bulk) {
        const bool fromMemory = m_multiInsert && m_pointsComplete;
        const std::int64_t added =
            fromMemory
                ? m_points.size()
                : db.queryInt(QStringLiteral("SELECT count(*) FROM %1 WHERE fid > %2").arg(name).arg(m_firstNewFid))
                      .value_or(0);
        if (rowsBeforeAtMost(added)) {
            RTreeInput input;
            if (fromMemory) {
                input.tableUpToFid = m_firstNewFid;
                input.points = std::move(m_points);
            }
            auto built = rebuildRTree(db, name, std::move(input));
            if (!built)
                return built.error();
            extent = *built;
        } else {
            const QString fill =
                QStringLiteral(
                    "INSERT OR REPLACE INTO rtree_%1_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
                    "ST_MaxY(geom) FROM %1 WHERE fid > %2 AND geom NOT NULL AND NOT ST_IsEmpty(geom)")
                    .arg(name)
                    .arg(m_firstNewFid);
            if (Status s = db.exec(fill); !s)
                return s;
            grownExtent = true;
        }
        m_points.clear();
        if (Status s = db.exec(m_triggerSql); !s)
            return s;
    }
    // Incidents entered without a content hash (by hand, or before hashes) are unique by source and
    // reference id, through an index over those rows only; new rows that repeat one go now.
    if (m_table == RecordTable::Incidents && m_inserted > 0 &&
        db.queryInt(QStringLiteral("SELECT 1 FROM incidents WHERE fid <= %1 AND source_ref IS NOT NULL AND "
                                   "content_hash IS NULL LIMIT 1")
                        .arg(m_firstNewFid))) {
        const QString del = QStringLiteral("DELETE FROM incidents WHERE fid > %1 AND source_ref IS NOT NULL AND "
                                           "EXISTS (SELECT 1 FROM incidents o WHERE o.fid <= %1 AND o.source IS "
                                           "incidents.source AND o.source_ref = incidents.source_ref AND "
                                           "o.content_hash IS NULL)")
                                .arg(m_firstNewFid);
        if (Status s = db.exec(del); !s)
            return s;
        m_lateDuplicates = sqlite3_changes(db.handle());
        if (m_lateDuplicates > 0)
            extent = Extent{};
    }
    if (m_indexesDropped)
        for (const QString &sql : m_indexSql)
            if (Status s = db.exec(sql); !s)
                return s;
    if (m_table == RecordTable::SurveyAnswers)
        return {};
    if (!extent.isEmpty()) {
        auto update = db.prepare(QStringLiteral("UPDATE gpkg_contents SET (min_x, min_y, max_x, max_y) = (?, ?, ?, "
                                                "?), last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE "
                                                "table_name = ?"));
        if (!update)
            return update.error();
        update->bind(1, extent.minX).bind(2, extent.minY).bind(3, extent.maxX).bind(4, extent.maxY).bind(5, name);
        if (!update->exec())
            return Error{update->lastError()};
        return {};
    }
    if (grownExtent)
        return growContentsExtent();
    return m_store.refreshContentsExtent(name);
}

bool RecordWriter::rowsBeforeAtMost(std::int64_t n) const
{
    // Counts no further than n + 1 rows: a small load into a large table must not count the table.
    const QString name = tableName(m_table);
    const QString key = m_table == RecordTable::SurveyAnswers ? QStringLiteral("id") : QStringLiteral("fid");
    return m_store.database()
               .queryInt(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 <= %3 LIMIT %4)")
                             .arg(name, key)
                             .arg(m_firstNewFid)
                             .arg(n + 1))
               .value_or(0) <= n;
}

Status RecordWriter::growContentsExtent()
{
    // Rows were only added: the layer's extent is the one stored before, grown by the new rows'
    // (read by id range), rather than a pass over the whole spatial index.
    const Database &db = m_store.database();
    const QString name = tableName(m_table);
    auto stored = db.prepare(QStringLiteral("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ? "
                                            "AND min_x IS NOT NULL AND min_y IS NOT NULL AND max_x IS NOT NULL AND "
                                            "max_y IS NOT NULL"));
    if (!stored)
        return stored.error();
    stored->bind(1, name);
    const bool hadExtent = stored->step();
    if (!hadExtent) {
        if (stored->failed())
            return Error{stored->lastError()};
        // Nothing stored while the table held rows: the whole index is read.
        if (!rowsBeforeAtMost(0))
            return m_store.refreshContentsExtent(name);
    }
    Extent extent;
    if (hadExtent)
        extent = Extent{stored->real(0), stored->real(1), stored->real(2), stored->real(3)};
    auto added = db.prepare(QStringLiteral("SELECT min(ST_MinX(geom)), min(ST_MinY(geom)), max(ST_MaxX(geom)), "
                                           "max(ST_MaxY(geom)) FROM %1 WHERE fid > ? AND geom NOT NULL AND NOT "
                                           "ST_IsEmpty(geom)")
                                .arg(name));
    if (!added)
        return added.error();
    added->bind(1, m_firstNewFid);
    if (added->step() && !added->isNull(0)) {
        extent.minX = std::min(extent.minX, added->real(0));
        extent.minY = std::min(extent.minY, added->real(1));
        extent.maxX = std::max(extent.maxX, added->real(2));
        extent.maxY = std::max(extent.maxY, added->real(3));
    }
    if (added->failed())
        return Error{added->lastError()};
    if (extent.isEmpty())
        return m_store.refreshContentsExtent(name);
    auto update = db.prepare(QStringLiteral("UPDATE gpkg_contents SET (min_x, min_y, max_x, max_y) = (?, ?, ?, ?), "
                                            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?"));
    if (!update)
        return update.error();
    update->bind(1, extent.minX).bind(2, extent.minY).bind(3, extent.maxX).bind(4, extent.maxY).bind(5, name);
    if (!update->exec())
        return Error{update->lastError()};
    return {};
}

} // namespace lb::store
