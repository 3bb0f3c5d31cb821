#include "render/selection_layer.h"

#include <QCoreApplication>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::SelectionLayer)
};
} // namespace

QString SelectionLayer::id() const
{
    return QStringLiteral("selection");
}

QString SelectionLayer::title() const
{
    return Tr::tr("Selected");
}

QColor SelectionLayer::color()
{
    return QColor(0x00, 0xe5, 0xff);
}

Status SelectionLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent().buffered(ctx.px(12.0) * ctx.settings.mapUnitsPerPixel());
    const double r = ctx.px(7.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const QPen halo(QColor(0, 0, 0, 200), ctx.px(4.5));
    const QPen ring(color(), ctx.px(2.5));
    // Identical positions are drawn once; the halo first so that no ring hides under another's.
    for (const QPen &pen : {halo, ring}) {
        painter.setPen(pen);
        for (const PointXY &p : m_positions) {
            if (view.contains(p))
                painter.drawEllipse(ctx.toPixel(p), r, r);
        }
    }
    painter.restore();
    return {};
}

std::vector<LegendItem> SelectionLayer::legendItems() const
{
    return {{LegendItem::Symbol::Outline, color(), Tr::tr("Selected in the table or on the map"), featureCount()}};
}

} // namespace lb::render
