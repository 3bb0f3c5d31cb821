#pragma once

// InterventionLayer: where the interventions act, drawn over the data so a coordinator sees what
// was done where: a camera or a guard post as its point with the radius it covers, a route as a
// band as wide as the distance either side that counts as on it, an area as its polygon, and
// districts as their outlines; each labelled with its name. Holds its own copies; immutable, see
// map_layer.h for threading.

#include "core/intervention.h"
#include "core/records.h"
#include "render/map_layer.h"

#include <vector>

namespace lb::render {

class InterventionLayer final : public MapLayer {
public:
    // `districts` resolves the areaIds of interventions placed in districts.
    InterventionLayer(std::vector<Intervention> interventions, std::vector<Area> districts);
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_items.size()); }

    static QColor color();

private:
    struct Item {
        QString name;
        MultiPolygon area;   // the polygon or the districts
        LineString route;    // a route
        PointXY point;       // a point, or where the label of a route goes
        double radius = 0.0; // metres
        InterventionShape shape = InterventionShape::Point;
    };
    std::vector<Item> m_items;
};

} // namespace lb::render
