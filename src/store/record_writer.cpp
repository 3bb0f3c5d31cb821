#include "store/record_writer.h"

#include "store/gpkg_geometry.h"
#include "store/rtree_packer.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSet>

#include <cstdint>

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

void bindAscii(sqlite3_stmt *s, int i, const QByteArray &v)
{
    sqlite3_bind_text64(s, i, v.constData(), static_cast<sqlite3_uint64>(v.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
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

constexpr int kMultiRows = 256;
constexpr int kIncidentColumns = 10;

// The 64 bits of a hash as the row converter writes them: one letter, then 16 lowercase hex digits.
bool parseHash(const char *text, qsizetype size, char &prefix, std::uint64_t &bits)
{
    if (size != 17)
        return false;
    prefix = text[0];
    bits = 0;
    for (qsizetype i = 1; i < size; ++i) {
        const char c = text[i];
        std::uint64_t digit;
        if (c >= '0' && c <= '9')
            digit = static_cast<std::uint64_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<std::uint64_t>(c - 'a' + 10);
        else
            return false;
        bits = (bits << 4) | digit;
    }
    return true;
}

} // namespace

// The content hashes of a bulk load, for deduplication while the unique index is dropped. Hashes
// of the usual form are kept as 64-bit integers in an open-addressing table per prefix letter
// (their bits come from SHA-1, so the low bits index the table directly); anything else is kept
// as text. Equal text is always found, different text never matches.
class RecordWriter::HashSet {
public:
    // Each table starts small and doubles as it fills: most loads use only one of them.
    HashSet()
    {
        for (Table &t : m_tables)
            t.slots.assign(1024, 0);
    }

    // Adds the hash; false when it was there already.
    bool add(const char *text, qsizetype size)
    {
        char prefix;
        std::uint64_t bits;
        if (parseHash(text, size, prefix, bits) && (prefix == 'c' || prefix == 'r'))
            return add(m_tables[prefix == 'r' ? 1 : 0], bits);
        const QByteArray key(text, size);
        if (m_other.contains(key))
            return false;
        m_other.insert(key);
        return true;
    }

private:
    struct Table {
        std::vector<std::uint64_t> slots; // 0 marks an empty slot; the key 0 is held by hasZero
        size_t used = 0;
        bool hasZero = false;
    };

    static bool add(Table &t, std::uint64_t key)
    {
        if (key == 0) {
            const bool added = !t.hasZero;
            t.hasZero = true;
            return added;
        }
        if ((t.used + 1) * 2 > t.slots.size())
            grow(t);
        const size_t mask = t.slots.size() - 1;
        for (size_t i = static_cast<size_t>(key) & mask;; i = (i + 1) & mask) {
            if (t.slots[i] == key)
                return false;
            if (t.slots[i] == 0) {
                t.slots[i] = key;
                ++t.used;
                return true;
            }
        }
    }

    static void grow(Table &t)
    {
        std::vector<std::uint64_t> old(t.slots.size() * 2, 0);
        old.swap(t.slots);
        const size_t mask = t.slots.size() - 1;
        for (std::uint64_t key : old) {
            if (key == 0)
                continue;
            size_t i = static_cast<size_t>(key) & mask;
            while (t.slots[i] != 0)
                i = (i + 1) & mask;
            t.slots[i] = key;
        }
    }

    Table m_tables[2];
    QSet<QByteArray> m_other;
};

// An incident's bound values, kept until its multi-row statement runs.
struct RecordWriter::PendingIncident {
    QByteArray blob, precision, category, source, ref, locationPrecision, description, hash;
    char when[20];
    std::int64_t batchId = 0;
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
        sqlite3_prepare_v2(h, "SELECT 1 FROM incidents WHERE source IS ? AND source_ref = ?", -1, &w->m_refLookup,
                           nullptr) != SQLITE_OK)
        return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot read %1: %2")
                         .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};

    w->m_firstNewFid = db.queryInt(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2")
                                       .arg(spatial ? QStringLiteral("fid") : QStringLiteral("id"), name))
                           .value_or(0);
    w->m_rowsBefore = db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(name)).value_or(0);
    if (bulk && expectedRows >= 50000 && expectedRows >= w->m_rowsBefore) {
        // Every index is rebuilt at the end. The unique content-hash index goes too: inserting a
        // million random keys into it costs more than everything else in the load, so the writer
        // deduplicates against the table's hashes, read once here, in memory.
        if (spatial) {
            w->m_seen = std::make_unique<HashSet>();
            const QByteArray sql =
                QStringLiteral("SELECT content_hash FROM %1 WHERE content_hash IS NOT NULL").arg(name).toUtf8();
            sqlite3_stmt *st = nullptr;
            int rc = sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr);
            while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
                const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
                w->m_seen->add(text, sqlite3_column_bytes(st, 0));
                rc = SQLITE_OK;
            }
            sqlite3_finalize(st);
            if (rc != SQLITE_DONE)
                return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot read %1: %2")
                                 .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
        }
        auto list = db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                              "tbl_name = '%1' AND sql IS NOT NULL")
                                   .arg(name));
        if (!list)
            return list.error();
        QStringList names;
        while (list->step()) {
            names << list->text(0);
            w->m_droppedIndexes << list->text(1);
        }
        for (const QString &index : names)
            if (Status s = db.exec(QStringLiteral("DROP INDEX %1").arg(index)); !s)
                return s.error();
    }
    if (bulk && table == RecordTable::Incidents) {
        QByteArray sql = QByteArray(insertSql(table));
        const QByteArray row = sql.mid(sql.lastIndexOf("VALUES") + 7);
        for (int i = 1; i < kMultiRows; ++i)
            sql += ',' + row;
        if (sqlite3_prepare_v2(h, sql.constData(), -1, &w->m_multiInsert, nullptr) != SQLITE_OK)
            return Error{QCoreApplication::translate("lb::store::RecordWriter", "Cannot write to %1: %2")
                             .arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
        w->m_pending.resize(kMultiRows);
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

RecordWriter::Outcome RecordWriter::step(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_store.database().handle()));
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
    if (m_seen->add(hash.constData(), hash.size()))
        return false;
    ++m_duplicates;
    return true;
}

bool RecordWriter::flushIncidents()
{
    const bool full = m_pendingCount == static_cast<size_t>(kMultiRows);
    sqlite3_stmt *s = full ? m_multiInsert : m_insert;
    const auto text = [](sqlite3_stmt *st, int i, const QByteArray &v, bool nullWhenEmpty) {
        if (v.isEmpty() && nullWhenEmpty)
            sqlite3_bind_null(st, i);
        else
            sqlite3_bind_text64(st, i, v.constData(), static_cast<sqlite3_uint64>(v.size()), SQLITE_STATIC,
                                SQLITE_UTF8);
    };
    const auto bindRow = [&](const PendingIncident &p, int base) {
        sqlite3_bind_blob64(s, base + 1, p.blob.constData(), static_cast<sqlite3_uint64>(p.blob.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, base + 2, p.when, 20, SQLITE_STATIC);
        text(s, base + 3, p.precision, false);
        text(s, base + 4, p.category, false);
        text(s, base + 5, p.source, true);
        text(s, base + 6, p.ref, true);
        text(s, base + 7, p.locationPrecision, false);
        text(s, base + 8, p.description, true);
        bindId(s, base + 9, p.batchId);
        text(s, base + 10, p.hash, false);
    };
    if (full) {
        for (int r = 0; r < kMultiRows; ++r)
            bindRow(m_pending[static_cast<size_t>(r)], r * kIncidentColumns);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_store.database().handle()));
            return false;
        }
        const int changed = sqlite3_changes(m_store.database().handle());
        m_inserted += changed;
        m_duplicates += kMultiRows - changed;
    } else {
        for (size_t r = 0; r < m_pendingCount; ++r) {
            bindRow(m_pending[r], 0);
            if (step(s) == Outcome::Failed)
                return false;
        }
    }
    m_pendingCount = 0;
    return true;
}

RecordWriter::Outcome RecordWriter::insert(const Incident &i, std::int64_t batchId, const QByteArray &hash)
{
    if (seenBefore(hash))
        return Outcome::Duplicate;
    if (m_multiInsert) {
        PendingIncident &p = m_pending[m_pendingCount++];
        encodePoint(i.position, m_store.epsg(), p.blob);
        formatUtc(i.occurredAt, p.when);
        p.precision = toString(i.timePrecision).toUtf8();
        p.category = i.category.toUtf8();
        p.source = i.source.toUtf8();
        p.ref = i.sourceRef.toUtf8();
        p.locationPrecision = toString(i.locationPrecision).toUtf8();
        p.description = i.description.toUtf8();
        p.hash = hash;
        p.batchId = batchId;
        if (m_pendingCount == static_cast<size_t>(kMultiRows) && !flushIncidents())
            return Outcome::Failed;
        return Outcome::Queued;
    }
    sqlite3_stmt *s = m_insert;
    encodePoint(i.position, m_store.epsg(), m_blob);
    char when[20];
    formatUtc(i.occurredAt, when);
    bindBlob(s, 1, m_blob);
    sqlite3_bind_text(s, 2, when, 20, SQLITE_TRANSIENT);
    bindText(s, 3, toString(i.timePrecision));
    bindText(s, 4, i.category);
    bindText(s, 5, i.source.isEmpty() ? QString() : i.source);
    bindText(s, 6, i.sourceRef.isEmpty() ? QString() : i.sourceRef);
    bindText(s, 7, toString(i.locationPrecision));
    bindText(s, 8, i.description.isEmpty() ? QString() : i.description);
    bindId(s, 9, batchId);
    bindAscii(s, 10, hash);
    return step(s);
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
    bindAscii(s, 9, hash);
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
    bindAscii(s, 10, hash);
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
    bindAscii(s, 6, hash);
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
    bindAscii(m_lookup, 1, hash);
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
    const Database &db = m_store.database();
    const QString name = tableName(m_table);
    if (m_bulk) {
        const std::int64_t added =
            db.queryInt(QStringLiteral("SELECT count(*) FROM %1 WHERE fid > %2").arg(name).arg(m_firstNewFid))
                .value_or(0);
        if (added >= m_rowsBefore) {
            if (Status s = rebuildRTree(db, name); !s)
                return s;
        } else {
            const QString fill =
                QStringLiteral(
                    "INSERT OR REPLACE INTO rtree_%1_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
                    "ST_MaxY(geom) FROM %1 WHERE fid > %2 AND geom NOT NULL AND NOT ST_IsEmpty(geom)")
                    .arg(name)
                    .arg(m_firstNewFid);
            if (Status s = db.exec(fill); !s)
                return s;
        }
        if (Status s = db.exec(m_triggerSql); !s)
            return s;
    }
    if (!m_droppedIndexes.isEmpty()) {
        // Incidents entered without a content hash are only unique by source and reference id;
        // new rows that repeat one go now, before the unique index returns.
        if (m_table == RecordTable::Incidents &&
            db.queryInt(QStringLiteral("SELECT 1 FROM incidents WHERE fid <= %1 AND content_hash IS NULL AND "
                                       "source_ref IS NOT NULL LIMIT 1")
                            .arg(m_firstNewFid))) {
            const QString del =
                QStringLiteral(
                    "DELETE FROM incidents WHERE fid > %1 AND source_ref IS NOT NULL AND EXISTS (SELECT 1 FROM "
                    "incidents o "
                    "WHERE o.fid <= %1 AND o.source IS incidents.source AND o.source_ref = incidents.source_ref)")
                    .arg(m_firstNewFid);
            if (Status s = db.exec(del); !s)
                return s;
            m_lateDuplicates = sqlite3_changes(db.handle());
        }
        for (const QString &sql : m_droppedIndexes)
            if (Status s = db.exec(sql); !s)
                return s;
    }
    if (m_table != RecordTable::SurveyAnswers)
        return m_store.refreshContentsExtent(name);
    return {};
}

} // namespace lb::store
