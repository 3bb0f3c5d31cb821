#pragma once

// A safety walk's proposal from a store: reads what analysis::proposeWalkPoints needs around the
// walk's route (or inside its district) — earlier findings, survey pins, incidents of the months
// before the walk, streets for place names, labels in the user's language — and runs it. Shared by
// `lagesbild-cli walk plan` and the desktop program's walk panel. Uses the store on the caller's
// thread.

#include "analysis/walk_proposals.h"
#include "core/records.h"
#include "store/store.h"

namespace lb::report {

// The proposal for `walk`: its route when it has one, else its district.
Result<analysis::WalkProposalResult> proposeForWalk(const store::Store &store, const Walk &walk,
                                                    const analysis::WalkProposalParameters &parameters);

// "Open finding", "Unsafe place" … in the user's language.
QString reasonLabel(WalkPointReason reason);

} // namespace lb::report
