#pragma once

// Background maps from files: any GDAL raster (a GeoTIFF orthophoto, a scanned map, MBTiles,
// GeoPackage tiles) drawn reprojected into the store's CRS for each map view, and any GDAL vector
// file (GeoPackage, Shapefile, GeoJSON, OpenStreetMap) read once, every layer, reprojected.
//
// A RasterBaseMap is immutable after open(); image() opens its own GDAL handle per call, so any
// number of render threads may call it at once.

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"

#include <QImage>
#include <QString>

#include <memory>

namespace lb::io {

class RasterBaseMap {
public:
    // Checks that the file is a raster GDAL can read with a known CRS and geotransform.
    static Result<std::shared_ptr<const RasterBaseMap>> open(const QString &path, int storeEpsg);

    // The raster drawn into `size` pixels covering `extent` (store CRS); transparent outside it.
    Result<QImage> image(const Extent &extent, QSize size, Feedback &feedback) const;
    // The raster's extent in the store's CRS.
    Extent extent() const { return m_extent; }
    QString path() const { return m_path; }

private:
    RasterBaseMap() = default;
    QString m_path;
    QString m_targetWkt;
    Extent m_extent;
};

// The features of every layer of a vector file, in the store's CRS.
struct VectorBaseMap {
    MultiPolygon polygons;
    MultiLineString lines;
    std::vector<PointXY> points;
    Extent extent;
};

Result<VectorBaseMap> readVectorBaseMap(const QString &path, int storeEpsg);

// True when GDAL opens the file as a raster (else it is tried as a vector file).
bool isRasterFile(const QString &path);

} // namespace lb::io
