#pragma once

// Many people editing one shared store. PostgreSQL does the work, through triggers that every
// client (this program, QGIS, psql) goes through:
// - findings and interventions carry a row_version that a trigger raises on every update; a save
//   that names the version it started from is refused when someone else saved in between, and the
//   caller gets the other change (saveFinding);
// - every insert, update and delete of findings, walks, interventions and areas is written to
//   edit_log with the database user (current_user) who made it;
// - a finished or undone import and every logged edit send a notification on the channel
//   "lagesbild" (PgListener receives them).
// A store copy (store_copy.h) sets lb.copying for its transaction, so the rows it moves are not
// logged again.

#include "core/records.h"
#include "core/result.h"
#include "core/taxonomy.h"

#include <QString>

#include <optional>
#include <vector>

namespace lb::pgstore {

class PgConnection;

inline const char *const kChangeChannel = "lagesbild";

// Adds row_version, the triggers and the notifications to the store in the database; safe to run
// again. copy-store runs it after copying a store to a server.
Status enableSharedEditing(const PgConnection &db);

// The row version of a finding, for a later saveFinding; nothing when there is no such finding.
Result<std::optional<std::int64_t>> findingVersion(const PgConnection &db, FeatureId id);

// A finding as it is on the server with its row version; nothing when there is no such finding.
struct VersionedFinding {
    WalkFinding finding;
    std::int64_t version = 0;
};
Result<std::optional<VersionedFinding>> sharedFinding(const PgConnection &db, FeatureId id);
// The store's finding kinds, in their order.
Result<std::vector<FindingKind>> sharedFindingKinds(const PgConnection &db);

// What someone else saved in between.
struct FindingConflict {
    WalkFinding current; // the finding as it is now on the server
    std::int64_t currentVersion = 0;
    QString changedBy; // the database user of the last change
    QString changedAt; // when, ISO 8601 UTC
    QString message;   // for the user: who changed it, when, and the values now
};

struct FindingSave {
    bool saved = false;
    std::int64_t newVersion = 0;             // when saved
    std::optional<FindingConflict> conflict; // when refused
};

// Saves a finding's status, dates, responsible, description and kind, when its row version is
// still `expectedVersion`; otherwise changes nothing and returns the conflict.
Result<FindingSave> saveFinding(const PgConnection &db, const WalkFinding &finding, std::int64_t expectedVersion);

} // namespace lb::pgstore
