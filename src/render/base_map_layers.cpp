#include "render/base_map_layers.h"

#include "render/geometry_paths.h"
#include "render/map_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::BaseMapLayers)
};

// Features whose extent misses the view are skipped before any path is built.
bool visible(const MultiPolygon &g, const Extent &view)
{
    return extentOf(g).intersects(view);
}
bool visible(const MultiLineString &g, const Extent &view)
{
    return extentOf(g).intersects(view);
}
} // namespace

// ---- municipality --------------------------------------------------------------------------

QString MunicipalityLayer::id() const
{
    return QStringLiteral("municipality");
}
QString MunicipalityLayer::title() const
{
    return Tr::tr("Municipality");
}

Status MunicipalityLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent();
    for (const Area &a : m_data->municipality) {
        if (!visible(a.geometry, view))
            continue;
        const QPainterPath path = polygonPath(a.geometry, ctx.toPixel);
        painter.fillPath(path, style::landColor());
        painter.strokePath(path,
                           QPen(style::municipalityOutline(), ctx.px(2.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    return {};
}

std::vector<LegendItem> MunicipalityLayer::legendItems() const
{
    return {{LegendItem::Symbol::Outline, style::municipalityOutline(), Tr::tr("Municipal boundary")}};
}

// ---- water ---------------------------------------------------------------------------------

QString WaterLayer::id() const
{
    return QStringLiteral("water");
}
QString WaterLayer::title() const
{
    return Tr::tr("Water");
}

Status WaterLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent();
    const QPen outline(style::waterOutline(), ctx.px(0.8));
    const QPen stream(style::waterOutline(), ctx.px(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const BaseFeature &f : m_data->water) {
        if (ctx.feedback.isCanceled())
            return {};
        if (!f.polygons.empty() && visible(f.polygons, view)) {
            const QPainterPath path = polygonPath(f.polygons, ctx.toPixel);
            painter.fillPath(path, style::waterFill());
            painter.strokePath(path, outline);
        }
        if (!f.lines.empty() && visible(f.lines, view))
            painter.strokePath(linePath(f.lines, ctx.toPixel), stream);
    }
    return {};
}

std::vector<LegendItem> WaterLayer::legendItems() const
{
    return {{LegendItem::Symbol::Fill, style::waterFill(), Tr::tr("Water")}};
}

// ---- roads ---------------------------------------------------------------------------------

QString RoadsLayer::id() const
{
    return QStringLiteral("roads");
}
QString RoadsLayer::title() const
{
    return Tr::tr("Roads");
}

Status RoadsLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent();
    const double scale = ctx.settings.scaleDenominator();
    // Streets first so main roads run over them at junctions.
    for (const bool mainPass : {false, true}) {
        for (const BaseFeature &f : m_data->roads) {
            if (ctx.feedback.isCanceled())
                return {};
            const bool isMain = f.featureClass == QLatin1String("main");
            if (isMain != mainPass || !visible(f.lines, view))
                continue;
            painter.strokePath(linePath(f.lines, ctx.toPixel),
                               QPen(style::roadColor(f.featureClass), ctx.px(style::roadWidth(f.featureClass, scale)),
                                    Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
    }
    return {};
}

std::vector<LegendItem> RoadsLayer::legendItems() const
{
    return {{LegendItem::Symbol::Line, style::roadColor(QStringLiteral("main")), Tr::tr("Main road")},
            {LegendItem::Symbol::Line, style::roadColor(QStringLiteral("street")), Tr::tr("Street")}};
}

// ---- districts -----------------------------------------------------------------------------

DistrictsLayer::DistrictsLayer(std::shared_ptr<const MapData> data)
    : m_data(std::move(data))
{
    for (const Area &a : m_data->districts)
        m_labelPoints.push_back(labelPoint(a.geometry));
}

QString DistrictsLayer::id() const
{
    return QStringLiteral("districts");
}
QString DistrictsLayer::title() const
{
    return Tr::tr("Districts");
}

Status DistrictsLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent();
    const QPen outline(style::districtOutline(), ctx.px(1.2), Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    for (const Area &a : m_data->districts) {
        if (visible(a.geometry, view))
            painter.strokePath(polygonPath(a.geometry, ctx.toPixel), outline);
    }
    return {};
}

void DistrictsLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(ctx.px(12.5))));
    font.setWeight(QFont::Bold);
    font.setLetterSpacing(QFont::PercentageSpacing, 104.0);
    const QFontMetricsF metrics(font, painter.device());
    const QPen halo(QColor(255, 255, 255, 230), ctx.px(3.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    std::vector<QRectF> placed;
    for (size_t i = 0; i < m_data->districts.size(); ++i) {
        const Area &a = m_data->districts[i];
        if (!view.contains(m_labelPoints[i]))
            continue;
        const double w = metrics.horizontalAdvance(a.name);
        const QRectF bounds = ctx.settings.toPixel(extentOf(a.geometry));
        if (bounds.width() < w * 0.8)
            continue;
        const QPointF at = ctx.toPixel(m_labelPoints[i]);
        const QRectF box(at.x() - w / 2.0, at.y() - metrics.height() / 2.0, w, metrics.height());
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(box); }))
            continue;
        placed.push_back(box);
        QPainterPath text;
        text.addText(QPointF(box.left(), box.top() + metrics.ascent()), font, a.name);
        painter.strokePath(text, halo);
        painter.fillPath(text, style::districtLabel());
    }
}

std::vector<LegendItem> DistrictsLayer::legendItems() const
{
    return {{LegendItem::Symbol::Outline, style::districtOutline(), Tr::tr("District")}};
}

} // namespace lb::render
