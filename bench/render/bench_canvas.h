#pragma once

// The desktop program's part of bench_render: the time from opening a store to its first painted
// map in the main window, and the longest GUI-thread stall while the canvas is panned and zoomed.

#include "core/geometry.h"

#include <QString>

namespace lb::bench {

// Opens `store` in a 1920×1080 main window `reps` times, then runs `reps` scripted pan-and-zoom
// sequences around `view`; prints "app_open <ms>" and "stall <ms>" lines. Returns the exit code.
int runCanvasBench(const QString &store, const Extent &view, int reps);

} // namespace lb::bench
