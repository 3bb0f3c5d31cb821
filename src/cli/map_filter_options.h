#pragma once

// The map filter as command-line options for `render` and `print`: the same --from, --to,
// --categories and --sources as `analyse` (the options are AnalyseFilters'), plus the time of day
// (--time-of-day day|evening|night or --hours FROM-TO, local time), --precision, --districts and
// --round (the survey rounds whose pins are drawn), and for safety-walk findings --finding-status,
// --finding-kinds, --walk and --overdue. Used only from the command's thread.

#include "cli/analyse_support.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layers.h"

namespace lb::cli {

struct MapFilterOptions {
    MapFilterOptions();
    AnalyseFilters analyse; // from, to, categories, sources are used; the others are not added
    QCommandLineOption timeOfDay;
    QCommandLineOption hours;
    QCommandLineOption precision;
    QCommandLineOption districts;
    QCommandLineOption round;
    QCommandLineOption findingStatus;
    QCommandLineOption findingKinds;
    QCommandLineOption walk;
    QCommandLineOption overdue;

    void addTo(QCommandLineParser &p) const;
    // Builds the filter in the store's time zone, checking districts, sources and rounds against
    // the snapshot; prints the problem (naming the valid values) and returns false on bad input.
    bool make(const QCommandLineParser &p, const render::MapData &data, render::MapFilter &filter, CommandIo io) const;
    // The two halves of make(): the times, categories and precisions, which need only the time
    // zone (known before the incidents are read), and the districts, sources and rounds.
    bool makeTimes(const QCommandLineParser &p, const QTimeZone &zone, render::MapFilter &filter, CommandIo io) const;
    bool makePlaces(const QCommandLineParser &p, const render::MapData &data, render::MapFilter &filter,
                    CommandIo io) const;
    // The findings' part of makePlaces(): statuses, kinds (checked against the findings' kinds and
    // the built-in ones), walks (by id or name) and overdue as of today.
    bool makeFindings(const QCommandLineParser &p, const render::MapData &data, render::MapFilter &filter,
                      CommandIo io) const;
};

// "12 345 incidents and 120 survey pins on the map (2024-01-01 – 2024-12-31, Väster)": what the
// filtered layers show, counted as the app's status bar counts them.
QString shownCounts(const render::LayerList &layers, const render::MapFilter &filter, const QTimeZone &zone);
// "7 walk findings on the map (open, in progress, Norra centrum)": what the walk layer shows.
QString shownFindings(const render::LayerList &layers, const render::MapFilter &filter, const render::MapData &data);

} // namespace lb::cli
