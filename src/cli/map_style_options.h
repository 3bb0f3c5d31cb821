#pragma once

// How the map's layers are drawn, as command-line options shared by `render` and `print`:
// --incidents points|clusters|hex|auto|heat, --survey-choropleth ROUND (a year or a round's
// name, or none) with --survey-indicator CODE, --layer-style LAYER=SPEC for a point layer's symbols and
// --labels LAYER=FIELD for its labels. Each option overrides what the store keeps (the desktop
// program's styles, render::readMapStyles); without it the map is drawn as the program shows it.
// (Not --style: QGuiApplication takes that argument for itself before the parser sees it.)
// Used only from the command's thread.

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
    QCommandLineOption style;
    QCommandLineOption labels;

    void addTo(QCommandLineParser &p) const;
    // Changes `styles` (the store's, or the defaults) by the options, and adds the choropleth's
    // layer to `visible` when one is drawn; prints the problem and returns false on bad input.
    bool make(const QCommandLineParser &p, const render::MapData &data, render::MapStyles &styles, QStringList &visible,
              CommandIo io) const;

private:
    bool makeLayerStyles(const QCommandLineParser &p, render::MapStyles &styles, CommandIo io) const;
};

} // namespace lb::cli
