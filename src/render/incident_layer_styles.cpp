// IncidentLayer's aggregated styles: clusters, hexagon bins, the automatic choice between points
// and clusters, and the heat map, with the legend of each.

#include "render/incident_layer.h"
#include "render/map_style.h"
#include "render/marker_symbols.h"
#include "render/raster_overlay_layer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::IncidentLayer)
};

// Outlines of the characters of the counts, made once per frame: a town has hundreds of clusters and
// asking the font for each label's outline would cost more than everything else in the frame.
class CountGlyphs {
public:
    CountGlyphs(const QFont &font, QPaintDevice *device)
        : m_font(font)
        , m_metrics(font, device)
    {}
    double width(const QString &text)
    {
        double w = 0.0;
        for (QChar c : text)
            w += glyph(c).advance;
        return w;
    }
    // The text as one path, centred on `centre`.
    QPainterPath path(const QString &text, QPointF centre)
    {
        QPointF pen(centre.x() - width(text) / 2.0, centre.y() + (m_metrics.ascent() - m_metrics.descent()) / 2.0);
        QPainterPath out;
        for (QChar c : text) {
            const Glyph &g = glyph(c);
            out.addPath(g.path.translated(pen));
            pen.rx() += g.advance;
        }
        return out;
    }

private:
    struct Glyph {
        QPainterPath path;
        double advance = 0.0;
    };
    const Glyph &glyph(QChar c)
    {
        auto it = m_glyphs.find(c);
        if (it == m_glyphs.end()) {
            Glyph g;
            g.path.addText(QPointF(0, 0), m_font, QString(c));
            g.advance = m_metrics.horizontalAdvance(c);
            it = m_glyphs.emplace(c, std::move(g)).first;
        }
        return it->second;
    }
    QFont m_font;
    QFontMetricsF m_metrics;
    std::map<QChar, Glyph> m_glyphs;
};

// Automatic draws points while there is about one incident or fewer per 20 × 20 pixels of the view.
constexpr double pixelsPerPoint = 400.0;
} // namespace

bool IncidentLayer::drawsPoints(const MapSettings &settings, Feedback &feedback) const
{
    if (m_style == IncidentStyle::Points)
        return true;
    if (m_style != IncidentStyle::Automatic)
        return false;
    const QSize out = settings.outputSize();
    const double limit =
        double(out.width()) * out.height() / (pixelsPerPoint * settings.pixelScale() * settings.pixelScale());
    return double(countShownIncidents(m_data->incidents, m_filter, settings, feedback)) <= limit;
}

std::vector<IncidentBin> IncidentLayer::bins(const MapSettings &settings, Feedback &feedback) const
{
    switch (m_style) {
    case IncidentStyle::Clusters:
    case IncidentStyle::Automatic:
        if (m_style == IncidentStyle::Automatic && drawsPoints(settings, feedback))
            return {};
        return clusterIncidents(m_data->incidents, m_filter, settings, feedback, clusterCellPixels(settings));
    case IncidentStyle::Hexagons:
        return hexBinIncidents(m_data->incidents, m_filter, settings, feedback, hexagonRadiusPixels(settings));
    case IncidentStyle::Points:
    case IncidentStyle::Heat:
        break;
    }
    return {};
}

HeatSurface IncidentLayer::heat(const MapSettings &settings, Feedback &feedback) const
{
    return incidentHeat(m_data->incidents, m_filter, settings, feedback, heatSigmaPixels(settings));
}

void IncidentLayer::drawClusters(QPainter &painter, const RenderContext &ctx,
                                 const std::vector<IncidentBin> &bins) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(ctx.px(11.0))));
    font.setWeight(QFont::Bold);
    CountGlyphs glyphs(font, painter.device());
    const QLocale locale;
    const double pointSize = symbolSize(ctx);
    // Small clusters first, so the large ones lie on top where two touch.
    std::vector<size_t> order(bins.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return bins[a].count < bins[b].count; });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPen rim(Qt::white, ctx.px(1.5));
    QColor fill = style::clusterColor();
    fill.setAlpha(225);
    for (size_t k : order) {
        const IncidentBin &b = bins[k];
        if (b.count == 1) {
            // A lone incident is what it is: its point, in its class's symbol.
            const StyleClass &c = m_classes.classes()[m_classes.classOf(m_data->incidents, b.first)];
            const double factor = m_symbols.kind == LayerStyle::Kind::Graduated ? c.sizeFactor : 1.0;
            style::drawMarker(painter, m_symbols.shape, c.color, pointSize * factor, b.pixel);
            continue;
        }
        const QString text = locale.toString(b.count);
        const double r =
            std::max(ctx.px(9.0 + 3.0 * std::log10(double(b.count))), glyphs.width(text) / 2.0 + ctx.px(4.0));
        painter.setPen(rim);
        painter.setBrush(fill);
        painter.drawEllipse(b.pixel, r, r);
        painter.fillPath(glyphs.path(text, b.pixel), Qt::white);
    }
    painter.restore();
}

void IncidentLayer::drawHexagons(QPainter &painter, const RenderContext &ctx,
                                 const std::vector<IncidentBin> &bins) const
{
    const double radius = hexagonRadiusPixels(ctx.settings);
    painter.save();
    // Raster hexagons without anti-aliasing and a hair larger, so neighbours meet without seams.
    painter.setRenderHint(QPainter::Antialiasing, !ctx.rasterTarget);
    painter.setPen(Qt::NoPen);
    painter.setOpacity(0.85);
    const double drawn = ctx.rasterTarget ? radius + 0.5 : radius;
    for (const IncidentBin &b : bins) {
        painter.setBrush(style::hexagonColor(style::hexagonClass(b.count)));
        painter.drawPolygon(hexagonPolygon(b.pixel, drawn));
    }
    painter.restore();
}

void IncidentLayer::drawHeat(QPainter &painter, const RenderContext &ctx) const
{
    const QImage image = heatImage(heat(ctx.settings, ctx.feedback));
    if (image.isNull())
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(ctx.settings.outputSize())), image);
    painter.restore();
}

std::vector<LegendItem> IncidentLayer::legendItems() const
{
    std::vector<LegendItem> items;
    switch (m_style) {
    case IncidentStyle::Points:
        return groupLegend();
    case IncidentStyle::Clusters:
    case IncidentStyle::Automatic:
        items.push_back({LegendItem::Symbol::Circle, style::clusterColor(),
                         m_style == IncidentStyle::Clusters
                             ? Tr::tr("Cluster of incidents, with count")
                             : Tr::tr("Cluster of incidents, with count (where points would crowd)"),
                         -1});
        for (const LegendItem &g : groupLegend())
            items.push_back(g);
        return items;
    case IncidentStyle::Hexagons: {
        const QLocale locale;
        for (int c = 0; c < style::hexagonClassCount; ++c) {
            const std::int64_t lo = style::hexagonClassLowerBound(c);
            QString label;
            if (c + 1 == style::hexagonClassCount)
                label = Tr::tr("%1 or more incidents per hexagon").arg(locale.toString(lo));
            else if (style::hexagonClassLowerBound(c + 1) - 1 == lo)
                label = Tr::tr("1 incident per hexagon");
            else
                label = Tr::tr("%1–%2 incidents per hexagon")
                            .arg(locale.toString(lo), locale.toString(style::hexagonClassLowerBound(c + 1) - 1));
            items.push_back({LegendItem::Symbol::Fill, style::hexagonColor(c), label, -1});
        }
        return items;
    }
    case IncidentStyle::Heat:
        items.push_back(
            {LegendItem::Symbol::Fill, RasterOverlayLayer::heatColor(1.0), Tr::tr("Densest place in view"), -1});
        items.push_back({LegendItem::Symbol::Fill, RasterOverlayLayer::heatColor(0.55), Tr::tr("Half as dense"), -1});
        items.push_back({LegendItem::Symbol::Fill, RasterOverlayLayer::heatColor(0.15),
                         Tr::tr("Sparse (under 2 % of the densest: not coloured)"), -1});
        if (m_centrePlaced > 0)
            items.push_back({LegendItem::Symbol::CentreStack, style::centreStackColor(),
                             Tr::tr("Left out of the heat map: placed at a centre"), m_centrePlaced});
        return items;
    }
    return items;
}

} // namespace lb::render
