#pragma once

// The one painting path of the map: draws the visible layers for given MapSettings onto any
// QPainter — the canvas's QImage (through RenderJob), the CLI's PNG and the PDF layouts.
// Synchronous; runs on whatever thread calls it. Layer errors are collected as data and drawing
// goes on with the next layer, so one broken layer does not blank the map.

#include "core/feedback.h"
#include "render/map_layers.h"
#include "render/map_settings.h"

#include <QImage>

#include <vector>

namespace lb::render {

struct LayerError {
    QString layerId;
    QString message;
};

struct RenderResult {
    std::vector<LayerError> errors;
    bool canceled = false;
    qint64 elapsedMs = 0;
};

// Draws into the rectangle (0, 0, outputSize) of the painter's device, clipped to it. Fills the
// background first when `fillBackground`.
RenderResult renderMap(QPainter &painter, const MapSettings &settings, const LayerList &layers, Feedback &feedback,
                       bool fillBackground = true);

// Renders into a new premultiplied ARGB image of the settings' output size.
QImage renderImage(const MapSettings &settings, const LayerList &layers, Feedback &feedback,
                   RenderResult *result = nullptr);

} // namespace lb::render
