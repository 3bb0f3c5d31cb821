// IncidentLayer's labels: the category or source of the points a view draws, beside them, where
// they do not crowd each other. Only where the style draws points (not over clusters, hexagons or
// the heat map), and never for an incident the map does not show as a point.

#include "render/incident_layer.h"
#include "render/marker_symbols.h"

#include <cmath>

namespace lb::render {

void IncidentLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    const bool category = m_symbols.labelField == QLatin1String("category");
    const bool source = m_symbols.labelField == QLatin1String("source");
    if ((!category && !source) || !drawsPoints(ctx.settings, ctx.feedback))
        return;
    const IncidentSnapshot &inc = m_data->incidents;
    std::vector<QString> categoryNames;
    for (const Category &c : m_data->categories)
        categoryNames.push_back(localizedLabel(c.labelSv, c.labelEn));
    const double radius = symbolSize(ctx) / 2.0;
    const TimeSpan span = ctx.settings.incidentSpan();
    const bool showSensitive = ctx.settings.disclosure().showSensitivePoints;
    const bool filtered = m_filter.filter().isActive();
    const QSize out = ctx.settings.outputSize();
    // One candidate per patch of the screen a label's height across: the rest could not be placed.
    const double cell = std::max(4.0, ctx.px(12.0));
    const int gw = int(std::ceil(out.width() / cell)) + 1;
    const int gh = int(std::ceil(out.height() / cell)) + 1;
    std::vector<bool> tried(size_t(gw) * gh, false);
    style::PointLabels labels(ctx.settings.pixelScale());
    for (const PointGrid::Range &r : inc.grid.query(ctx.settings.visibleExtent())) {
        if (ctx.feedback.isCanceled())
            return;
        for (std::uint32_t i = r.begin; i < r.end; ++i) {
            if ((span.isValid() && !span.contains(inc.times[i])) || (inc.sensitive[i] && !showSensitive))
                continue;
            if (filtered && !m_filter.accepts(inc.times[i], inc.hour[i], inc.category[i], inc.precision[i],
                                              inc.source[i], inc.district[i]))
                continue;
            const QPointF p = ctx.toPixel(inc.positions[i]);
            if (p.x() < 0 || p.y() < 0 || p.x() >= out.width() || p.y() >= out.height())
                continue;
            const size_t slot = size_t(int(p.y() / cell)) * gw + size_t(p.x() / cell);
            if (tried[slot])
                continue;
            tried[slot] = true;
            QString text;
            if (category && inc.category[i] < categoryNames.size())
                text = categoryNames[inc.category[i]];
            else if (source && inc.source[i] < m_data->sources.size())
                text = m_data->sources[inc.source[i]];
            labels.add(p, radius, text);
        }
    }
    labels.draw(painter);
}

} // namespace lb::render
