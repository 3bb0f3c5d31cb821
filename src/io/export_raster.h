#pragma once

// Writes analysis rasters (heat maps, densities) as single-band Float32 GeoTIFFs that QGIS opens
// with the right place, CRS, no-data value and a band description saying the unit. The file is
// written next to the target and renamed into place, so an existing file is never left
// half-written. Any thread may call it; GDAL is initialised on first use.

#include "core/result.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace lb::io {

struct RasterLayout {
    double originX = 0.0; // left edge
    double originY = 0.0; // top edge; rows run downwards
    double cellSize = 0.0;
    int cols = 0;
    int rows = 0;
    int epsg = 3006;
};

struct RasterBandInfo {
    QString description; // e.g. "Kernel density (quartic, 500 m), events per km²"
    QString unit;        // e.g. "events per km²"
    std::optional<double> noData;
};

Status writeGeoTiff(const QString &path, const RasterLayout &layout, std::span<const float> values,
                    const RasterBandInfo &band = {});

// Reads band 1 of a raster as floats with its layout (for comparisons and tests).
struct RasterData {
    RasterLayout layout;
    std::vector<float> values;
    std::optional<double> noData;
};
Result<RasterData> readRaster(const QString &path);

} // namespace lb::io
