#pragma once

// A small store with hand-placed geometry for rendering, report and GUI tests, so a test knows
// exactly where each feature must appear. All coordinates are SWEREF 99 TM metres inside
// sampleExtent(); see sample_store.cpp for the layout.

#include "core/geometry.h"
#include "core/result.h"

#include <QString>

namespace lb::test {

namespace sample {
// The municipality: a 10 × 8 km rectangle.
inline constexpr double minX = 600000.0;
inline constexpr double minY = 6550000.0;
inline constexpr double maxX = 610000.0;
inline constexpr double maxY = 6558000.0;
// Two districts split at x = 605 000: "Väster" (west) and "Öster" (east).
inline constexpr double districtSplitX = 605000.0;
// A square lake, 1.5 km wide, in the west district.
inline constexpr double lakeMinX = 601000.0, lakeMinY = 6555000.0, lakeMaxX = 602500.0, lakeMaxY = 6556500.0;
// One fire incident (category brand_bil) alone in the east district, in 2023.
inline constexpr PointXY fireIncident{608000.0, 6552000.0};
// One graffiti incident (klotter, group property) in the west district, in 2021.
inline constexpr PointXY graffitiIncident{603000.0, 6552000.0};
// An open walk finding and a fixed one.
inline constexpr PointXY openFinding{606000.0, 6556000.0};
inline constexpr PointXY fixedFinding{607500.0, 6556000.0};
// A survey pin with rating 1 (very unsafe).
inline constexpr PointXY unsafePin{604000.0, 6556500.0};
} // namespace sample

Extent sampleExtent();

// Writes the sample store at `path` (which must not exist).
Status createSampleStore(const QString &path);

} // namespace lb::test
