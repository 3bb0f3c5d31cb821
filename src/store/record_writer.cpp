#include "store/record_writer.h"

#include "store/gpkg_geometry.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace lb::store {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::RecordWriter)
};

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

} // namespace

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

RecordWriter::RecordWriter(Store &store, RecordTable table) : m_store(store), m_table(table) {}

RecordWriter::~RecordWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_lookup);
    sqlite3_finalize(m_refLookup);
}

Result<std::unique_ptr<RecordWriter>> RecordWriter::create(Store &store, RecordTable table, bool bulk)
{
    std::unique_ptr<RecordWriter> w(new RecordWriter(store, table));
    const Database &db = store.database();
    sqlite3 *h = db.handle();
    const QString name = tableName(table);
    const bool spatial = table != RecordTable::SurveyAnswers;
    if (sqlite3_prepare_v2(h, insertSql(table), -1, &w->m_insert, nullptr) != SQLITE_OK)
        return Error{Tr::tr("Cannot write to %1: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
    if (spatial) {
        const QByteArray lookup = QStringLiteral("SELECT 1 FROM %1 WHERE content_hash = ?").arg(name).toUtf8();
        if (sqlite3_prepare_v2(h, lookup.constData(), -1, &w->m_lookup, nullptr) != SQLITE_OK)
            return Error{Tr::tr("Cannot read %1: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};
    }
    if (table == RecordTable::Incidents &&
        sqlite3_prepare_v2(h, "SELECT 1 FROM incidents WHERE source IS ? AND source_ref = ?", -1, &w->m_refLookup,
                           nullptr) != SQLITE_OK)
        return Error{Tr::tr("Cannot read %1: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(h)))};

    w->m_firstNewFid = db.queryInt(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2")
                                       .arg(spatial ? QStringLiteral("fid") : QStringLiteral("id"), name))
                           .value_or(0);
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
    return sqlite3_changes(m_store.database().handle()) > 0 ? Outcome::Inserted : Outcome::Duplicate;
}

RecordWriter::Outcome RecordWriter::insert(const Incident &i, std::int64_t batchId, const QByteArray &hash)
{
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
    const Database &db = m_store.database();
    const QString name = tableName(m_table);
    if (m_bulk) {
        // One pass over the new rows in spatial order: the R-tree then grows node by node
        // instead of splitting all over the tree as random points arrive.
        const QString fill = QStringLiteral(
            "INSERT OR REPLACE INTO rtree_%1_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
            "ST_MaxY(geom) FROM %1 WHERE fid > %2 AND geom NOT NULL AND NOT ST_IsEmpty(geom)")
                                 .arg(name)
                                 .arg(m_firstNewFid);
        if (Status s = db.exec(fill); !s)
            return s;
        if (Status s = db.exec(m_triggerSql); !s)
            return s;
    }
    if (m_table != RecordTable::SurveyAnswers)
        return m_store.refreshContentsExtent(name);
    return {};
}

} // namespace lb::store
