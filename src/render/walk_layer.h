#pragma once

// WalkLayer: the safety walks — each route as a dashed line and its findings in the layer's
// LayerStyle: by default squares coloured by status (open, in progress, fixed, rejected); or one
// symbol, categories of kind or responsible organisation, with labels from a field. Findings that
// need action are drawn last so they are never hidden under fixed ones. See map_layer.h for
// threading.

#include "render/layer_style.h"
#include "render/map_data.h"
#include "render/map_layer.h"
#include "render/style_classes.h"

#include <memory>

namespace lb::render {

class WalkLayer final : public MapLayer {
public:
    explicit WalkLayer(std::shared_ptr<const MapData> data,
                       const LayerStyle &symbols = defaultLayerStyle(QStringLiteral("walks")));
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_data->findings.size()); }
    const std::vector<StyleClass> &classes() const { return m_classes; }

private:
    double symbolSize(const RenderContext &context) const;
    QString labelOf(const WalkFinding &finding) const;

    std::shared_ptr<const MapData> m_data;
    LayerStyle m_symbols;
    std::vector<std::uint16_t> m_classOf; // per finding
    std::vector<StyleClass> m_classes;
};

} // namespace lb::render
