#pragma once

// SensitiveAreaLayer: incidents of sensitive categories (the taxonomy's flag, such as violence in
// close relationships) as one count per district, so that nobody's home can be read off the map.
// Counts under the disclosure rules' threshold are not shown at all. When the user has chosen to
// see exact positions, the points are drawn by the incident layers instead and this layer draws
// nothing. Immutable; see map_layer.h for threading.

#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

#include <memory>

namespace lb::render {

class SensitiveAreaLayer final : public MapLayer {
public:
    // Counts only the incidents `filter` accepts.
    explicit SensitiveAreaLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {});
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override;

    // Sensitive incidents per district under these settings' time span and the filter: index d is
    // MapData::districts[d]; the last entry counts those outside every district.
    std::vector<std::int64_t> counts(const MapSettings &settings) const;

private:
    std::shared_ptr<const MapData> m_data;
    CompiledMapFilter m_filter;
    std::vector<PointXY> m_anchors; // per district, then one for "outside every district"
};

} // namespace lb::render
