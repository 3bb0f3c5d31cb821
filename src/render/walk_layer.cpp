#include "render/walk_layer.h"

#include "render/geometry_paths.h"
#include "render/map_style.h"

#include <QCoreApplication>

#include <unordered_map>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::WalkLayer)
};

// Draw order: the statuses that need action on top.
constexpr FindingStatus statusOrder[] = {FindingStatus::Rejected, FindingStatus::Fixed, FindingStatus::InProgress,
                                         FindingStatus::Open};
} // namespace

WalkLayer::WalkLayer(std::shared_ptr<const MapData> data, const MapFilter &filter)
    : m_data(std::move(data))
    , m_shown(filter.describeFindings(m_data->walks))
{
    std::unordered_map<FeatureId, QDate> walkDates;
    for (size_t i = 0; i < m_data->walks.size(); ++i) {
        const Walk &w = m_data->walks[i];
        walkDates.emplace(w.id, w.date);
        if (filter.acceptsWalk(w.id))
            m_walks.push_back(i);
    }
    for (size_t i = 0; i < m_data->findings.size(); ++i) {
        const WalkFinding &f = m_data->findings[i];
        const auto date = walkDates.find(f.walkId);
        if (filter.acceptsFinding(f, date == walkDates.end() ? QDate() : date->second))
            m_findings.push_back(i);
    }
}

QString WalkLayer::id() const
{
    return QStringLiteral("walks");
}
QString WalkLayer::title() const
{
    return m_shown.isEmpty() ? Tr::tr("Safety walks") : Tr::tr("Safety walks (%1)").arg(m_shown);
}

Status WalkLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // A light casing under the dashes keeps the route readable over roads and incidents.
    const QPen casing(QColor(255, 255, 255, 200), ctx.px(4.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen route(style::walkRouteColor(), ctx.px(2.4), Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    route.setDashPattern({3.0, 2.0});
    for (size_t i : m_walks) {
        const Walk &w = m_data->walks[i];
        if (w.route.size() < 2 || !extentOf(std::span<const PointXY>(w.route)).intersects(view))
            continue;
        const QPainterPath path = linePath(w.route, ctx.toPixel);
        painter.strokePath(path, casing);
        painter.strokePath(path, route);
    }
    const double side = ctx.px(9.0);
    const Extent padded = view.buffered(side * ctx.settings.mapUnitsPerPixel());
    const QPen rim(QColor(0x20, 0x20, 0x20), ctx.px(1.0));
    for (const FindingStatus status : statusOrder) {
        painter.setPen(rim);
        painter.setBrush(style::findingColor(status));
        for (size_t i : m_findings) {
            const WalkFinding &f = m_data->findings[i];
            if (f.status != status || !padded.contains(f.position))
                continue;
            const QPointF c = ctx.toPixel(f.position);
            painter.drawRect(QRectF(c.x() - side / 2.0, c.y() - side / 2.0, side, side));
        }
    }
    painter.restore();
    return {};
}

std::vector<LegendItem> WalkLayer::legendItems() const
{
    std::vector<LegendItem> items;
    items.push_back(
        {LegendItem::Symbol::DashedLine, style::walkRouteColor(), Tr::tr("Walk route"), std::int64_t(m_walks.size())});
    const std::pair<FindingStatus, QString> statuses[] = {{FindingStatus::Open, Tr::tr("Finding: open")},
                                                          {FindingStatus::InProgress, Tr::tr("Finding: in progress")},
                                                          {FindingStatus::Fixed, Tr::tr("Finding: fixed")},
                                                          {FindingStatus::Rejected, Tr::tr("Finding: rejected")}};
    for (const auto &[status, label] : statuses) {
        std::int64_t n = 0;
        for (size_t i : m_findings)
            n += m_data->findings[i].status == status ? 1 : 0;
        if (n > 0)
            items.push_back({LegendItem::Symbol::Square, style::findingColor(status), label, n});
    }
    return items;
}

} // namespace lb::render
