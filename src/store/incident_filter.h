#pragma once

// What to fetch from the incidents layer, and the plain-array result of the fast read path.

#include "core/records.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace lb::store {

struct IncidentFilter {
    std::optional<Extent> extent; // R-tree query when set
    std::optional<TimeSpan> span; // [begin, end) in UTC
    QStringList categories;       // taxonomy codes; empty means all
    QStringList sources;          // empty means all
    FeatureId areaId = 0;         // only incidents inside this area; 0 means everywhere
};

// Struct of arrays, index-aligned. categoryIndex points into `categories`, sourceIndex into
// `sources` (an incident without a source has the empty string).
struct IncidentPoints {
    std::vector<FeatureId> ids;
    std::vector<PointXY> positions;
    std::vector<Instant> times;
    std::vector<std::uint16_t> categoryIndex;
    std::vector<LocationPrecision> precision;
    std::vector<std::uint16_t> sourceIndex;
    QStringList categories;
    QStringList sources;

    size_t size() const { return ids.size(); }
};

} // namespace lb::store
