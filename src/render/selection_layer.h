#pragma once

// SelectionLayer: the features selected in an attribute table or on the map, drawn as rings above
// every other symbol so they stand out in any style. Holds its own copy of the positions;
// immutable, see map_layer.h for threading.

#include "render/map_layer.h"

#include <vector>

namespace lb::render {

class SelectionLayer final : public MapLayer {
public:
    explicit SelectionLayer(std::vector<PointXY> positions)
        : m_positions(std::move(positions))
    {}
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_positions.size()); }

    // The colour of the rings.
    static QColor color();

private:
    std::vector<PointXY> m_positions;
};

} // namespace lb::render
