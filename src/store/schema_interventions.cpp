#include "store/schema_interventions.h"

#include "core/intervention.h"
#include "store/sqlite_db.h"

namespace lb::store {

Status createInterventionTables(const Database &db)
{
    if (Status s = db.exec(QStringLiteral(R"SQL(
CREATE TABLE intervention_kinds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    label_sv TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE interventions (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom GEOMETRY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL REFERENCES intervention_kinds(code),
    shape TEXT NOT NULL CHECK (shape IN ('point','route','polygon','districts')),
    radius_m REAL NOT NULL DEFAULT 0 CHECK (radius_m >= 0),
    starts_on DATE NOT NULL,
    ends_on DATE CHECK (ends_on IS NULL OR ends_on >= starts_on),
    organisation TEXT,
    cost REAL,
    description TEXT);
CREATE TABLE intervention_areas (
    intervention_id INTEGER NOT NULL REFERENCES interventions(fid) ON DELETE CASCADE,
    area_id INTEGER NOT NULL REFERENCES areas(fid) ON DELETE CASCADE,
    PRIMARY KEY (intervention_id, area_id));
CREATE TABLE intervention_links (
    intervention_id INTEGER NOT NULL REFERENCES interventions(fid) ON DELETE CASCADE,
    target_table TEXT NOT NULL CHECK (target_table IN ('walk_findings','survey_pins','areas','incidents')),
    target_fid INTEGER NOT NULL,
    PRIMARY KEY (intervention_id, target_table, target_fid));
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
    ('intervention_kinds', 'attributes', 'intervention_kinds', 'Kinds of interventions'),
    ('intervention_areas', 'attributes', 'intervention_areas', 'Districts an intervention covers'),
    ('intervention_links', 'attributes', 'intervention_links', 'Walk findings, survey pins and areas that led to an intervention');
)SQL"));
        !s)
        return s;
    auto kind = db.prepare(
        QStringLiteral("INSERT INTO intervention_kinds (code, label_sv, label_en, sort_order) VALUES (?, ?, ?, ?)"));
    if (!kind)
        return kind.error();
    for (const InterventionKind &k : defaultInterventionKinds()) {
        kind->reset();
        kind->bind(1, k.code).bind(2, k.labelSv).bind(3, k.labelEn).bind(4, k.sortOrder);
        if (!kind->exec())
            return Error{kind->lastError()};
    }
    return {};
}

} // namespace lb::store
