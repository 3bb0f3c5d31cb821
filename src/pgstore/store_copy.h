#pragma once

// Moves a whole store between a GeoPackage file and a PostgreSQL/PostGIS database, in either
// direction, with nothing lost: every row of every table (incidents, taxonomy, import batches and
// their rejects, the edit log, surveys, walks, interventions, areas, base map, the layer list with
// its extents, the CRS and the store's metadata), ids and id counters included, geometries to the
// coordinate and times to the millisecond. Both sides must be at the same schema version.
//
// Moving into PostgreSQL uses COPY. The target must be empty (a fresh database, or one whose store
// has no rows); a GeoPackage target must not exist yet. Everything is written in one transaction,
// so a failed copy leaves nothing behind on the server and no file.

#include "core/result.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace lb::pgstore {

struct CopySummary {
    std::vector<std::pair<QString, std::int64_t>> rows; // table, rows copied
    std::int64_t total() const;
};

// `url` is a postgresql:// connection string (password from ~/.pgpass, never stored).
Result<CopySummary> copyGeoPackageToPostgres(const QString &gpkgPath, const QString &url);
Result<CopySummary> copyPostgresToGeoPackage(const QString &url, const QString &gpkgPath);

} // namespace lb::pgstore
