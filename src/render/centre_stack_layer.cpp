#include "render/centre_stack_layer.h"

#include "render/map_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::CentreStackLayer)
};

constexpr double maxLabelScale = 75000.0;

QFont countFont(const RenderContext &ctx)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(ctx.px(11.0))));
    font.setWeight(QFont::Bold);
    return font;
}

// The symbol grows with the number of digits so the count always fits inside.
double symbolRadius(const RenderContext &ctx, std::int64_t count)
{
    const int digits = int(QString::number(count).size());
    return ctx.px(9.0 + 3.0 * std::max(0, digits - 2));
}
} // namespace

std::int64_t CentreStackLayer::countIn(const std::vector<Instant> &times, const std::vector<std::uint16_t> &categories,
                                       const std::vector<std::uint8_t> &hours,
                                       const std::vector<std::uint16_t> &sources, const CentreStack &stack,
                                       const TimeSpan &span) const
{
    const bool filtered = m_filter.filter().isActive();
    if (!span.isValid() && !filtered)
        return std::int64_t(times.size());
    std::int64_t n = 0;
    for (size_t i = 0; i < times.size(); ++i) {
        if (span.isValid() && !span.contains(times[i]))
            continue;
        if (filtered &&
            !m_filter.accepts(times[i], i < hours.size() ? hours[i] : 0,
                              i < categories.size() ? categories[i] : std::uint16_t(0xffff), stack.precision,
                              i < sources.size() ? sources[i] : std::uint16_t(0xffff), stack.district))
            continue;
        ++n;
    }
    return n;
}

QString CentreStackLayer::id() const
{
    return QStringLiteral("incidents_centre");
}
QString CentreStackLayer::title() const
{
    return Tr::tr("Incidents placed at a centre");
}

std::int64_t CentreStackLayer::shownCount(size_t index, const MapSettings &settings) const
{
    const CentreStack &stack = m_data->centreStacks[index];
    const TimeSpan span = settings.incidentSpan();
    std::int64_t n = countIn(stack.times, stack.categories, stack.hours, stack.sources, stack, span);
    if (settings.disclosure().showSensitivePoints)
        n += countIn(stack.sensitiveTimes, stack.sensitiveCategories, stack.sensitiveHours, stack.sensitiveSources,
                     stack, span);
    return n;
}

Status CentreStackLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    // Everything is drawn with the labels, above the survey pins and walk findings, so a count
    // is never buried under other symbols.
    Q_UNUSED(painter);
    Q_UNUSED(ctx);
    return {};
}

void CentreStackLayer::drawSymbols(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent().buffered(ctx.px(30.0) * ctx.settings.mapUnitsPerPixel());
    const QFont font = countFont(ctx);
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (size_t i = 0; i < m_data->centreStacks.size(); ++i) {
        const CentreStack &stack = m_data->centreStacks[i];
        const std::int64_t n = shownCount(i, ctx.settings);
        if (n == 0 || !view.contains(stack.position))
            continue;
        const QPointF at = ctx.toPixel(stack.position);
        const double r = symbolRadius(ctx, n);
        style::drawCentreStackSymbol(painter, at, r, ctx.settings.pixelScale());
        style::fillCentredText(painter, font, QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), locale.toString(n),
                               style::centreStackColor());
    }
    painter.restore();
}

void CentreStackLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    drawSymbols(painter, ctx);
    // "at the centre of X" below each symbol where it does not collide with another label; only
    // from the scale of a town on, where there is room for it (the legend says it at any scale).
    if (ctx.settings.scaleDenominator() > maxLabelScale)
        return;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(ctx.px(10.0))));
    font.setItalic(true);
    const QFontMetricsF metrics(font, painter.device());
    const QPen halo(QColor(255, 255, 255, 235), ctx.px(3.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const Extent view = ctx.settings.visibleExtent();
    std::vector<QRectF> placed;
    for (size_t i = 0; i < m_data->centreStacks.size(); ++i) {
        const CentreStack &stack = m_data->centreStacks[i];
        const std::int64_t n = shownCount(i, ctx.settings);
        if (n == 0 || !view.contains(stack.position))
            continue;
        const QString text = Tr::tr("at the centre of %1").arg(stack.placeName);
        const QPointF at = ctx.toPixel(stack.position);
        const double w = metrics.horizontalAdvance(text);
        const QRectF box(at.x() - w / 2.0, at.y() + symbolRadius(ctx, n) + ctx.px(2.0), w, metrics.height());
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(box); }))
            continue;
        placed.push_back(box);
        QPainterPath path;
        path.addText(QPointF(box.left(), box.top() + metrics.ascent()), font, text);
        painter.strokePath(path, halo);
        painter.fillPath(path, style::centreStackColor());
    }
}

std::vector<LegendItem> CentreStackLayer::legendItems() const
{
    const std::int64_t n = featureCount();
    if (n == 0)
        return {};
    return {{LegendItem::Symbol::CentreStack, style::centreStackColor(),
             Tr::tr("Placed at a district's or the municipality's centre, with count"), n}};
}

std::int64_t CentreStackLayer::featureCount() const
{
    std::int64_t n = 0;
    for (const CentreStack &s : m_data->centreStacks)
        n += countIn(s.times, s.categories, s.hours, s.sources, s, TimeSpan{});
    return n;
}

} // namespace lb::render
