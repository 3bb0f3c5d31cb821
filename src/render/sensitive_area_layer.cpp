#include "render/sensitive_area_layer.h"

#include "render/geometry_paths.h"
#include "render/map_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <cmath>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::SensitiveAreaLayer)
};
} // namespace

SensitiveAreaLayer::SensitiveAreaLayer(std::shared_ptr<const MapData> data, const MapFilter &filter)
    : m_data(std::move(data))
    , m_filter(filter, *m_data)
{
    for (const Area &a : m_data->districts)
        m_anchors.push_back(labelPoint(a.geometry));
    // Incidents outside every district are counted at the municipality's label point.
    MultiPolygon whole;
    for (const Area &a : m_data->municipality)
        whole.insert(whole.end(), a.geometry.begin(), a.geometry.end());
    m_anchors.push_back(whole.empty() ? m_data->fullExtent.center() : labelPoint(whole));
}

QString SensitiveAreaLayer::id() const
{
    return QStringLiteral("incidents_sensitive");
}
QString SensitiveAreaLayer::title() const
{
    return Tr::tr("Sensitive incidents per district");
}

std::vector<std::int64_t> SensitiveAreaLayer::counts(const MapSettings &settings) const
{
    const SensitiveIncidents &s = m_data->sensitiveIncidents;
    const TimeSpan span = settings.incidentSpan();
    std::vector<std::int64_t> n(m_anchors.size(), 0);
    const bool filtered = m_filter.filter().isActive() && s.category.size() == s.size();
    for (size_t i = 0; i < s.size(); ++i) {
        if (span.isValid() && !span.contains(s.times[i]))
            continue;
        if (filtered && !m_filter.accepts(s.times[i], s.hour[i], s.category[i], s.precision[i],
                                          i < s.source.size() ? s.source[i] : std::uint16_t(0xffff),
                                          s.district[i] >= 0 ? std::uint16_t(s.district[i]) : std::uint16_t(0xffff)))
            continue;
        const int d = s.district[i];
        ++n[d >= 0 ? size_t(d) : n.size() - 1];
    }
    return n;
}

Status SensitiveAreaLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    // The badges are drawn with the labels, above every symbol layer.
    Q_UNUSED(painter);
    Q_UNUSED(ctx);
    return {};
}

void SensitiveAreaLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    const DisclosureRules rules = ctx.settings.disclosure();
    if (rules.showSensitivePoints || m_data->sensitiveIncidents.size() == 0)
        return;
    const std::vector<std::int64_t> n = counts(ctx.settings);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(ctx.px(11.0))));
    font.setWeight(QFont::Bold);
    const QFontMetricsF metrics(font, painter.device());
    const Extent view = ctx.settings.visibleExtent();
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (size_t d = 0; d < n.size(); ++d) {
        if (n[d] == 0 || rules.suppresses(n[d]) || !view.contains(m_anchors[d]))
            continue;
        const QString text = locale.toString(n[d]);
        // Below the district's name, which is drawn at the same anchor.
        const QPointF at = ctx.toPixel(m_anchors[d]) + QPointF(0.0, ctx.px(19.0));
        const double w = metrics.horizontalAdvance(text) + ctx.px(12.0);
        const QRectF badge(at.x() - w / 2.0, at.y() - metrics.height() / 2.0 - ctx.px(2.0), w,
                           metrics.height() + ctx.px(4.0));
        style::drawSensitiveBadge(painter, badge, ctx.settings.pixelScale());
        style::fillCentredText(painter, font, badge, text, Qt::white);
    }
    painter.restore();
}

std::int64_t SensitiveAreaLayer::featureCount() const
{
    std::int64_t total = 0;
    for (std::int64_t c : counts(MapSettings{}))
        total += c;
    return total;
}

std::vector<LegendItem> SensitiveAreaLayer::legendItems() const
{
    if (m_data->sensitiveIncidents.size() == 0)
        return {};
    return {{LegendItem::Symbol::SensitiveBadge, style::sensitiveColor(),
             Tr::tr("Sensitive incidents per district (counts under %1 not shown)").arg(DisclosureRules{}.minCount),
             featureCount()}};
}

} // namespace lb::render
