#pragma once

// Interventions in a shared store, edited by many people: the same row-version rule as findings
// (shared_editing.h). A save names the version the editor started from; when someone else saved
// in between it changes nothing and returns the other change with who made it and when. The
// triggers installed by enableSharedEditing log every change with the database user.
//
// Only what an intervention says is saved here (name, kind, dates, organisation, cost,
// description); its shape stays as drawn.

#include "core/intervention.h"
#include "core/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace lb::pgstore {

class PgConnection;

// Interventions with their row versions, in start order; shapes are not read.
struct VersionedIntervention {
    Intervention intervention;
    std::int64_t version = 0;
};
Result<std::vector<VersionedIntervention>> sharedInterventions(const PgConnection &db);
Result<std::vector<InterventionKind>> sharedInterventionKinds(const PgConnection &db);

struct InterventionConflict {
    Intervention current; // as it is now on the server
    std::int64_t currentVersion = 0;
    QString changedBy; // the database user of the last change
    QString changedAt; // ISO 8601 UTC
    QString message;   // for the user: who changed it, when, and its values now
};

struct InterventionSave {
    bool saved = false;
    std::int64_t newVersion = 0;
    std::optional<InterventionConflict> conflict;
};

// Saves the intervention's attributes when its row version is still `expectedVersion`; otherwise
// changes nothing and returns the conflict. An error when it was removed meanwhile.
Result<InterventionSave> saveIntervention(const PgConnection &db, const Intervention &intervention,
                                          std::int64_t expectedVersion);

} // namespace lb::pgstore
