#include "render/base_map_layer.h"

#include "render/async_base_map_source.h"
#include "render/geometry_paths.h"

#include <QFontMetricsF>

#include <cmath>

namespace lb::render {

BaseMapLayer::BaseMapLayer(BaseMapEntry entry, std::shared_ptr<const BaseMapSource> source)
    : m_entry(std::move(entry))
    , m_id(m_entry.layerId())
    , m_source(std::move(source))
{}

Status BaseMapLayer::draw(QPainter &painter, const RenderContext &context) const
{
    const MapSettings &s = context.settings;
    const Extent view = s.visibleExtent();
    const Extent own = m_source->extent();
    if (!own.isEmpty() && !own.intersects(view))
        return Status::success();
    painter.setOpacity(painter.opacity() * m_entry.opacity);
    if (const BaseMapFeatures *f = m_source->features()) {
        const BaseMapStyle &style = m_entry.style;
        // A width of 0 leaves outlines out (Qt would draw them one pixel wide).
        const QPen pen = style.outlineWidth > 0.0 ? QPen(style.outline, context.px(style.outlineWidth), Qt::SolidLine,
                                                         Qt::RoundCap, Qt::RoundJoin)
                                                  : QPen(Qt::NoPen);
        if (!f->polygons.empty()) {
            painter.setPen(pen);
            painter.setBrush(style.fill.alpha() > 0 ? QBrush(style.fill) : QBrush(Qt::NoBrush));
            painter.drawPath(polygonPath(f->polygons, context.toPixel));
        }
        if (!f->lines.empty()) {
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(linePath(f->lines, context.toPixel));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.outline);
        const double r = context.px(2.0);
        for (const PointXY &p : f->points)
            if (view.contains(p))
                painter.drawEllipse(context.toPixel(p), r, r);
        return Status::success();
    }
    const QSize size = s.outputSize();
    Result<QImage> image = m_source->image(view, size, context.feedback);
    if (!image)
        return image.error();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(size)), *image);
    return Status::success();
}

void BaseMapLayer::drawLabels(QPainter &painter, const RenderContext &context) const
{
    if (m_entry.attribution.isEmpty())
        return;
    const MapSettings &s = context.settings;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(8, int(std::lround(context.px(10.0)))));
    const QFontMetricsF metrics(font, painter.device());
    const double pad = context.px(3.0);
    const QSizeF text(metrics.horizontalAdvance(m_entry.attribution), metrics.height());
    const QRectF box(s.outputSize().width() - text.width() - 2 * pad, s.outputSize().height() - text.height() - 2 * pad,
                     text.width() + 2 * pad, text.height() + 2 * pad);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, m_entry.attribution);
}

std::vector<LegendItem> BaseMapLayer::legendItems() const
{
    if (!m_source->features())
        return {};
    const BaseMapStyle &style = m_entry.style;
    if (style.fill.alpha() == 0)
        return {{LegendItem::Symbol::Outline, style.outline, m_entry.title, -1}};
    return {{LegendItem::Symbol::Fill, style.fill, m_entry.title, -1}};
}

LayerList withWholeBaseMaps(const LayerList &layers)
{
    LayerList out;
    for (const auto &layer : layers) {
        const auto *base = dynamic_cast<const BaseMapLayer *>(layer.get());
        const auto *live = base ? dynamic_cast<const AsyncBaseMapSource *>(base->source().get()) : nullptr;
        out.push_back(live ? std::make_shared<BaseMapLayer>(base->entry(), live->wrapped()) : layer);
    }
    return out;
}

bool isBaseMapLayerId(const QString &id)
{
    return id.startsWith(QLatin1String("basemap_"));
}

void insertBaseMapLayers(LayerList &layers, const LayerList &baseLayers)
{
    std::erase_if(layers, [](const auto &l) { return isBaseMapLayerId(l->id()); });
    auto at = std::find_if(layers.begin(), layers.end(),
                           [](const auto &l) { return l->id() == QLatin1String("municipality"); });
    at = at == layers.end() ? layers.begin() : at + 1;
    layers.insert(at, baseLayers.begin(), baseLayers.end());
}

} // namespace lb::render
