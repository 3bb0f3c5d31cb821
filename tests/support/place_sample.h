#pragma once

// Sources, districts and survey rounds for the tests of the map filter (render, app, cli), added
// to the filter sample store (filter_sample.h). Besides the sample's own incidents (sources
// Polisen, Räddningstjänsten and Kommunen) and its survey round "Trygghetsmätning 2023" (1 pin):
//  in Öster, 7 vandalism incidents from Bostadsbolaget at spread positions, 3 of them placed at
//    Öster's centre (area centroid), and 4 from Securitas;
//  in Väster, 5 vandalism incidents from Bostadsbolaget and 2 from Securitas;
//  a survey round "Trygghetsmätning 2024" with 6 pins, 4 of them in Öster.
// The tests count what the map shows against SQL on the store, not against these numbers.

#include "core/geometry.h"
#include "core/result.h"

#include <QString>

namespace lb::test {

inline constexpr PointXY placeEastCentre{607500.0, 6554000.0};

// Creates the filter sample store at `path` and adds the records above.
Status createPlaceSampleStore(const QString &path);

// One number from `sql` run by the sqlite3 program on the store (independent of our store code);
// -1 when it fails.
long long sqlCount(const QString &path, const QString &sql);

} // namespace lb::test
