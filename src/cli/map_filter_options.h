#pragma once

// The map filter as command-line options for `render`: the same --from, --to and --categories as
// `analyse` (the options are AnalyseFilters'), plus the time of day (--time-of-day day|evening|night
// or --hours FROM-TO, local time) and --precision. Used only from the command's thread.

#include "cli/analyse_support.h"
#include "render/map_filter.h"

namespace lb::cli {

struct MapFilterOptions {
    MapFilterOptions();
    AnalyseFilters analyse; // from, to, categories are used; the others are not added
    QCommandLineOption timeOfDay;
    QCommandLineOption hours;
    QCommandLineOption precision;

    void addTo(QCommandLineParser &p) const;
    // Builds the filter in the store's time zone; prints the problem and returns false on bad input.
    bool make(const QCommandLineParser &p, const QTimeZone &zone, render::MapFilter &filter, CommandIo io) const;
};

} // namespace lb::cli
