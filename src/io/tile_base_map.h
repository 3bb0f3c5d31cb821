#pragma once

// An XYZ tile layer (OpenStreetMap, Lantmäteriet's open topographic map, ...) given by a URL
// template with {z}, {x} and {y}. The program only reaches the network for such a layer, which the
// user adds explicitly; tiles are kept in a disk cache and drawn from it when offline. Requests
// carry the program's User-Agent, as tile servers' usage policies ask.
//
// image() fetches the tiles a view needs (blocking, with its own event loop, so it runs on worker
// threads), pastes them into a Web Mercator mosaic and warps that into the store's CRS. While
// tiles arrive it can hand out the image so far, so a map shows them progressively. Immutable;
// any thread may call image() at once (the cache writes whole files through QSaveFile).

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"

#include <QImage>
#include <QString>

#include <functional>
#include <memory>

namespace lb::io {

class TileBaseMap {
public:
    // `cacheDir` empty means the user's cache folder. Checks that the template is an http(s) URL
    // with {z}, {x} and {y}.
    static Result<std::shared_ptr<const TileBaseMap>> create(const QString &urlTemplate, int storeEpsg,
                                                             const QString &cacheDir = {});

    // Called on the calling thread with the view drawn from the tiles at hand: first those found
    // in the cache, then, at most every `partialIntervalMs` (longer when drawing one is slow),
    // with those fetched since.
    using PartialImage = std::function<void(const QImage &)>;
    static constexpr int partialIntervalMs = 120;

    Result<QImage> image(const Extent &extent, QSize size, Feedback &feedback, const PartialImage &partial = {}) const;

    QString urlTemplate() const { return m_template; }
    // The folder this layer's tiles are cached in.
    QString cacheDir() const { return m_cacheDir; }
    // The zoom level used for a view of `metresPerPixel` in Web Mercator.
    static int zoomFor(double mercatorUnitsPerPixel, int maxZoom = 19);

private:
    TileBaseMap() = default;
    QString m_template;
    QString m_cacheDir;
    QString m_targetWkt;
    int m_epsg = 0;
};

} // namespace lb::io
