#pragma once

// The safety-walk tables of schema version 10:
// - walk_points: a walk's planned points in walking order (a GeoPackage point table, registered by
//   the migration in schema.cpp), with the reason each point is on the list and the record it came
//   from;
// - finding_photos: photos attached to a walk finding, kept in the store as blobs so that the one
//   file carries everything;
// - walk_findings gains the date its status last changed (when work started, or when it was
//   rejected; fixed_date stays the day it was fixed) and the number of the walk point it was
//   recorded at, which matches a filled-in walk table back to its points.

#include "core/result.h"

namespace lb::store {

class Database;

// Creates the tables and columns (inside the caller's transaction).
Status createWalkPlanTables(const Database &db);

} // namespace lb::store
