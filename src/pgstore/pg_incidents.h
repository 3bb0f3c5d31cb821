#pragma once

// Typed writes and reads of incidents in a PostgreSQL/PostGIS store: writes go through COPY, reads
// select by extent (through the GiST index on geom), time span, categories, sources and area, and
// return the same plain arrays the GeoPackage store's fast read path returns.

#include "core/records.h"
#include "core/result.h"
#include "store/incident_filter.h"

#include <functional>
#include <vector>

namespace lb::pgstore {

class PgConnection;

// Appends the incidents (their ids are assigned by the server) in one COPY; returns how many.
Result<std::int64_t> writeIncidents(const PgConnection &db, const std::vector<Incident> &incidents);

// The incidents the filter selects, by id.
Result<store::IncidentPoints> readIncidentPoints(const PgConnection &db, const store::IncidentFilter &filter);

// Runs `SELECT fid, x, y, <columns> FROM incidents` for the rows the filter selects, in id order,
// and calls `row` with each row's index in the result (columns from 3 on are `columns`). An area
// filter is applied here with the same point-in-polygon test as the GeoPackage store.
class PgRows;
Status selectIncidents(const PgConnection &db, const store::IncidentFilter &filter, const QString &columns,
                       const std::function<void(const PgRows &rows, int row)> &row);

} // namespace lb::pgstore
