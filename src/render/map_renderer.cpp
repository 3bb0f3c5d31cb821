#include "render/map_renderer.h"

#include "render/map_style.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>

#include <cmath>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::MapRenderer)
};

// Exact positions of sensitive incidents are a deliberate choice; every output that shows them
// says so on its face, whichever layers are visible.
void drawSensitiveWarning(QPainter &painter, const MapSettings &settings)
{
    const double s = settings.pixelScale();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(12.0 * s)));
    font.setWeight(QFont::Bold);
    const QFontMetricsF metrics(font, painter.device());
    const QString text = Tr::tr("Exact positions of sensitive incidents are shown");
    const QRectF box(8.0 * s, 8.0 * s, metrics.horizontalAdvance(text) + 16.0 * s, metrics.height() + 8.0 * s);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xb4, 0x1e, 0x1e));
    painter.drawRect(box);
    style::fillCentredText(painter, font, box, text, Qt::white);
    painter.restore();
}
} // namespace

namespace {
// A layer drawn with an opacity below 1 is composed as a whole, as in other GIS programs, so its
// own overlapping symbols do not shine through each other: on a raster it is drawn into an image
// of its own first; in a vector output each of its shapes is drawn translucent.
Status drawLayer(QPainter &painter, const MapLayer &layer, const RenderContext &context)
{
    const double opacity = context.settings.layerOpacity(layer.id());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    Status status;
    if (opacity < 1.0 && context.rasterTarget) {
        QImage own(context.settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
        own.fill(Qt::transparent);
        {
            QPainter p(&own);
            p.setRenderHint(QPainter::Antialiasing);
            status = layer.draw(p, context);
        }
        painter.setOpacity(opacity);
        painter.drawImage(QPointF(0, 0), own);
    } else {
        painter.setOpacity(opacity);
        status = layer.draw(painter, context);
    }
    painter.restore();
    return status;
}
} // namespace

RenderResult renderMap(QPainter &painter, const MapSettings &settings, const LayerList &layers, Feedback &feedback,
                       bool fillBackground)
{
    QElapsedTimer timer;
    timer.start();
    RenderResult result;
    if (!settings.isValid())
        return result;
    const QRectF frame(QPointF(0, 0), QSizeF(settings.outputSize()));
    painter.save();
    painter.setClipRect(frame);
    if (fillBackground)
        painter.fillRect(frame, settings.backgroundColor());
    const bool raster = painter.device() && painter.device()->devType() == QInternal::Image;
    const RenderContext context{settings, MapToPixel(settings), feedback, raster};
    for (const auto &layer : layers) {
        if (feedback.isCanceled())
            break;
        if (!settings.isLayerVisible(layer->id()))
            continue;
        const Status status = drawLayer(painter, *layer, context);
        if (!status)
            result.errors.push_back({layer->id(), status.errorMessage()});
    }
    for (const auto &layer : layers) {
        if (feedback.isCanceled() || !settings.isLayerVisible(layer->id()))
            continue;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(settings.layerOpacity(layer->id()));
        layer->drawLabels(painter, context);
        painter.restore();
    }
    if (settings.disclosure().showSensitivePoints && !feedback.isCanceled())
        drawSensitiveWarning(painter, settings);
    painter.restore();
    result.canceled = feedback.isCanceled();
    result.elapsedMs = timer.elapsed();
    return result;
}

QImage renderImage(const MapSettings &settings, const LayerList &layers, Feedback &feedback, RenderResult *result)
{
    if (!settings.isValid())
        return {};
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    // Dots per metre, so a saved PNG carries the DPI the symbols were sized for.
    const int dpm = int(settings.outputDpi() / 0.0254 + 0.5);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    QPainter painter(&image);
    const RenderResult r = renderMap(painter, settings, layers, feedback);
    painter.end();
    if (result)
        *result = r;
    return image;
}

} // namespace lb::render
