#pragma once

// BaseMapLayer: a background map the user added (an orthophoto, a scanned map, a vector file, a
// tile layer) drawn from a BaseMapSource under the store's data, with an opacity, a style for
// vector files and, on top of the finished map, its attribution. Immutable; see map_layer.h for the threading rules.

#include "render/base_map_list.h"
#include "render/base_map_source.h"
#include "render/map_layer.h"
#include "render/map_layers.h"

#include <memory>

namespace lb::render {

class BaseMapLayer final : public MapLayer {
public:
    BaseMapLayer(BaseMapEntry entry, std::shared_ptr<const BaseMapSource> source);

    QString id() const override { return m_id; }
    QString title() const override { return m_entry.title; }
    Status draw(QPainter &painter, const RenderContext &context) const override;
    // The attribution, in the lower right corner above everything else.
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;

    const BaseMapEntry &entry() const { return m_entry; }
    const std::shared_ptr<const BaseMapSource> &source() const { return m_source; }

private:
    BaseMapEntry m_entry;
    QString m_id;
    std::shared_ptr<const BaseMapSource> m_source;
};

// Puts `baseLayers` (bottom to top) into `layers` just above the municipality's land, so they lie
// under water, roads, districts and all data; any base layers already there are replaced.
void insertBaseMapLayers(LayerList &layers, const LayerList &baseLayers);

// `layers` with every base map that the interactive map draws from what it has at hand
// (AsyncBaseMapSource) drawing from its whole source instead, for a print or an export.
LayerList withWholeBaseMaps(const LayerList &layers);

// True for the ids of base map layers.
bool isBaseMapLayerId(const QString &id);

} // namespace lb::render
