#pragma once

// Selecting incidents inside a shape drawn on the map (a box, a polygon, a district), under the
// same map filter and disclosure rules the map is drawn with. Incidents the map shows as points
// or as a centre stack are selected where they are drawn (a stack by its position); incidents of
// sensitive categories are only counted, never listed one by one, unless the rules show them as
// points. A plain function over the immutable map snapshot: any thread.

#include "core/disclosure.h"
#include "core/geometry.h"
#include "render/map_data.h"
#include "render/map_filter.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace lb::app {

struct SelectionResult {
    std::vector<FeatureId> ids;     // the selected incidents, each once
    std::vector<PointXY> positions; // parallel to ids: where the map draws them
    // Selected incidents per category label (in the UI language), most first, then by label.
    std::vector<std::pair<QString, std::int64_t>> byCategory;
    // Incidents of sensitive categories inside the shape that the rules keep off the map as points.
    std::int64_t sensitiveCount = 0;

    std::int64_t count() const { return std::int64_t(ids.size()); }
    bool isEmpty() const { return ids.empty() && sensitiveCount == 0; }
};

SelectionResult selectIncidents(const render::MapData &data, const render::MapFilter &filter,
                                const DisclosureRules &rules, const MultiPolygon &shape);

} // namespace lb::app
