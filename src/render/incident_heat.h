#pragma once

// A live heat map of the incident layer: a Gaussian kernel density of the shown points (the same
// ones the layer would draw, see incident_bins.h) at the output's own resolution, with the kernel
// a fixed number of device pixels wide. Incidents placed at a centre are not in the snapshot's
// points, so they never make a hot spot. Pure functions; any thread may call them.

#include "core/feedback.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_settings.h"

#include <QImage>
#include <QPoint>
#include <QSize>

#include <cstdint>
#include <vector>

namespace lb::render {

struct HeatSurface {
    QSize size;                 // the output's size in device pixels
    std::vector<float> density; // row-major, top row first; incidents per km²
    float maximum = 0.0f;       // the densest pixel's value
    QPoint peak;                // where it is
    std::int64_t points = 0;    // incidents that went in (within reach of the view)
};

// Kernel standard deviation in device pixels for these settings.
double heatSigmaPixels(const MapSettings &settings);

// The density of the shown incidents for the settings' view. Empty (no size) when canceled.
HeatSurface incidentHeat(const IncidentSnapshot &inc, const CompiledMapFilter &filter, const MapSettings &settings,
                         Feedback &feedback, double sigmaPixels);

// The surface coloured with the heat ramp relative to its maximum; the thinnest 2 % transparent.
QImage heatImage(const HeatSurface &surface);

} // namespace lb::render
