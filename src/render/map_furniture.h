#pragma once

// Map furniture drawn over a rendered map: a scale bar, a north arrow and a legend. Used by the
// CLI's PNGs and the PDF layouts (and the canvas's scale bar). Free functions drawing onto any
// painter, callable from any thread. Sizes are at 96 DPI, scaled by `pixelScale`.

#include "render/map_layers.h"
#include "render/map_settings.h"

#include <QPainter>
#include <QRectF>

namespace lb::render {

// A "nice" length (1, 2 or 5 × 10^n metres) whose bar is at most `maxPixels` long.
double niceScaleBarLength(double mapUnitsPerPixel, double maxPixels);

// A scale bar with alternating segments and its length ("500 m", "2 km"), the bar's left end at
// `bottomLeft`. Returns the rectangle it covered.
QRectF drawScaleBar(QPainter &painter, const MapSettings &settings, QPointF bottomLeft, double pixelScale);

// A north arrow filling `rect` (north is up: every store CRS is projected with north up).
void drawNorthArrow(QPainter &painter, const QRectF &rect, double pixelScale);

// The legend of the visible layers, top-left at `topLeft`, in a white box. Returns its rectangle.
QRectF drawLegend(QPainter &painter, const MapSettings &settings, const LayerList &layers, QPointF topLeft,
                  double pixelScale);

// Draws one legend symbol centred in `rect`.
void drawLegendSymbol(QPainter &painter, const LegendItem &item, const QRectF &rect, double pixelScale);

// Scale bar bottom left, north arrow top right: the furniture of the CLI's PNGs.
void drawStandardFurniture(QPainter &painter, const MapSettings &settings);

} // namespace lb::render
