#pragma once

// The names of analysis classes as users read them, in the UI language. The analysis functions
// return codes (enum values, and toString() gives a stable English code for files and scripts);
// everything that shows a class to a person (CLI output, the app's legend, reports) goes through
// these functions so the class reads the same everywhere and is translated.

#include "analysis/emerging_hotspots.h"
#include "analysis/local_moran.h"

#include <QString>

namespace lb::analysis {

QString classLabel(EmergingCategory c); // e.g. "persistent hot spot" / "ihållande hett område"
QString classLabel(LisaClass c);        // e.g. "cluster of high values (HH)"

} // namespace lb::analysis
