#include "report/walk_plan_layer.h"

#include "render/geometry_paths.h"
#include "render/map_style.h"

#include <QCoreApplication>
#include <QFont>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::WalkPrint)
};
} // namespace

WalkPlanLayer::WalkPlanLayer(LineString route, WalkPlan plan)
    : m_route(std::move(route))
    , m_plan(std::move(plan))
{}

QString WalkPlanLayer::id() const
{
    return QStringLiteral("walk_plan");
}

QString WalkPlanLayer::title() const
{
    return Tr::tr("Walk plan");
}

QColor WalkPlanLayer::pointColor()
{
    return {0xb3, 0x1b, 0x1b};
}

Status WalkPlanLayer::draw(QPainter &painter, const render::RenderContext &ctx) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The stored route; without one, the points joined in walking order show the way.
    LineString line = m_route;
    if (line.size() < 2) {
        line.clear();
        for (const WalkPoint &p : m_plan)
            line.push_back(p.position);
    }
    if (line.size() >= 2) {
        const QPainterPath path = render::linePath(line, ctx.toPixel);
        painter.strokePath(path,
                           QPen(QColor(255, 255, 255, 220), ctx.px(6.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPen dashes(render::style::walkRouteColor(), ctx.px(3.0), Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
        dashes.setDashPattern({3.0, 1.6});
        painter.strokePath(path, dashes);
    }
    const double r = ctx.px(kRadius96);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    // Walk in reverse so point 1 lies on top where two overlap.
    for (auto it = m_plan.rbegin(); it != m_plan.rend(); ++it) {
        const QPointF c = ctx.toPixel(it->position);
        const QString label = QString::number(it->number);
        painter.setPen(QPen(Qt::white, ctx.px(2.0)));
        painter.setBrush(pointColor());
        painter.drawEllipse(c, r, r);
        font.setPixelSize(std::max(1, int(ctx.px(label.size() > 1 ? 10.0 : 12.0))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, label);
    }
    painter.restore();
    return {};
}

std::vector<render::LegendItem> WalkPlanLayer::legendItems() const
{
    return {{render::LegendItem::Symbol::DashedLine, render::style::walkRouteColor(), Tr::tr("Route"), -1},
            {render::LegendItem::Symbol::Circle, pointColor(), Tr::tr("Point to visit (number in walking order)"),
             std::int64_t(m_plan.size())}};
}

} // namespace lb::report
