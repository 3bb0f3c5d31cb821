#pragma once

// The standard layer stack of a Lägesbild map, bottom to top, built over one MapData snapshot.
// Callable from any thread; the layers returned are immutable.

#include "render/incident_style.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace lb::render {

using LayerList = std::vector<std::shared_ptr<const MapLayer>>;

// The incident layers draw and count only what `filter` accepts, in the styles of `styles`; a
// choropleth of survey answers (id "survey_areas") lies over the districts when styles asks for it.
LayerList createStandardLayers(std::shared_ptr<const MapData> data, const MapFilter &filter = {},
                               const MapStyles &styles = {});

// Ids of all standard layers, bottom to top; the default visible set.
QStringList standardLayerIds();

} // namespace lb::render
