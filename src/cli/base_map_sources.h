#pragma once

// The background maps of `render` and `print`: the store's own (as the desktop program shows them)
// and those given with --base FILE|URL, opened through io's GDAL readers and tile fetcher and
// handed to render as BaseMapSources. Main thread.

#include "cli/commands.h"
#include "render/base_map_list.h"
#include "render/map_layers.h"

#include <QCommandLineOption>
#include <QStringList>

namespace lb::cli {

QCommandLineOption baseMapOption();

// Layers for the store's visible base maps and every `extra` file or tile address (bottom to
// top). Returns false (after saying why on io.err) when one cannot be opened.
bool openBaseMapLayers(const QString &storePath, int epsg, const QStringList &extra, render::LayerList *layers,
                       CommandIo io);

} // namespace lb::cli
