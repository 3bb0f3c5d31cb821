#pragma once

// The point symbols a LayerStyle can choose (circle, square, triangle, diamond, pin) as paths and
// as cached images, and the labels drawn beside points. Pure functions of their arguments,
// callable from any thread; sizes are in device pixels.

#include "render/layer_style.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <unordered_map>
#include <vector>

namespace lb::render::style {

// The outline of `shape`, `size` across, centred on (0, 0); a pin stands with its tip at (0, 0)
// and is `size` tall.
QPainterPath markerPath(SymbolShape shape, double size);
// The symbol filled with `fill` and a darker rim, premultiplied ARGB, its anchor (centre, or a
// pin's tip) at the image's centre. Blitting this is much faster than drawing paths.
QImage markerSymbol(SymbolShape shape, const QColor &fill, double size);
// Draws the symbol at `at` as vectors (PDF, SVG, few points).
void drawMarker(QPainter &painter, SymbolShape shape, const QColor &fill, double size, QPointF at);

// The same symbol split into its rim (the whole shape in the rim's colour) and its fill (the inside
// within the rim), for drawing crowded points in two passes, every rim and then every fill, so that
// touching symbols merge into one patch with one outer edge. Both images have the same size and
// anchor at their centre.
struct MarkerLayers {
    QImage rim;
    QImage fill;
};
MarkerLayers markerLayers(SymbolShape shape, const QColor &fill, double size);
void drawMarkerRim(QPainter &painter, SymbolShape shape, const QColor &fill, double size, QPointF at);
void drawMarkerFill(QPainter &painter, SymbolShape shape, const QColor &fill, double size, QPointF at);

// Labels beside points: each text to the right of its point, with a white halo, left out where it
// would overlap a label placed before it, so a crowded view stays readable. Not thread-safe; one
// per draw.
class PointLabels {
public:
    explicit PointLabels(double pixelScale);
    // `offset`: how far right of `anchor` the text starts (the symbol's half width).
    void add(QPointF anchor, double offset, const QString &text);
    void draw(QPainter &painter) const;
    // Texts longer than `max` characters end with "…".
    static QString truncated(const QString &text, int max = 30);
    size_t placedCount() const { return m_placed.size(); }

private:
    struct Placed {
        QRectF box;
        QPointF baseline;
        QString text;
    };
    double m_scale;
    QFont m_font;
    QFontMetricsF m_metrics;
    QHash<QString, double> m_widths;
    std::vector<Placed> m_placed;
    std::unordered_map<qint64, std::vector<size_t>> m_cells;
};

} // namespace lb::render::style
