#pragma once

// WalkLayer: the safety walks — each route as a dashed line and its findings in the layer's
// LayerStyle: by default squares coloured by status (open, in progress, fixed, rejected); or one
// symbol, categories of kind or responsible organisation, with labels from a field. Findings that
// need action are drawn last so they are never hidden under fixed ones. Only the findings and
// walks the map filter shows are drawn, counted and named in the title. See map_layer.h for threading.

#include "render/layer_style.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"
#include "render/style_classes.h"

#include <memory>

namespace lb::render {

class WalkLayer final : public MapLayer {
public:
    explicit WalkLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {},
                       const LayerStyle &symbols = defaultLayerStyle(QStringLiteral("walks")));
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    // The findings shown (the routes are not counted).
    std::int64_t featureCount() const override { return std::int64_t(m_findings.size()); }
    const std::vector<StyleClass> &classes() const { return m_classes; }

private:
    double symbolSize(const RenderContext &context) const;
    QString labelOf(const WalkFinding &finding) const;

    std::shared_ptr<const MapData> m_data;
    LayerStyle m_symbols;
    std::vector<size_t> m_findings;       // indexes of the findings shown
    std::vector<size_t> m_walks;          // indexes of the walks whose routes are drawn
    QString m_shown;                      // the filter's findings part in words, empty for all
    std::vector<std::uint16_t> m_classOf; // per finding
    std::vector<StyleClass> m_classes;
};

} // namespace lb::render
