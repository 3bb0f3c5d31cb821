#pragma once

// Background maps from files: any GDAL raster (a GeoTIFF orthophoto, a scanned map, MBTiles,
// GeoPackage tiles) drawn reprojected into the store's CRS for each map view, and any GDAL vector
// file (GeoPackage, Shapefile, GeoJSON, OpenStreetMap) read once, every layer, reprojected.
//
// A RasterBaseMap is thread-safe: image() takes an open GDAL handle from a small pool of its own
// (or opens one) for the call, so any number of threads may call it at once. Handles stay open
// between calls, so GDAL's block cache keeps what was read: panning back and forth over the same
// part of a large GeoTIFF does not read the same blocks from disk again.

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"

#include <QImage>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

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

    ~RasterBaseMap();
    RasterBaseMap(const RasterBaseMap &) = delete;
    RasterBaseMap &operator=(const RasterBaseMap &) = delete;

private:
    struct Handle;
    RasterBaseMap() = default;
    std::unique_ptr<Handle> takeHandle() const;
    void giveBack(std::unique_ptr<Handle> handle) const;

    QString m_path;
    QString m_targetWkt;
    Extent m_extent;
    mutable std::mutex m_mutex;
    mutable std::vector<std::unique_ptr<Handle>> m_idle; // open handles no call is using
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
