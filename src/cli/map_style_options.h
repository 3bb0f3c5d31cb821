#pragma once

// How the map's layers are drawn, as command-line options shared by `render` and `print`:
// --incidents points|clusters|hex|auto|heat and --survey-choropleth ROUND (a year or a round's
// name) with --survey-indicator CODE. Used only from the command's thread.

#include "cli/cli_support.h"
#include "render/incident_style.h"
#include "render/map_data.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace lb::cli {

struct MapStyleOptions {
    MapStyleOptions();
    QCommandLineOption incidents;
    QCommandLineOption choropleth;
    QCommandLineOption indicator;

    void addTo(QCommandLineParser &p) const;
    // Fills `styles` and adds the choropleth's layer to `visible` when one is asked for; prints the
    // problem and returns false on bad input.
    bool make(const QCommandLineParser &p, const render::MapData &data, render::MapStyles &styles, QStringList &visible,
              CommandIo io) const;
};

} // namespace lb::cli
