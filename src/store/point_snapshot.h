#pragma once

// The map snapshot: a compact copy of what a map draws of each incident (its id, position, time,
// category, location precision and source), kept in the store beside the incidents table in
// spatial chunks of a few thousand incidents (table lb_point_snapshot, each chunk with its
// bounding box). A map reads the incidents of a view, or of the whole store, from it as a few
// blobs instead of decoding every row's geometry, time text and codes, which is most of the cost
// of opening a large store.
//
// The snapshot is written by writePointSnapshot (the app does it in the background after opening a
// store that lacks one; `lagesbild-cli upgrade` does it at once). Triggers on the incidents table
// remove its "valid" row on any insert, update or delete, whoever makes it (an import, an undo,
// another program), so a stale snapshot is never read: readers then fall back to the rows.

#include "core/result.h"
#include "store/incident_filter.h"

#include <cstdint>
#include <optional>

namespace lb::store {

class Store;

// Points per chunk: small enough that a 2 km view reads little outside itself, large enough that
// the chunk table stays a few thousand rows at ten million incidents.
inline constexpr int kSnapshotChunkPoints = 4096;

// Below this many incidents a store opens in a fraction of a second from its rows, and the app
// writes no snapshot for it.
inline constexpr std::int64_t kSnapshotMinIncidents = 100000;

// Whether the store holds a snapshot that matches its incidents.
bool hasPointSnapshot(const Store &store);

// Whether a snapshot would help: the store has none that is valid and holds at least
// kSnapshotMinIncidents incidents (judged by the highest id, which needs no scan).
bool wantsPointSnapshot(const Store &store);

// Replaces the store's snapshot with one made from its incidents now. The store must be open for
// writing. Reads every incident once (about 40 bytes each in memory while it runs). When the
// incidents change while it reads, nothing is written and it says so.
Status writePointSnapshot(const Store &store);

// The incidents matching `filter` from the snapshot, in the snapshot's (spatial) order rather than
// id order; nullopt when the store has no valid snapshot or the filter needs the rows (an area).
// The extent selects positions inside it, edges included.
std::optional<Result<IncidentPoints>> readPointSnapshot(const Store &store, const IncidentFilter &filter);

} // namespace lb::store
