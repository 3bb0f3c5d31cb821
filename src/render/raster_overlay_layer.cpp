#include "render/raster_overlay_layer.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lb::render {

RasterOverlayLayer::RasterOverlayLayer(QString id, QString title, QImage image, Extent extent,
                                       std::vector<LegendItem> legend, double opacity, bool smooth)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_image(std::move(image))
    , m_extent(extent)
    , m_legend(std::move(legend))
    , m_opacity(opacity)
    , m_smooth(smooth)
{}

Status RasterOverlayLayer::draw(QPainter &painter, const RenderContext &context) const
{
    if (m_image.isNull() || m_extent.isEmpty() || !m_extent.intersects(context.settings.visibleExtent()))
        return {};
    const QPointF topLeft = context.toPixel(PointXY{m_extent.minX, m_extent.maxY});
    const QPointF bottomRight = context.toPixel(PointXY{m_extent.maxX, m_extent.minY});
    painter.save();
    painter.setOpacity(painter.opacity() * m_opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_smooth);
    painter.drawImage(QRectF(topLeft, bottomRight), m_image);
    painter.restore();
    return {};
}

QColor RasterOverlayLayer::heatColor(double t)
{
    // Light yellow → orange → red → dark red, with alpha rising from the lowest values so the
    // map below stays readable where little happens.
    struct Stop {
        double t;
        int r, g, b, a;
    };
    static constexpr Stop stops[] = {{0.0, 255, 255, 178, 0},   {0.15, 254, 217, 118, 150}, {0.35, 254, 178, 76, 190},
                                     {0.55, 253, 141, 60, 215}, {0.75, 240, 59, 32, 235},   {1.0, 189, 0, 38, 250}};
    t = std::clamp(t, 0.0, 1.0);
    for (std::size_t i = 1; i < std::size(stops); ++i) {
        if (t > stops[i].t)
            continue;
        const Stop &a = stops[i - 1], &b = stops[i];
        const double f = (t - a.t) / (b.t - a.t);
        const auto mix = [f](int x, int y) {
            return static_cast<int>(std::lround(x + f * (y - x)));
        };
        return QColor(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), mix(a.a, b.a));
    }
    return QColor(189, 0, 38, 250);
}

std::shared_ptr<RasterOverlayLayer> RasterOverlayLayer::heatMap(QString id, QString title,
                                                                std::span<const float> values, int cols, int rows,
                                                                Extent extent, double scaleMax, const QString &unit,
                                                                int classes)
{
    QImage image(cols, rows, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const double top = scaleMax > 0 ? scaleMax : 1.0;
    for (int r = 0; r < rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(r));
        for (int c = 0; c < cols; ++c) {
            const double v =
                values[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(c)];
            // Below 1 % of the scale the surface is left out, so the heat map does not tint the
            // whole municipality.
            if (!(v > 0.01 * top))
                continue;
            line[c] = heatColor(v / top).rgba();
        }
    }
    std::vector<LegendItem> legend;
    const QLocale locale;
    const auto number = [&](double v) {
        return locale.toString(v, 'f', v < 10 ? 1 : 0);
    };
    for (int i = classes; i >= 1; --i) {
        const double lo = top * (i - 1) / classes, hi = top * i / classes;
        QColor color = heatColor((i - 0.5) / classes);
        color.setAlpha(255);
        const QString label = i == classes ? QStringLiteral("≥ %1 %2").arg(number(lo), unit)
                                           : QStringLiteral("%1–%2 %3").arg(number(lo), number(hi), unit);
        legend.push_back({LegendItem::Symbol::Square, color, label, -1});
    }
    return std::make_shared<RasterOverlayLayer>(std::move(id), std::move(title), std::move(image), extent,
                                                std::move(legend), 0.8, true);
}

} // namespace lb::render
