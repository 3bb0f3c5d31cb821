#include "render/map_renderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPaintDevice>

namespace lb::render {

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
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        const Status status = layer->draw(painter, context);
        painter.restore();
        if (!status)
            result.errors.push_back({layer->id(), status.errorMessage()});
    }
    for (const auto &layer : layers) {
        if (feedback.isCanceled() || !settings.isLayerVisible(layer->id()))
            continue;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        layer->drawLabels(painter, context);
        painter.restore();
    }
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
