#include "render/incident_layer.h"

#include "render/map_style.h"
#include "render/marker_symbols.h"

#include <QCoreApplication>

#include <cmath>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::IncidentLayer)
};

// How often the draw loop looks at the cancel flag; checking per point would cost more than it saves.
constexpr std::uint32_t cancelCheckInterval = 16384;
} // namespace

IncidentLayer::IncidentLayer(std::shared_ptr<const MapData> data, const MapFilter &filter, IncidentStyle style,
                             const LayerStyle &symbols)
    : m_data(std::move(data))
    , m_filter(filter, *m_data)
    , m_style(style)
    , m_symbols(symbols)
    , m_classes(*m_data, m_filter, symbols)
{
    for (const CentreStack &s : m_data->centreStacks)
        for (size_t i = 0; i < s.times.size(); ++i)
            if (m_filter.accepts(s.times[i], i < s.hours.size() ? s.hours[i] : 0,
                                 i < s.categories.size() ? s.categories[i] : std::uint16_t(0xffff), s.precision,
                                 i < s.sources.size() ? s.sources[i] : std::uint16_t(0xffff), s.district))
                ++m_centrePlaced;
    if (!filter.isActive()) {
        m_groupCounts = m_data->groupCounts;
        return;
    }
    const IncidentSnapshot &inc = m_data->incidents;
    m_groupCounts.assign(m_data->groups.size(), 0);
    for (size_t i = 0; i < inc.size(); ++i) {
        if (!inc.sensitive[i] && inc.group[i] < m_groupCounts.size() &&
            m_filter.accepts(inc.times[i], inc.hour[i], inc.category[i], inc.precision[i], inc.source[i],
                             inc.district[i]))
            ++m_groupCounts[inc.group[i]];
    }
}

QString IncidentLayer::id() const
{
    return QStringLiteral("incidents");
}
QString IncidentLayer::title() const
{
    const QString shown = m_filter.filter().describe(m_data->timeZone);
    return shown.isEmpty() ? Tr::tr("Incidents") : Tr::tr("Incidents (%1)").arg(shown);
}

Status IncidentLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    switch (m_style) {
    case IncidentStyle::Points:
        return drawPoints(painter, ctx);
    case IncidentStyle::Heat:
        drawHeat(painter, ctx);
        return {};
    case IncidentStyle::Automatic:
        if (drawsPoints(ctx.settings, ctx.feedback))
            return drawPoints(painter, ctx);
        drawClusters(painter, ctx, bins(ctx.settings, ctx.feedback));
        return {};
    case IncidentStyle::Clusters:
        drawClusters(painter, ctx, bins(ctx.settings, ctx.feedback));
        return {};
    case IncidentStyle::Hexagons:
        drawHexagons(painter, ctx, bins(ctx.settings, ctx.feedback));
        return {};
    }
    return {};
}

Status IncidentLayer::drawPoints(QPainter &painter, const RenderContext &ctx) const
{
    const IncidentSnapshot &inc = m_data->incidents;
    if (inc.size() == 0)
        return {};
    const double radius = symbolSize(ctx) / 2.0;
    // How far a symbol reaches from its point: a pin stands above it, a graduated class is larger.
    const double reach = radius * (m_symbols.shape == SymbolShape::Pin ? 2.0 : 1.0) *
                         (m_symbols.kind == LayerStyle::Kind::Graduated ? 1.5 : 1.0);
    // Visit cells a symbol's reach beyond the view so points on the edge are drawn half.
    const double margin = (reach + 1.0) * ctx.settings.mapUnitsPerPixel();
    const std::vector<PointGrid::Range> ranges = inc.grid.query(ctx.settings.visibleExtent().buffered(margin));
    const TimeSpan span = ctx.settings.incidentSpan();
    const bool filterTime = span.isValid();
    const bool filtered = m_filter.filter().isActive();
    // Sensitive incidents appear as counts per district (SensitiveAreaLayer) unless exact
    // positions were deliberately chosen.
    const bool showSensitive = ctx.settings.disclosure().showSensitivePoints;

    const QSize out = ctx.settings.outputSize();
    const double left = -reach;
    const double top = -reach;
    const double right = out.width() + reach;
    const double bottom = out.height() + reach;

    // Cells about half a symbol wide, each drawing one symbol: the incident with the lowest id in
    // it (the others would be covered by it for the most part). This bounds the work by the number
    // of cells on screen rather than the number of points, and the choice does not depend on the
    // order the incidents were read in.
    const double cell = std::max(1.0, radius * 0.6);
    const int gw = int(std::ceil((right - left) / cell)) + 1;
    const int gh = int(std::ceil((bottom - top) / cell)) + 1;
    constexpr std::uint32_t none = 0xffffffffu;
    std::vector<std::uint32_t> winner(size_t(gw) * gh, none);

    // One symbol per class of the layer's style (a graduated class has its own size), as a rim and
    // a fill. The kept points are drawn in two passes, every rim first and every fill over them, so
    // that symbols crowded together merge into one patch with one edge. Drawn one by one, each
    // symbol's rim showed through its neighbours' on the regular spacing of the cells: a fish-scale
    // texture that is not in the data.
    const std::vector<StyleClass> &classes = m_classes.classes();
    std::vector<style::MarkerLayers> symbols;
    std::vector<double> sizes;
    const double size = symbolSize(ctx);
    for (const StyleClass &c : classes) {
        sizes.push_back(size * (m_symbols.kind == LayerStyle::Kind::Graduated ? c.sizeFactor : 1.0));
        if (ctx.rasterTarget)
            symbols.push_back(style::markerLayers(m_symbols.shape, c.color, sizes.back()));
    }
    if (!ctx.rasterTarget)
        painter.setRenderHint(QPainter::Antialiasing);

    const MapToPixel &tp = ctx.toPixel;
    std::uint32_t visited = 0;
    for (const PointGrid::Range &r : ranges) {
        for (std::uint32_t i = r.begin; i < r.end; ++i) {
            if (++visited % cancelCheckInterval == 0 && ctx.feedback.isCanceled())
                return {};
            if (filterTime && !span.contains(inc.times[i]))
                continue;
            if (inc.sensitive[i] && !showSensitive)
                continue;
            if (filtered && !m_filter.accepts(inc.times[i], inc.hour[i], inc.category[i], inc.precision[i],
                                              inc.source[i], inc.district[i]))
                continue;
            const QPointF p = tp(inc.positions[i]);
            if (p.x() < left || p.x() > right || p.y() < top || p.y() > bottom)
                continue;
            std::uint32_t &w = winner[size_t(int((p.y() - top) / cell)) * gw + size_t((p.x() - left) / cell)];
            if (w == none || inc.ids[i] < inc.ids[w])
                w = i;
        }
    }
    // In the cells' order, row by row, so the picture is the same however the incidents are stored.
    for (int pass = 0; pass < 2; ++pass) {
        for (const std::uint32_t i : winner) {
            if (i == none)
                continue;
            const QPointF p = tp(inc.positions[i]);
            const std::uint16_t k = m_classes.classOf(inc, i);
            if (ctx.rasterTarget) {
                const QImage &img = pass == 0 ? symbols[k].rim : symbols[k].fill;
                // Whole-pixel positions keep the blit on the fast path of the raster engine.
                painter.drawImage(
                    QPointF(std::round(p.x() - img.width() / 2.0), std::round(p.y() - img.height() / 2.0)), img);
            } else if (pass == 0) {
                style::drawMarkerRim(painter, m_symbols.shape, classes[k].color, sizes[k], p);
            } else {
                style::drawMarkerFill(painter, m_symbols.shape, classes[k].color, sizes[k], p);
            }
        }
    }
    return {};
}

std::int64_t IncidentLayer::featureCount() const
{
    std::int64_t n = 0;
    for (std::int64_t c : m_groupCounts)
        n += c;
    return n;
}

std::vector<LegendItem> IncidentLayer::groupLegend() const
{
    return classLegend(m_classes.classes(), m_symbols);
}

double IncidentLayer::symbolSize(const RenderContext &ctx) const
{
    if (m_symbols.size > 0.0)
        return ctx.px(m_symbols.size);
    return 2.0 * ctx.px(style::incidentRadius(ctx.settings.scaleDenominator()));
}

} // namespace lb::render
