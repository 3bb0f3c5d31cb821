#include "render/walk_layer.h"

#include "render/geometry_paths.h"
#include "render/map_style.h"
#include "render/marker_symbols.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::WalkLayer)
};

// Draw order: the statuses that need action on top.
constexpr FindingStatus statusOrder[] = {FindingStatus::Rejected, FindingStatus::Fixed, FindingStatus::InProgress,
                                         FindingStatus::Open};
constexpr FindingStatus legendOrder[] = {FindingStatus::Open, FindingStatus::InProgress, FindingStatus::Fixed,
                                         FindingStatus::Rejected};

QString statusLabel(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return Tr::tr("Finding: open");
    case FindingStatus::InProgress:
        return Tr::tr("Finding: in progress");
    case FindingStatus::Fixed:
        return Tr::tr("Finding: fixed");
    case FindingStatus::Rejected:
        return Tr::tr("Finding: rejected");
    }
    return {};
}

QString statusWord(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return Tr::tr("open");
    case FindingStatus::InProgress:
        return Tr::tr("in progress");
    case FindingStatus::Fixed:
        return Tr::tr("fixed");
    case FindingStatus::Rejected:
        return Tr::tr("rejected");
    }
    return {};
}

QString kindLabel(const QString &code)
{
    for (const FindingKind &k : defaultFindingKinds())
        if (k.code == code)
            return localizedLabel(k.labelSv, k.labelEn);
    return code;
}
} // namespace

WalkLayer::WalkLayer(std::shared_ptr<const MapData> data, const MapFilter &filter, const LayerStyle &symbols)
    : m_data(std::move(data))
    , m_symbols(symbols)
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

    // The classes come from every finding, so a class keeps its colour whatever the filter shows;
    // the counts are of the findings shown.
    const std::vector<WalkFinding> &findings = m_data->findings;
    m_classOf.assign(findings.size(), 0);
    const QColor other = style::groupColor(QStringLiteral("other"));
    if (symbols.kind == LayerStyle::Kind::Single) {
        m_classes.push_back({Tr::tr("Finding"), symbols.color, 1.0, 0});
    } else if (symbols.field == QLatin1String("kind") || symbols.field == QLatin1String("responsible")) {
        const bool byKind = symbols.field == QLatin1String("kind");
        // Kinds in the taxonomy's order, then codes it lacks; organisations alphabetically.
        QStringList values;
        if (byKind)
            for (const FindingKind &k : defaultFindingKinds())
                if (std::any_of(findings.begin(), findings.end(),
                                [&](const WalkFinding &f) { return f.kind == k.code; }))
                    values << k.code;
        QStringList rest;
        for (const WalkFinding &f : findings) {
            const QString v = (byKind ? f.kind : f.responsible).trimmed();
            if (!v.isEmpty() && !values.contains(v) && !rest.contains(v))
                rest << v;
        }
        rest.sort(Qt::CaseInsensitive);
        values << rest;
        for (qsizetype k = 0; k < values.size(); ++k)
            m_classes.push_back(
                {byKind ? kindLabel(values[k]) : values[k], paletteColor(symbols.palette, int(k)), 1.0, 0});
        m_classes.push_back({byKind ? Tr::tr("Kind not given") : Tr::tr("No one responsible given"), other, 1.0, 0});
        for (size_t i = 0; i < findings.size(); ++i) {
            const auto k = values.indexOf((byKind ? findings[i].kind : findings[i].responsible).trimmed());
            m_classOf[i] = std::uint16_t(k < 0 ? values.size() : k);
        }
    } else {
        const bool standard = symbols.palette == QLatin1String("standard");
        for (int k = 0; k < 4; ++k)
            m_classes.push_back({statusLabel(legendOrder[k]),
                                 standard ? style::findingColor(legendOrder[k]) : paletteColor(symbols.palette, k), 1.0,
                                 0});
        for (size_t i = 0; i < findings.size(); ++i)
            m_classOf[i] = std::uint16_t(std::find(std::begin(legendOrder), std::end(legendOrder), findings[i].status) -
                                         legendOrder);
    }
    for (size_t i : m_findings)
        ++m_classes[m_classOf[i]].count;
}

QString WalkLayer::id() const
{
    return QStringLiteral("walks");
}
QString WalkLayer::title() const
{
    return m_shown.isEmpty() ? Tr::tr("Safety walks") : Tr::tr("Safety walks (%1)").arg(m_shown);
}

double WalkLayer::symbolSize(const RenderContext &ctx) const
{
    return ctx.px(m_symbols.size > 0.0 ? m_symbols.size : m_symbols.shape == SymbolShape::Pin ? 15.0 : 9.0);
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
    const double side = symbolSize(ctx);
    const Extent padded = view.buffered(1.5 * side * ctx.settings.mapUnitsPerPixel());
    const QPen rim(QColor(0x20, 0x20, 0x20), ctx.px(1.0));
    for (const FindingStatus status : statusOrder) {
        for (size_t i : m_findings) {
            const WalkFinding &f = m_data->findings[i];
            if (f.status != status || !padded.contains(f.position))
                continue;
            const QPointF c = ctx.toPixel(f.position);
            const QColor &color = m_classes[m_classOf[i]].color;
            if (m_symbols.shape == SymbolShape::Square) {
                painter.setPen(rim);
                painter.setBrush(color);
                painter.drawRect(QRectF(c.x() - side / 2.0, c.y() - side / 2.0, side, side));
            } else {
                style::drawMarker(painter, m_symbols.shape, color, side, c);
            }
        }
    }
    painter.restore();
    return {};
}

QString WalkLayer::labelOf(const WalkFinding &f) const
{
    const QString &field = m_symbols.labelField;
    if (field == QLatin1String("kind"))
        return kindLabel(f.kind);
    if (field == QLatin1String("status"))
        return statusWord(f.status);
    if (field == QLatin1String("responsible"))
        return style::PointLabels::truncated(f.responsible);
    if (field == QLatin1String("description"))
        return style::PointLabels::truncated(f.description);
    return {};
}

void WalkLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    if (m_symbols.labelField.isEmpty())
        return;
    const double side = symbolSize(ctx);
    const Extent view = ctx.settings.visibleExtent();
    style::PointLabels labels(ctx.settings.pixelScale());
    // Open findings first: where labels crowd, theirs are the ones placed.
    for (auto it = std::rbegin(statusOrder); it != std::rend(statusOrder); ++it)
        for (size_t i : m_findings) {
            const WalkFinding &f = m_data->findings[i];
            if (f.status == *it && view.contains(f.position))
                labels.add(ctx.toPixel(f.position), side / 2.0, labelOf(f));
        }
    labels.draw(painter);
}

std::vector<LegendItem> WalkLayer::legendItems() const
{
    std::vector<LegendItem> items;
    items.push_back(
        {LegendItem::Symbol::DashedLine, style::walkRouteColor(), Tr::tr("Walk route"), std::int64_t(m_walks.size())});
    for (const LegendItem &item : classLegend(m_classes, m_symbols))
        items.push_back(item);
    return items;
}

} // namespace lb::render
