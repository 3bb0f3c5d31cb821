#pragma once

// The intervention tables (schema version 7): the editable list of intervention kinds, the
// interventions themselves (a GeoPackage feature table with any geometry: a point, a route or a
// polygon; NULL when the intervention covers whole districts), the districts an intervention
// covers and the records that led to it. Called by the migration in schema.cpp, which registers
// the feature table with GeoPackage.

#include "core/result.h"

namespace lb::store {

class Database;

// Creates the attribute tables and the `interventions` table and seeds the kinds (inside the
// caller's transaction).
Status createInterventionTables(const Database &db);

} // namespace lb::store
