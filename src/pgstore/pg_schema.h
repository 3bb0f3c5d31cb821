#pragma once

// The schema of a shared store in PostgreSQL/PostGIS. It mirrors the GeoPackage store's tables
// and their meaning (src/store/schema.cpp) column for column, with PostgreSQL's types: geometry
// columns are PostGIS geometry(<type>, <srid>) with a GiST index, times are timestamptz, dates
// date, content hashes bytea, ids identity columns. lb_meta holds "schema_version", the same
// version number the GeoPackage store of that shape carries, so a store moves between the two
// only at equal versions.
//
// Migrations: a new database gets the current schema in one step; each later version appends a
// function to the list in pg_schema.cpp that takes a database from version n to n + 1.

#include "core/result.h"

#include <QString>

#include <vector>

namespace lb::pgstore {

class PgConnection;

inline constexpr int kPgSchemaVersion = 10;

// The tables in an order in which every table comes after those it references.
struct PgTableSpec {
    const char *name;
    const char *gpkgName; // the table's name in a GeoPackage store
    const char *key;      // the identity column, or nullptr
};
const std::vector<PgTableSpec> &pgTables();

// The store's schema version in the database; 0 when it has no store yet.
Result<int> pgSchemaVersion(const PgConnection &db);

// Creates the schema (in a transaction) when the database has none, migrates an older one, and
// refuses a newer one. `epsg` is the SRID of every geometry column of a new store.
Status ensurePgSchema(const PgConnection &db, int epsg);

} // namespace lb::pgstore
