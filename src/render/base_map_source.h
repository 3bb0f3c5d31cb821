#pragma once

// BaseMapSource: where a background map layer gets what it draws. Render has no file formats;
// the programs (app, cli) hand it sources implemented over the io module's GDAL readers and tile
// fetcher. A source is either a raster (image() for each view) or a set of vector features read
// once (features()). Sources are immutable and shared; image() may be called from several render
// threads at once.

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"

#include <QImage>
#include <QString>

#include <functional>

namespace lb::render {

struct BaseMapFeatures {
    MultiPolygon polygons;
    MultiLineString lines;
    std::vector<PointXY> points;
};

class BaseMapSource {
public:
    virtual ~BaseMapSource() = default;
    // An image of `size` pixels covering `extent` (store CRS), transparent where there is no data.
    // Vector sources are not asked.
    virtual Result<QImage> image(const Extent &extent, QSize size, Feedback &feedback) const = 0;
    // As image(), handing out the image so far while it loads (tiles as they arrive) to
    // `partial`, on the calling thread. Sources that load in one go just return image().
    using PartialImage = std::function<void(const QImage &)>;
    virtual Result<QImage> progressiveImage(const Extent &extent, QSize size, Feedback &feedback,
                                            const PartialImage &partial) const
    {
        Q_UNUSED(partial);
        return image(extent, size, feedback);
    }
    // The features of a vector source; nullptr for a raster source.
    virtual const BaseMapFeatures *features() const { return nullptr; }
    // Where the source lies (store CRS), or an empty extent when unknown (tile layers).
    virtual Extent extent() const { return {}; }
};

} // namespace lb::render
