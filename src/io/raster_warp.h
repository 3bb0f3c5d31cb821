#pragma once

// Warps any GDAL raster into an image of a map view: the view's extent in the store's CRS and its
// size in pixels. Shared by the raster base maps (files) and the tile layers (a mosaic of tiles in
// Web Mercator). Internal to src/io (it takes GDAL handles). Any thread: each call works on its
// own datasets.

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"

#include <QImage>
#include <QString>

#include <gdal.h>

namespace lb::io {

// The WKT of an EPSG code in GDAL's traditional GIS axis order, or an empty string.
QString epsgWkt(int epsg);

// A view of `source` as three byte colour bands (plus its alpha), for warpRgbToImage(); keeps a
// reference to `source`, which must stay open while the view is used. Null when GDAL cannot.
GDALDatasetH rgbColourView(GDALDatasetH source);

// As warpToImage() for a view made by rgbColourView(); a caller that warps the same file again
// and again keeps both open, so GDAL's block cache serves the blocks it has read before.
Result<QImage> warpRgbToImage(GDALDatasetH rgb, const QString &targetWkt, const Extent &extent, QSize size,
                              Feedback &feedback);

// Renders `source` (1 to 4 bands, palette, any data type) into an ARGB32 image of `size` covering
// `extent` in the CRS given by `targetWkt`. Pixels without data are transparent. Overviews of the
// source are used when the view is coarser than the full resolution.
Result<QImage> warpToImage(GDALDatasetH source, const QString &targetWkt, const Extent &extent, QSize size,
                           Feedback &feedback);

// The source's extent transformed into `targetWkt` (densified edges), or an empty extent.
Extent transformedExtent(GDALDatasetH source, const QString &targetWkt);

} // namespace lb::io
