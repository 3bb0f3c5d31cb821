#pragma once

// Incidents at known places, categories and local times, added to the sample store for the tests
// of the map filter (render, app). Besides the sample's fire (2023) and graffiti (2021) incidents:
//  4 graffiti at A on 10 Jan 2024 at 20:30 local (evening, winter time);
//  3 car fires at B on 10 Jul 2024 at 03:15 local (night, summer time);
//  2 graffiti at street precision at C on 10 Jul 2024 at 12:00 (day);
//  5 graffiti placed at Väster's centre on 11 Jan 2024 at 19:00 (evening);
//  6 domestic-violence cases at a home in Väster on 12 Jan 2024 at 21:00 (evening).
// In the 10 m view of test_render_pixels.cpp (x = (E - 598 000) / 10, y = (6 559 000 - N) / 10)
// A is pixel (200, 300), B (1200, 300) and C (800, 900).

#include "core/geometry.h"
#include "core/result.h"
#include "core/time_span.h"

#include <QString>

namespace lb::test {

inline constexpr PointXY filterPlaceA{600000.0, 6556000.0};
inline constexpr PointXY filterPlaceB{610000.0, 6556000.0};
inline constexpr PointXY filterPlaceC{606000.0, 6550000.0};
inline constexpr PointXY filterWestCentre{603500.0, 6554000.0};
inline constexpr PointXY filterWestHome{602000.0, 6553000.0};

// A local time in Europe/Stockholm, the sample store's zone.
Instant stockholmTime(int y, int m, int d, int h, int min = 0);

// Creates the sample store at `path` and adds the incidents above.
Status createFilterSampleStore(const QString &path);

} // namespace lb::test
