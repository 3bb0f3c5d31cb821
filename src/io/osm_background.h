#pragma once

// The background of a new store from an OpenStreetMap extract (.osm.pbf or .osm, e.g. Sweden
// from Geofabrik): roads by class and water areas, reprojected into the store's CRS and clipped
// to the municipality, ready for the store's base_roads and base_water tables. Any thread.

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/records.h"
#include "core/result.h"

#include <QString>

#include <vector>

namespace lb::io {

struct OsmBackground {
    std::vector<BaseFeature> roads; // featureClass "main" (motorway to secondary) or "street"
    std::vector<BaseFeature> water; // featureClass "lake" (natural=water, reservoirs, riverbanks)
};

// Reads `path` with GDAL's OSM driver. An empty `clip` keeps everything in the file.
Result<OsmBackground> readOsmBackground(const QString &path, int storeEpsg, const MultiPolygon &clip,
                                        Feedback &feedback);

} // namespace lb::io
