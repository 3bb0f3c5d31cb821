#pragma once

// WalkLayer: the safety walks — each route as a dashed line and its findings as squares coloured
// by status (open, in progress, fixed, rejected). Open findings are drawn last so they are never
// hidden under fixed ones. See map_layer.h for threading.

#include "render/map_data.h"
#include "render/map_layer.h"

#include <memory>

namespace lb::render {

class WalkLayer final : public MapLayer {
public:
    explicit WalkLayer(std::shared_ptr<const MapData> data)
        : m_data(std::move(data))
    {}
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_data->findings.size()); }

private:
    std::shared_ptr<const MapData> m_data;
};

} // namespace lb::render
