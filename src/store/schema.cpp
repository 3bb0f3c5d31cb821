#include "store/schema.h"

#include "core/taxonomy.h"
#include "store/schema_interventions.h"
#include "store/schema_walks.h"
#include "store/sqlite_db.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace lb::store {

namespace {

const char *const kGeoPackageCore = R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL PRIMARY KEY,
    organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL,
    definition TEXT NOT NULL,
    description TEXT);
CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL,
    identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL,
    m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
    table_name TEXT,
    column_name TEXT,
    extension_name TEXT NOT NULL,
    definition TEXT NOT NULL,
    scope TEXT NOT NULL,
    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
INSERT INTO gpkg_spatial_ref_sys VALUES
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
    ('WGS 84 geodetic', 4326, 'EPSG', 4326,
     'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
     'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
)SQL";

const char *const kAttributeTablesV1 = R"SQL(
CREATE TABLE lb_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE category_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    group_code TEXT NOT NULL REFERENCES category_groups(code),
    sensitive INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE finding_kinds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at DATETIME NOT NULL,
    finished_at DATETIME,
    source_file TEXT,
    kind TEXT NOT NULL,
    profile TEXT,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_accepted INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    rows_duplicate INTEGER NOT NULL DEFAULT 0,
    undone_at DATETIME);
CREATE TABLE import_rejects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    raw_values TEXT NOT NULL,
    reason TEXT NOT NULL);
CREATE INDEX import_rejects_batch ON import_rejects(batch_id);
CREATE TABLE edit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    changed_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    table_name TEXT NOT NULL,
    feature_id INTEGER,
    action TEXT NOT NULL,
    old_values TEXT,
    new_values TEXT,
    author TEXT);
CREATE TABLE surveys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    year INTEGER NOT NULL,
    method TEXT);
CREATE TABLE survey_answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    area_id INTEGER NOT NULL REFERENCES areas(fid) ON DELETE CASCADE,
    indicator TEXT NOT NULL,
    respondents INTEGER NOT NULL,
    share REAL NOT NULL CHECK (share >= 0 AND share <= 1),
    batch_id INTEGER REFERENCES import_batches(id),
    UNIQUE (survey_id, area_id, indicator));
)SQL";

// Feature tables of version 1; the geometry column is always "geom".
const char *const kFeatureTablesV1 = R"SQL(
CREATE TABLE areas (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom MULTIPOLYGON,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    population INTEGER);
CREATE TABLE base_water (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom MULTIPOLYGON,
    name TEXT,
    class TEXT);
CREATE TABLE base_roads (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom MULTILINESTRING,
    name TEXT,
    class TEXT);
CREATE TABLE incidents (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom POINT,
    occurred_at DATETIME NOT NULL,
    category TEXT NOT NULL,
    source TEXT,
    source_ref TEXT,
    location_precision TEXT NOT NULL DEFAULT 'exact'
        CHECK (location_precision IN ('exact','street','area_centroid','municipality_centroid')),
    description TEXT,
    batch_id INTEGER REFERENCES import_batches(id),
    content_hash TEXT);
CREATE INDEX incidents_occurred_at ON incidents(occurred_at);
CREATE INDEX incidents_category ON incidents(category);
CREATE INDEX incidents_batch ON incidents(batch_id);
CREATE UNIQUE INDEX incidents_source_ref ON incidents(source, source_ref) WHERE source_ref IS NOT NULL;
CREATE TABLE survey_pins (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom POINT,
    survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    time_of_day TEXT NOT NULL DEFAULT 'unknown'
        CHECK (time_of_day IN ('unknown','day','evening','night')),
    reason TEXT,
    comment TEXT,
    respondent TEXT,
    batch_id INTEGER REFERENCES import_batches(id));
CREATE INDEX survey_pins_survey ON survey_pins(survey_id);
CREATE TABLE walks (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom LINESTRING,
    walk_date DATE NOT NULL,
    name TEXT NOT NULL,
    area_id INTEGER REFERENCES areas(fid) ON DELETE SET NULL,
    participants TEXT);
CREATE TABLE walk_findings (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom POINT,
    walk_id INTEGER REFERENCES walks(fid) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    description TEXT,
    responsible TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','fixed','rejected')),
    due_date DATE,
    fixed_date DATE,
    batch_id INTEGER REFERENCES import_batches(id));
CREATE INDEX walk_findings_walk ON walk_findings(walk_id);
)SQL";

QString rtreeSql(const QString &t)
{
    const QString r = QStringLiteral("rtree_%1_geom").arg(t);
    QString sql = QStringLiteral("CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy);\n").arg(r);
    const QString values =
        QStringLiteral("(NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom))");
    sql += QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 WHEN (NEW.geom NOT NULL AND NOT "
                          "ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO %1 VALUES %3; END;\n")
               .arg(r, t, values);
    sql += QStringLiteral("CREATE TRIGGER %1_update1 AFTER UPDATE OF geom ON %2 WHEN OLD.fid = NEW.fid AND "
                          "(NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO %1 "
                          "VALUES %3; END;\n")
               .arg(r, t, values);
    sql += QStringLiteral("CREATE TRIGGER %1_update2 AFTER UPDATE OF geom ON %2 WHEN OLD.fid = NEW.fid AND "
                          "(NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %1 WHERE id = OLD.fid; "
                          "END;\n")
               .arg(r, t);
    sql += QStringLiteral("CREATE TRIGGER %1_update3 AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND (NEW.geom "
                          "NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %1 WHERE id = OLD.fid; "
                          "INSERT OR REPLACE INTO %1 VALUES %3; END;\n")
               .arg(r, t, values);
    sql += QStringLiteral("CREATE TRIGGER %1_update4 AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND (NEW.geom "
                          "ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %1 WHERE id IN (OLD.fid, NEW.fid); "
                          "END;\n")
               .arg(r, t);
    sql += QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 WHEN OLD.geom NOT NULL BEGIN DELETE "
                          "FROM %1 WHERE id = OLD.fid; END;\n")
               .arg(r, t);
    return sql;
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

Status registerFeatureTable(const Database &db, const FeatureTableSpec &spec, int epsg)
{
    const QString t = QString::fromLatin1(spec.name);
    QString sql =
        QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                       "srs_id) VALUES (%1, 'features', %2, %3, %4);\n")
            .arg(quoted(t), quoted(QString::fromUtf8(spec.identifier)), quoted(QString::fromUtf8(spec.description)))
            .arg(epsg);
    sql += QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES (%1, 'geom', %2, %3, 0, 0);\n")
               .arg(quoted(t), quoted(QString::fromLatin1(spec.geometryType)))
               .arg(epsg);
    sql += QStringLiteral("INSERT INTO gpkg_extensions VALUES (%1, 'geom', 'gpkg_rtree_index', "
                          "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');\n")
               .arg(quoted(t));
    sql += rtreeSql(t);
    return db.exec(sql);
}

Status registerAttributeTable(const Database &db, const char *name, const char *description)
{
    return db.exec(QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                                  "VALUES (%1, 'attributes', %1, %2);")
                       .arg(quoted(QString::fromLatin1(name)), quoted(QString::fromUtf8(description))));
}

// Version 2: incidents record how precisely their time is known (open data often gives only the
// month or the year), and import mapping profiles are saved by name.
Status migrateTo2(const Database &db)
{
    return db.exec(QStringLiteral(R"SQL(
ALTER TABLE incidents ADD COLUMN time_precision TEXT NOT NULL DEFAULT 'exact'
    CHECK (time_precision IN ('exact','day','month','year'));
CREATE TABLE import_profiles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    definition TEXT NOT NULL,
    updated_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
    VALUES ('import_profiles', 'attributes', 'import_profiles', 'Saved field mappings for recurring imports');
)SQL"));
}

// Version 3: re-imports find existing records through an index on a content hash (the reference
// id when the source has one), on every imported record kind; rejects keep a stable reason code
// beside the English reason text so that summaries can count them and the UI can translate them.
Status migrateTo3(const Database &db)
{
    return db.exec(QStringLiteral(R"SQL(
CREATE UNIQUE INDEX incidents_content_hash ON incidents(content_hash);
ALTER TABLE survey_pins ADD COLUMN content_hash TEXT;
CREATE UNIQUE INDEX survey_pins_content_hash ON survey_pins(content_hash);
CREATE INDEX survey_pins_batch ON survey_pins(batch_id);
ALTER TABLE walk_findings ADD COLUMN content_hash TEXT;
CREATE UNIQUE INDEX walk_findings_content_hash ON walk_findings(content_hash);
CREATE INDEX walk_findings_batch ON walk_findings(batch_id);
ALTER TABLE areas ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);
ALTER TABLE areas ADD COLUMN content_hash TEXT;
CREATE UNIQUE INDEX areas_content_hash ON areas(content_hash);
CREATE INDEX survey_answers_batch ON survey_answers(batch_id);
ALTER TABLE import_rejects ADD COLUMN reason_code TEXT;
)SQL"));
}

// Version 4: surveys and walks remember the import batch that created them (NULL when entered by
// hand or made before version 4), so that undoing the batch removes them when nothing else uses them.
Status migrateTo4(const Database &db)
{
    return db.exec(QStringLiteral(R"SQL(
ALTER TABLE surveys ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);
CREATE INDEX surveys_batch ON surveys(batch_id);
ALTER TABLE walks ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);
CREATE INDEX walks_batch ON walks(batch_id);
)SQL"));
}

// Version 5: content hashes are stored as 8-byte blobs instead of a letter and 16 hex digits: the
// unique index over them is smaller and an import compares them as integers. The reference-id
// index covers only incidents without a content hash (entered by hand): an imported incident's
// hash already stands for its source and reference id, and an import no longer has to rebuild a
// second unique index over a million rows.
Status migrateTo5(const Database &db)
{
    for (const char *table : {"incidents", "survey_pins", "walk_findings", "areas"}) {
        auto rows = db.prepare(QStringLiteral("SELECT fid, content_hash FROM %1 WHERE typeof(content_hash) = 'text'")
                                   .arg(QLatin1String(table)));
        auto update = db.prepare(
            QStringLiteral("UPDATE OR IGNORE %1 SET content_hash = ? WHERE fid = ?").arg(QLatin1String(table)));
        if (!rows)
            return rows.error();
        if (!update)
            return update.error();
        std::vector<std::pair<std::int64_t, QByteArray>> converted;
        while (rows->step()) {
            // 'c' or 'r', then the 64 bits in hex; anything else is left as it is.
            const QString text = rows->text(1);
            const QByteArray bits = QByteArray::fromHex(text.mid(1).toLatin1());
            if (text.size() == 17 && bits.size() == 8)
                converted.emplace_back(rows->int64(0), bits);
        }
        if (rows->failed())
            return Error{rows->lastError()};
        for (const auto &[fid, bits] : converted) {
            update->reset();
            update->bind(1, bits).bind(2, fid);
            if (!update->exec())
                return Error{update->lastError()};
        }
    }
    return db.exec(QStringLiteral(R"SQL(
DROP INDEX incidents_source_ref;
CREATE UNIQUE INDEX incidents_source_ref ON incidents(source, source_ref)
    WHERE source_ref IS NOT NULL AND content_hash IS NULL;
)SQL"));
}

// Version 6: an import batch counts the rows identical to an earlier row of the same file apart
// from those already in the store (0 for batches from before version 6).
Status migrateTo6(const Database &db)
{
    return db.exec(QStringLiteral("ALTER TABLE import_batches ADD COLUMN rows_identical INTEGER NOT NULL DEFAULT 0;"));
}

// Version 7: interventions (insatser) and their kinds, districts and links (schema_interventions.cpp).
Status migrateTo7(const Database &db)
{
    if (Status s = createInterventionTables(db); !s)
        return s;
    const int epsg = static_cast<int>(
        db.queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM lb_meta WHERE key = 'crs_epsg'"))
            .value_or(3006));
    return registerFeatureTable(db, {"interventions", "GEOMETRY", "interventions", "Interventions (insatser)"}, epsg);
}

// Version 8: an import batch whose rejected rows a later import of the same file has replaced
// names that batch (NULL while its rejects are still open).
Status migrateTo8(const Database &db)
{
    return db.exec(
        QStringLiteral("ALTER TABLE import_batches ADD COLUMN superseded_by INTEGER REFERENCES import_batches(id);"));
}

// Version 9: an incident may be placed at a county centre. The CHECK constraint on
// location_precision is widened in place, the way SQLite documents for schema changes that leave
// every stored row valid (ALTER TABLE, "making other kinds of table schema changes"): only the
// table's SQL changes, so a store of ten million incidents upgrades at once. Runs inside the
// upgrade's transaction.
Status migrateTo9(const Database &db)
{
    const auto version = db.queryInt(QStringLiteral("PRAGMA schema_version"));
    if (!version)
        return Error{QCoreApplication::translate("lb::store", "Cannot read the schema version.")};
    return db.exec(QStringLiteral("PRAGMA writable_schema = ON;"
                                  "UPDATE sqlite_schema SET sql = replace(sql, '''municipality_centroid'')', "
                                  "'''municipality_centroid'',''county_centroid'')') "
                                  "WHERE type = 'table' AND name = 'incidents';"
                                  "PRAGMA schema_version = %1;"
                                  "PRAGMA writable_schema = OFF;")
                       .arg(*version + 1));
}

// Version 10: safety-walk plans (numbered points in walking order), photos of findings, and the
// date a finding's status last changed (schema_walks.cpp).
Status migrateTo10(const Database &db)
{
    if (Status s = createWalkPlanTables(db); !s)
        return s;
    const int epsg = static_cast<int>(
        db.queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM lb_meta WHERE key = 'crs_epsg'"))
            .value_or(3006));
    return registerFeatureTable(db, {"walk_points", "POINT", "walk_points", "Planned points of safety walks"}, epsg);
}

const std::vector<std::function<Status(const Database &)>> &migrations()
{
    // migrations()[i] takes a store from version i + 1 to version i + 2.
    static const std::vector<std::function<Status(const Database &)>> list = {
        migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6, migrateTo7, migrateTo8, migrateTo9, migrateTo10};
    return list;
}

} // namespace

const std::vector<FeatureTableSpec> &featureTables()
{
    static const std::vector<FeatureTableSpec> tables = {
        {"base_water", "MULTIPOLYGON", "base_water", "Background map: water"},
        {"areas", "MULTIPOLYGON", "areas", "Municipality, districts and other areas"},
        {"base_roads", "MULTILINESTRING", "base_roads", "Background map: roads and streets"},
        {"walks", "LINESTRING", "walks", "Safety walks and their routes"},
        {"incidents", "POINT", "incidents", "Incident reports"},
        {"survey_pins", "POINT", "survey_pins", "Perceived-safety survey map pins"},
        {"walk_findings", "POINT", "walk_findings", "Safety-walk findings and their follow-up"},
    };
    return tables;
}

Status createBaseSchema(const Database &db, const SchemaOptions &options)
{
    if (Status s = db.exec(QString::fromLatin1(kGeoPackageCore)); !s)
        return s;
    auto srs = db.prepare(QStringLiteral("INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, ?)"));
    if (!srs)
        return srs.error();
    srs->bind(1, options.crsName).bind(2, options.epsg).bind(3, options.epsg).bind(4, options.crsWkt);
    srs->bind(5, QStringLiteral("The store's projected coordinate reference system"));
    if (!srs->exec())
        return Error{srs->lastError()};

    if (Status s = db.exec(QString::fromLatin1(kFeatureTablesV1)); !s)
        return s;
    if (Status s = db.exec(QString::fromLatin1(kAttributeTablesV1)); !s)
        return s;
    for (const FeatureTableSpec &spec : featureTables())
        if (Status s = registerFeatureTable(db, spec, options.epsg); !s)
            return s;
    const std::pair<const char *, const char *> attributeTables[] = {
        {"surveys", "Perceived-safety survey rounds"},
        {"survey_answers", "Survey indicators per area and round"},
        {"category_groups", "Incident category groups"},
        {"categories", "Incident category taxonomy"},
        {"finding_kinds", "Kinds of safety-walk findings"},
        {"import_batches", "Import batches"},
        {"import_rejects", "Rows rejected on import, with reasons"},
        {"edit_log", "History of edits"},
    };
    for (const auto &[name, description] : attributeTables)
        if (Status s = registerAttributeTable(db, name, description); !s)
            return s;

    auto meta = db.prepare(QStringLiteral("INSERT INTO lb_meta (key, value) VALUES (?, ?)"));
    if (!meta)
        return meta.error();
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("schema_version"), QStringLiteral("1")},
        {QStringLiteral("crs_epsg"), QString::number(options.epsg)},
        {QStringLiteral("time_zone"), options.timeZone},
        {QStringLiteral("name"), options.name},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : rows) {
        meta->reset();
        meta->bind(1, key).bind(2, value);
        if (!meta->exec())
            return Error{meta->lastError()};
    }
    return db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                       .arg(kGeoPackageApplicationId)
                       .arg(kGeoPackageUserVersion));
}

int schemaVersion(const Database &db)
{
    if (!db.queryInt(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lb_meta'")))
        return 0;
    const auto v = db.queryText(QStringLiteral("SELECT value FROM lb_meta WHERE key = 'schema_version'"));
    return v ? v->toInt() : 0;
}

Status migrate(const Database &db, int fromVersion, int target)
{
    for (int v = fromVersion; v < target; ++v) {
        const size_t index = static_cast<size_t>(v - 1);
        if (index >= migrations().size())
            return Error{QCoreApplication::translate("lb::store", "No migration from schema version %1.").arg(v)};
        if (Status s = migrations()[index](db); !s)
            return Error{QCoreApplication::translate("lb::store", "Migration to schema version %1 failed: %2")
                             .arg(v + 1)
                             .arg(s.errorMessage())};
        if (Status s =
                db.exec(QStringLiteral("UPDATE lb_meta SET value = '%1' WHERE key = 'schema_version'").arg(v + 1));
            !s)
            return s;
    }
    return {};
}

Status seedTaxonomy(const Database &db)
{
    auto group = db.prepare(
        QStringLiteral("INSERT INTO category_groups (code, label_sv, label_en, sort_order) VALUES (?, ?, ?, ?)"));
    auto category = db.prepare(QStringLiteral("INSERT INTO categories (code, label_sv, label_en, group_code, "
                                              "sensitive, sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
    auto kind = db.prepare(
        QStringLiteral("INSERT INTO finding_kinds (code, label_sv, label_en, sort_order) VALUES (?, ?, ?, ?)"));
    if (!group || !category || !kind)
        return Error{db.lastError()};
    int order = 0;
    for (const CategoryGroup &g : categoryGroups()) {
        group->reset();
        group->bind(1, g.code).bind(2, g.labelSv).bind(3, g.labelEn).bind(4, ++order);
        if (!group->exec())
            return Error{group->lastError()};
    }
    for (const Category &c : defaultCategories()) {
        category->reset();
        category->bind(1, c.code).bind(2, c.labelSv).bind(3, c.labelEn).bind(4, c.group);
        category->bind(5, c.sensitive ? 1 : 0).bind(6, c.sortOrder);
        if (!category->exec())
            return Error{category->lastError()};
    }
    for (const FindingKind &k : defaultFindingKinds()) {
        kind->reset();
        kind->bind(1, k.code).bind(2, k.labelSv).bind(3, k.labelEn).bind(4, k.sortOrder);
        if (!kind->exec())
            return Error{kind->lastError()};
    }
    return {};
}

} // namespace lb::store
