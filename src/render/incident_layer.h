#pragma once

// IncidentLayer: the incidents as points coloured by category group. Built for up to a million
// points per redraw: only the PointGrid cells in view are visited, raster outputs blit one cached
// symbol image per group, and a point is skipped when an earlier one already sits on nearly the
// same pixel (it would be hidden anyway). Vector outputs draw real circles. See map_layer.h for
// threading.

#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

#include <memory>

namespace lb::render {

class IncidentLayer final : public MapLayer {
public:
    // Draws and counts only the incidents `filter` accepts; the title says what it shows.
    explicit IncidentLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {});
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    // One item per category group that has incidents, with its count.
    std::vector<LegendItem> legendItems() const override;
    // Incidents drawn as points under the default disclosure rules and the filter.
    std::int64_t featureCount() const override;
    const CompiledMapFilter &filter() const { return m_filter; }

private:
    std::shared_ptr<const MapData> m_data;
    CompiledMapFilter m_filter;
    std::vector<std::int64_t> m_groupCounts; // shown by default per group, under the filter
};

} // namespace lb::render
