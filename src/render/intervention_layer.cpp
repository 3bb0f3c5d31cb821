#include "render/intervention_layer.h"

#include "render/geometry_paths.h"
#include "render/map_style.h"

#include <QCoreApplication>
#include <QPainterPath>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::InterventionLayer)
};

QColor fillOf(QColor c)
{
    c.setAlpha(70);
    return c;
}
} // namespace

InterventionLayer::InterventionLayer(std::vector<Intervention> interventions, std::vector<Area> districts)
{
    for (Intervention &i : interventions) {
        Item item;
        item.name = i.name;
        item.shape = i.shape;
        item.radius = i.radius;
        switch (i.shape) {
        case InterventionShape::Point:
            item.point = i.point;
            break;
        case InterventionShape::Route:
            item.route = std::move(i.route);
            if (!item.route.empty())
                item.point = item.route[item.route.size() / 2];
            break;
        case InterventionShape::Polygon:
            item.area = std::move(i.polygon);
            item.point = labelPoint(item.area);
            break;
        case InterventionShape::Districts:
            for (const Area &a : districts)
                if (std::find(i.areaIds.begin(), i.areaIds.end(), a.id) != i.areaIds.end())
                    item.area.insert(item.area.end(), a.geometry.begin(), a.geometry.end());
            item.point = labelPoint(item.area);
            break;
        }
        m_items.push_back(std::move(item));
    }
}

QString InterventionLayer::id() const
{
    return QStringLiteral("interventions");
}

QString InterventionLayer::title() const
{
    return Tr::tr("Interventions");
}

QColor InterventionLayer::color()
{
    return QColor(0x00, 0x6d, 0x77); // dark teal, unlike every incident group colour
}

Status InterventionLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const double upp = ctx.settings.mapUnitsPerPixel();
    const QPen outline(color(), ctx.px(1.8));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Item &it : m_items) {
        switch (it.shape) {
        case InterventionShape::Point: {
            const double r = std::max(it.radius / upp, ctx.px(6.0));
            painter.setPen(outline);
            painter.setBrush(fillOf(color()));
            painter.drawEllipse(ctx.toPixel(it.point), r, r);
            painter.setBrush(color());
            painter.drawEllipse(ctx.toPixel(it.point), ctx.px(3.0), ctx.px(3.0));
            break;
        }
        case InterventionShape::Route: {
            const QPainterPath path = linePath(it.route, ctx.toPixel);
            painter.setBrush(Qt::NoBrush);
            // The band the route covers, then the route itself.
            painter.setPen(QPen(fillOf(color()), std::max(2.0 * it.radius / upp, ctx.px(6.0)), Qt::SolidLine,
                                Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
            painter.setPen(QPen(color(), ctx.px(2.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
            break;
        }
        case InterventionShape::Polygon:
        case InterventionShape::Districts:
            painter.setPen(outline);
            painter.setBrush(fillOf(color()));
            painter.drawPath(polygonPath(it.area, ctx.toPixel));
            break;
        }
        if (ctx.feedback.isCanceled())
            break;
    }
    painter.restore();
    return {};
}

void InterventionLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    QFont font;
    font.setPixelSize(int(ctx.px(12.0)));
    font.setBold(true);
    for (const Item &it : m_items) {
        if (it.name.isEmpty() || !ctx.settings.visibleExtent().contains(it.point))
            continue;
        const QPointF at = ctx.toPixel(it.point) + QPointF(0, -ctx.px(14.0));
        style::fillCentredText(painter, font, QRectF(at.x() - ctx.px(150), at.y() - ctx.px(9), ctx.px(300), ctx.px(18)),
                               it.name, color().darker(150));
    }
}

std::vector<LegendItem> InterventionLayer::legendItems() const
{
    return {{LegendItem::Symbol::Fill, color(), Tr::tr("Where an intervention acts"), featureCount()}};
}

} // namespace lb::render
