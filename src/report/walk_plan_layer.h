#pragma once

// WalkPlanLayer: the plan of one safety walk on the map — its route and its points as numbered
// circles in walking order. The circles are a dark red disc with a white number and a white rim,
// so they stay readable on a greyscale copy and over any base map. Drawn by render::renderMap like
// every other layer; immutable and safe to draw from several threads (see render/map_layer.h).

#include "core/geometry.h"
#include "core/walk_plan.h"
#include "render/map_layer.h"

namespace lb::report {

class WalkPlanLayer final : public render::MapLayer {
public:
    WalkPlanLayer(LineString route, WalkPlan plan);

    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const render::RenderContext &context) const override;
    std::vector<render::LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_plan.size()); }

    // The fill of the numbered circles (tests look for it on the printed page).
    static QColor pointColor();
    // The circle's radius at 96 DPI.
    static constexpr double kRadius96 = 9.0;

private:
    LineString m_route;
    WalkPlan m_plan;
};

} // namespace lb::report
