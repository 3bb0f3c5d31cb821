#pragma once

// SurveyPinLayer: the places residents marked in the safety surveys, in the layer's LayerStyle:
// by default map pins coloured by rating (1 very unsafe .. 5 safe); or one symbol, categories of
// round, time of day or reason, classes of the rating, with labels from a field (the comment
// shortened). Pins are drawn from the least to the most unsafe, so the unsafe ones stay on top
// where they crowd. Only the pins of the map filter's survey rounds are drawn and counted. See
// map_layer.h for threading.

#include "render/layer_style.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"
#include "render/style_classes.h"

#include <memory>

namespace lb::render {

class SurveyPinLayer final : public MapLayer {
public:
    explicit SurveyPinLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {},
                            const LayerStyle &symbols = defaultLayerStyle(QStringLiteral("survey_pins")));
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    // One row per class with pins, with its count.
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_drawOrder.size()); }
    const std::vector<StyleClass> &classes() const { return m_classes; }

private:
    double symbolSize(const RenderContext &context) const;
    QString labelOf(const SurveyPin &pin) const;

    std::shared_ptr<const MapData> m_data;
    LayerStyle m_symbols;
    std::vector<size_t> m_drawOrder;      // indexes of the pins the filter shows, safest first
    std::vector<std::uint16_t> m_classOf; // per pin of the snapshot
    std::vector<StyleClass> m_classes;
    QString m_shown; // the filter's rounds in words, empty for all
};

} // namespace lb::render
