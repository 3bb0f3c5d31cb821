#pragma once

// Identify on the map: which incidents lie under a click, under the same filter and disclosure
// rules the map is drawn with. The store's spatial index (the R-tree of a file, the GiST index on a
// server) is asked for a small box around the click, so
// the answer takes about a millisecond however many incidents the store holds. Where several
// incidents share the nearest position (a centre stack, or identical points) all of them are
// returned. Runs on the thread that owns the store.

#include "core/disclosure.h"
#include "core/result.h"
#include "render/map_filter.h"
#include "store/store_reader.h"

#include <vector>

namespace lb::render {

struct IdentifyResult {
    PointXY position;                // of the incidents found
    std::vector<Incident> incidents; // at that position, oldest first; empty when nothing is there
    bool centrePlaced = false;       // they are placed at an area's or the municipality's centre
};

// The incidents the map shows within `radius` map units of `at` that lie at the position nearest
// to it. Incidents of sensitive categories (by `categories`' flags) are left out unless `rules`
// show sensitive points, as on the map.
Result<IdentifyResult> identifyIncidents(const store::StoreReader &store, PointXY at, double radius,
                                         const MapFilter &filter, const DisclosureRules &rules,
                                         const std::vector<Category> &categories);

} // namespace lb::render
