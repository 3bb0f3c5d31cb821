#pragma once

// WalkLayer: the safety walks — each route as a dashed line and its findings as squares coloured
// by status (open, in progress, fixed, rejected). Open findings are drawn last so they are never
// hidden under fixed ones. Only the findings and walks the map filter shows are drawn, counted
// and named in the title. See map_layer.h for threading.

#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

#include <memory>

namespace lb::render {

class WalkLayer final : public MapLayer {
public:
    explicit WalkLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {});
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    // The findings shown (the routes are not counted).
    std::int64_t featureCount() const override { return std::int64_t(m_findings.size()); }

private:
    std::shared_ptr<const MapData> m_data;
    std::vector<size_t> m_findings; // indexes of the findings shown
    std::vector<size_t> m_walks;    // indexes of the walks whose routes are drawn
    QString m_shown;                // the filter's findings part in words, empty for all
};

} // namespace lb::render
