#pragma once

// IncidentLayer: the incidents with a position of their own, in the style the user chose (see
// incident_style.h): points in the layer's LayerStyle (by default coloured by category group; or one
// symbol, categories of category or source, classes of the hour; with labels), clusters with counts, hexagon bins,
// points or clusters depending on how many are in view, or a heat map of the shown points. Every style counts and draws
// the same incidents: the map filter, the settings' time span, and sensitive categories only when the disclosure rules
// show their points (otherwise SensitiveAreaLayer counts them per district). Incidents placed at a centre are
// CentreStackLayer's and never here.
//
// Points are built for up to a million per redraw: only the PointGrid cells in view are visited,
// raster outputs blit one cached symbol image per group, and a point is skipped when an earlier one
// already sits on nearly the same pixel. Vector outputs draw real circles. See map_layer.h for
// threading.

#include "render/incident_bins.h"
#include "render/incident_heat.h"
#include "render/incident_style.h"
#include "render/layer_style.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"
#include "render/style_classes.h"

#include <memory>

namespace lb::render {

class IncidentLayer final : public MapLayer {
public:
    // Draws and counts only the incidents `filter` accepts; the title says what it shows.
    explicit IncidentLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {},
                           IncidentStyle style = IncidentStyle::Points,
                           const LayerStyle &symbols = defaultLayerStyle(QStringLiteral("incidents")));
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    // Labels from the LayerStyle's field beside the points a view draws (incident_labels.cpp).
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    // The style's legend: groups for points, the cluster symbol, the hexagon classes, the heat ramp
    // with the number of centre-placed incidents it leaves out.
    std::vector<LegendItem> legendItems() const override;
    // Incidents drawn under the default disclosure rules and the filter.
    std::int64_t featureCount() const override;
    const CompiledMapFilter &filter() const { return m_filter; }
    IncidentStyle style() const { return m_style; }
    const LayerStyle &layerStyle() const { return m_symbols; }
    const IncidentClasses &classes() const { return m_classes; }

    // What a view shows. For Automatic: whether it draws points (else clusters).
    bool drawsPoints(const MapSettings &settings, Feedback &feedback) const;
    // The clusters or hexagons a view draws, with their counts (empty for points and heat).
    std::vector<IncidentBin> bins(const MapSettings &settings, Feedback &feedback) const;
    // The heat surface a view draws.
    HeatSurface heat(const MapSettings &settings, Feedback &feedback) const;
    // Incidents of the filter placed at a centre, which the heat map leaves out.
    std::int64_t centrePlacedCount() const { return m_centrePlaced; }

private:
    Status drawPoints(QPainter &painter, const RenderContext &context) const;
    void drawClusters(QPainter &painter, const RenderContext &context, const std::vector<IncidentBin> &bins) const;
    void drawHexagons(QPainter &painter, const RenderContext &context, const std::vector<IncidentBin> &bins) const;
    void drawHeat(QPainter &painter, const RenderContext &context) const;
    std::vector<LegendItem> groupLegend() const;
    // The symbol's size in device pixels for a view, before a graduated class's factor.
    double symbolSize(const RenderContext &context) const;

    std::shared_ptr<const MapData> m_data;
    CompiledMapFilter m_filter;
    IncidentStyle m_style;
    LayerStyle m_symbols;
    IncidentClasses m_classes;
    std::vector<std::int64_t> m_groupCounts; // shown by default per group, under the filter
    std::int64_t m_centrePlaced = 0;
};

} // namespace lb::render
