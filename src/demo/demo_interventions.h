#pragma once

// The demo's interventions (insatser), so that the interventions panel and `lagesbild-cli
// evaluate` show something on first start: new lighting at the fading Järna station hot spot
// (a fall that was already under way, which the pre-trend check points out), cameras in the
// town centre (no clear change) and field assistants in Hovsjö, where a hot spot is emerging.

#include "core/result.h"

#include <vector>

namespace lb {
struct Area;
}

namespace lb::store {
class Store;
}

namespace lb::demo {

// `districts`: the demo's districts as inserted (with their ids). Inside the caller's transaction.
Status addDemoInterventions(store::Store &store, const std::vector<Area> &districts, int epsg);

} // namespace lb::demo
