#pragma once

// SurveyPinLayer: the places residents marked in the safety surveys, as map pins coloured by
// rating (1 very unsafe .. 5 safe). Pins are drawn from the least to the most unsafe, so the
// red ones stay on top where they crowd. Only the pins of the map filter's survey rounds are
// drawn and counted. See map_layer.h for threading.

#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

#include <memory>

namespace lb::render {

class SurveyPinLayer final : public MapLayer {
public:
    explicit SurveyPinLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {});
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_drawOrder.size()); }

private:
    std::shared_ptr<const MapData> m_data;
    std::vector<size_t> m_drawOrder; // indexes of the pins the filter shows, safest first
    QString m_shown;                 // the filter's rounds in words, empty for all
};

} // namespace lb::render
