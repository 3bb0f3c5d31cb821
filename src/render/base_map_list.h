#pragma once

// The background maps a store shows: files (GDAL rasters and vector files) and XYZ tile layers,
// bottom to top, with their visibility, opacity and (vector files) style. Kept in the store itself (the lb_meta table,
// key "base_maps", as JSON) with file paths relative to the store's folder, so a store moved
// together with its maps keeps them. Call on the thread that owns the store.

#include "core/result.h"
#include "store/store.h"

#include <QColor>
#include <QString>

#include <vector>

namespace lb::render {

// How a vector background map is drawn: areas filled (a transparent fill leaves them open) and
// outlined, lines and points in the outline colour. Widths in pixels at 96 dpi.
struct BaseMapStyle {
    QColor fill{0xd9, 0xd4, 0xc7};
    QColor outline{0x6e, 0x6a, 0x62};
    double outlineWidth = 1.0;
    friend bool operator==(const BaseMapStyle &, const BaseMapStyle &) = default;
};

struct BaseMapEntry {
    enum class Kind { File, Tiles };
    Kind kind = Kind::File;
    QString location; // an absolute file path, or a tile URL template with {z}, {x}, {y}
    QString title;
    QString attribution; // shown on the map (tile layers' licences ask for it)
    double opacity = 1.0;
    bool visible = true;
    BaseMapStyle style; // used by vector files only

    // The layer id: stable for the same location.
    QString layerId() const;
    friend bool operator==(const BaseMapEntry &, const BaseMapEntry &) = default;
};

// An entry for a file or (with {z}/{x}/{y} in it) a tile address, titled after the file name or
// the host; OpenStreetMap's tiles get their required attribution.
BaseMapEntry baseMapEntryFor(const QString &fileOrUrl);

// The store's base maps with absolute paths (resolved against the folder of `storePath`).
std::vector<BaseMapEntry> readBaseMaps(const store::Store &store, const QString &storePath);
// Replaces the store's base maps; paths are written relative to the store's folder.
Status writeBaseMaps(store::Store &store, const QString &storePath, const std::vector<BaseMapEntry> &maps);

} // namespace lb::render
