#pragma once

// Analysis layers for printed and exported maps: the kernel-density heat map and the Gi* hot spot
// cells of the incidents that match a filter, as render layers ("heatmap", "hotspots") that the
// map renderer draws like any other layer, with their legends. Both show aggregates only (a
// smoothed surface, cells), never single incidents, so they are fit for public maps. Incidents
// placed only at an area's centre are left out, as on the screen. Call from one thread per store.

#include "analysis/kernel_density.h"
#include "core/feedback.h"
#include "core/result.h"
#include "render/raster_overlay_layer.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <memory>

namespace lb::report {

struct AnalysisLayer {
    std::shared_ptr<render::RasterOverlayLayer> layer;
    QStringList explanation; // sentences for the page or the command's output
};

// The heat map (quartic kernel, `radius` metres) on a grid of about 1000 cells across the map.
// The store may be a file or a server store.
Result<AnalysisLayer> heatMapLayer(const store::StoreReader &store, const store::IncidentFilter &filter,
                                   const QString &title, double radius, Feedback &feedback);
Result<AnalysisLayer> heatMapLayer(const store::Store &store, const store::IncidentFilter &filter, const QString &title,
                                   double radius, Feedback &feedback);
// Hot spots (Getis–Ord Gi* on cells, automatic cell size and distance band, false discovery rate
// corrected), coloured by confidence.
Result<AnalysisLayer> hotspotLayer(const store::StoreReader &store, const store::IncidentFilter &filter,
                                   const QString &title, Feedback &feedback);
Result<AnalysisLayer> hotspotLayer(const store::Store &store, const store::IncidentFilter &filter, const QString &title,
                                   Feedback &feedback);

} // namespace lb::report
