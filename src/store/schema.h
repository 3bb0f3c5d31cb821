#pragma once

// The store's schema: the GeoPackage core tables, our feature and attribute tables, and the
// forward migrations between schema versions.
//
// A new store is created at version 1 and then migrated step by step to the current version, so
// every migration runs on every new store and stays tested. To change the schema, append a
// migration to the list in schema.cpp and bump kCurrentSchemaVersion.
//
// PRAGMA user_version holds the GeoPackage version (10300 for 1.3), as the GeoPackage standard
// requires; our own schema version lives in lb_meta under "schema_version".

#include "core/result.h"

#include <QString>

namespace lb::store {

class Database;

inline constexpr int kCurrentSchemaVersion = 10;
inline constexpr int kGeoPackageUserVersion = 10300;
inline constexpr int kGeoPackageApplicationId = 0x47504B47; // "GPKG"

struct FeatureTableSpec {
    const char *name;
    const char *geometryType; // GeoPackage geometry type name
    const char *identifier;   // shown by QGIS as the layer title
    const char *description;
};

// The feature tables of a store, in drawing order from bottom to top.
const std::vector<FeatureTableSpec> &featureTables();

struct SchemaOptions {
    int epsg = 3006;
    QString crsName;
    QString crsWkt;
    QString timeZone = QStringLiteral("Europe/Stockholm");
    QString name; // e.g. the municipality
};

// Creates the version-1 schema in an empty database (inside the caller's transaction).
Status createBaseSchema(const Database &db, const SchemaOptions &options);

// Reads the schema version from lb_meta; 0 when the file has no lb_meta table.
int schemaVersion(const Database &db);

// Applies the migrations from the file's version up to `target` (inside the caller's transaction).
Status migrate(const Database &db, int fromVersion, int target = kCurrentSchemaVersion);

// Inserts the default taxonomy and finding kinds (inside the caller's transaction).
Status seedTaxonomy(const Database &db);

} // namespace lb::store
