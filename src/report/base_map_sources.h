#pragma once

// Opens a background map for the map canvas, `render` and `print`: io's GDAL raster reader, vector reader or tile
// fetcher behind render's BaseMapSource interface. Vector files are read whole here, so call it
// off the GUI thread for large ones; the sources returned are immutable and thread-safe.

#include "render/base_map_list.h"
#include "render/base_map_source.h"

#include <memory>

namespace lb::report {

Result<std::shared_ptr<const render::BaseMapSource>> openBaseMapSource(const render::BaseMapEntry &entry, int epsg);

} // namespace lb::report
