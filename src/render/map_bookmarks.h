#pragma once

// Named map extents ("the town centre", "the station area") kept in the store itself (the lb_meta
// table, key "map_bookmarks", as JSON), so they travel with the file and serve the desktop program
// and `lagesbild-cli render --bookmark` alike. Call on the thread that owns the store.

#include "core/geometry.h"
#include "core/result.h"
#include "store/store.h"

#include <QString>

#include <vector>

namespace lb::render {

struct MapBookmark {
    QString name;
    Extent extent;
    friend bool operator==(const MapBookmark &, const MapBookmark &) = default;
};

// The store's bookmarks in the order they were made; none when the store has none.
std::vector<MapBookmark> readBookmarks(const store::Store &store);
// Replaces the store's bookmarks.
Status writeBookmarks(store::Store &store, const std::vector<MapBookmark> &bookmarks);
// The bookmark of this name (case-insensitive), or nothing.
std::optional<MapBookmark> findBookmark(const std::vector<MapBookmark> &bookmarks, const QString &name);

} // namespace lb::render
