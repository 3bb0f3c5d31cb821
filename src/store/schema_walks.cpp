#include "store/schema_walks.h"

#include "store/sqlite_db.h"

namespace lb::store {

Status createWalkPlanTables(const Database &db)
{
    return db.exec(QStringLiteral(R"SQL(
CREATE TABLE walk_points (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom POINT,
    walk_id INTEGER NOT NULL REFERENCES walks(fid) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    reason TEXT NOT NULL DEFAULT 'added'
        CHECK (reason IN ('open_finding','unsafe_place','incident_cluster','service_report','added')),
    place TEXT,
    why TEXT,
    source_table TEXT CHECK (source_table IS NULL OR source_table IN ('walk_findings','survey_pins','incidents')),
    source_fid INTEGER,
    weight INTEGER NOT NULL DEFAULT 0);
CREATE INDEX walk_points_walk ON walk_points(walk_id, number);
CREATE TABLE finding_photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id INTEGER NOT NULL REFERENCES walk_findings(fid) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    added_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    data BLOB NOT NULL);
CREATE INDEX finding_photos_finding ON finding_photos(finding_id);
ALTER TABLE walk_findings ADD COLUMN status_changed_on DATE;
ALTER TABLE walk_findings ADD COLUMN point_number INTEGER;
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
    ('finding_photos', 'attributes', 'finding_photos', 'Photos attached to safety-walk findings');
)SQL"));
}

} // namespace lb::store
