#include "render/marker_symbols.h"

#include "render/map_style.h"

#include <algorithm>
#include <cmath>

namespace lb::render::style {

QPainterPath markerPath(SymbolShape shape, double size)
{
    const double r = size / 2.0;
    QPainterPath path;
    switch (shape) {
    case SymbolShape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case SymbolShape::Square:
        path.addRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8));
        break;
    case SymbolShape::Triangle:
        path.moveTo(0, -r * 1.1);
        path.lineTo(r * 1.05, r * 0.8);
        path.lineTo(-r * 1.05, r * 0.8);
        path.closeSubpath();
        break;
    case SymbolShape::Diamond:
        path.moveTo(0, -r * 1.15);
        path.lineTo(r * 1.15, 0);
        path.lineTo(0, r * 1.15);
        path.lineTo(-r * 1.15, 0);
        path.closeSubpath();
        break;
    case SymbolShape::Pin:
        path = pinPath(size);
        break;
    }
    return path;
}

namespace {
// Pins and squares have the near-black rim of the survey pins and walk findings; the other shapes a
// darker shade of their fill, as the incident points.
QColor rimColor(SymbolShape shape, const QColor &fill)
{
    if (shape == SymbolShape::Pin)
        return QColor(0x30, 0x30, 0x30);
    if (shape == SymbolShape::Square)
        return QColor(0x20, 0x20, 0x20);
    return fill.darker(150);
}

double rimWidth(SymbolShape shape, double size)
{
    if (shape == SymbolShape::Pin)
        return std::max(0.8, size * 0.053);
    if (shape == SymbolShape::Square)
        return std::max(0.8, size / 9.0);
    return std::max(0.8, size / 8.0);
}

// A white dot in a pin's head makes the pin read as a pin, not a blob.
void drawPinDot(QPainter &painter, double size, QPointF at)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(at.x(), at.y() - size * 0.68), size * 0.11, size * 0.11);
}

// The inside of the shape within its rim: what the fill shows when the rim is drawn as a pen
// centred on the outline.
QPainterPath fillPath(SymbolShape shape, double size)
{
    const QPainterPath outline = markerPath(shape, size);
    QPainterPathStroker stroker;
    stroker.setWidth(rimWidth(shape, size));
    return outline.subtracted(stroker.createStroke(outline));
}
} // namespace

void drawMarker(QPainter &painter, SymbolShape shape, const QColor &fill, double size, QPointF at)
{
    painter.setPen(QPen(rimColor(shape, fill), rimWidth(shape, size)));
    painter.setBrush(fill);
    painter.drawPath(markerPath(shape, size).translated(at));
    if (shape == SymbolShape::Pin)
        drawPinDot(painter, size, at);
}

void drawMarkerRim(QPainter &painter, SymbolShape shape, const QColor &fill, double size, QPointF at)
{
    const QColor rim = rimColor(shape, fill);
    painter.setPen(QPen(rim, rimWidth(shape, size)));
    painter.setBrush(rim);
    painter.drawPath(markerPath(shape, size).translated(at));
}

void drawMarkerFill(QPainter &painter, SymbolShape shape, const QColor &fill, double size, QPointF at)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(fillPath(shape, size).translated(at));
    if (shape == SymbolShape::Pin)
        drawPinDot(painter, size, at);
}

MarkerLayers markerLayers(SymbolShape shape, const QColor &fill, double size)
{
    const QRectF bounds = markerPath(shape, size).boundingRect();
    const double reach = std::max(
        {std::abs(bounds.left()), std::abs(bounds.right()), std::abs(bounds.top()), std::abs(bounds.bottom())});
    const int side = int(std::ceil(2.0 * reach + rimWidth(shape, size) + 2.0));
    const QPointF centre(side / 2.0, side / 2.0);
    MarkerLayers layers;
    for (QImage *img : {&layers.rim, &layers.fill}) {
        *img = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        img->fill(Qt::transparent);
        QPainter p(img);
        p.setRenderHint(QPainter::Antialiasing);
        if (img == &layers.rim)
            drawMarkerRim(p, shape, fill, size, centre);
        else
            drawMarkerFill(p, shape, fill, size, centre);
    }
    return layers;
}

QImage markerSymbol(SymbolShape shape, const QColor &fill, double size)
{
    if (shape == SymbolShape::Circle)
        return circleSymbol(fill, size / 2.0);
    const QRectF bounds = markerPath(shape, size).boundingRect();
    const double reach = std::max(
        {std::abs(bounds.left()), std::abs(bounds.right()), std::abs(bounds.top()), std::abs(bounds.bottom())});
    const int side = int(std::ceil(2.0 * reach + 3.0));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    drawMarker(p, shape, fill, size, QPointF(side / 2.0, side / 2.0));
    return img;
}

namespace {
QFont labelFont(double pixelScale)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(10.5 * pixelScale))));
    return font;
}
} // namespace

PointLabels::PointLabels(double pixelScale)
    : m_scale(pixelScale)
    , m_font(labelFont(pixelScale))
    , m_metrics(m_font)
{}

void PointLabels::add(QPointF anchor, double offset, const QString &text)
{
    if (text.isEmpty())
        return;
    auto width = m_widths.constFind(text);
    if (width == m_widths.constEnd())
        width = m_widths.insert(text, m_metrics.horizontalAdvance(text));
    const QPointF baseline(anchor.x() + offset + 3.0 * m_scale,
                           anchor.y() + (m_metrics.ascent() - m_metrics.descent()) / 2.0);
    const QRectF box(baseline.x() - 2.0 * m_scale, baseline.y() - m_metrics.ascent() - 2.0 * m_scale,
                     *width + 4.0 * m_scale, m_metrics.height() + 4.0 * m_scale);
    // Placed labels are found through a grid of 64-pixel cells, so a crowded view costs no more
    // than a few comparisons per candidate.
    const int x0 = int(std::floor(box.left() / 64.0)), x1 = int(std::floor(box.right() / 64.0));
    const int y0 = int(std::floor(box.top() / 64.0)), y1 = int(std::floor(box.bottom() / 64.0));
    const auto key = [](int x, int y) {
        return (qint64(x) << 32) ^ qint64(std::uint32_t(y));
    };
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            if (const auto it = m_cells.find(key(x, y)); it != m_cells.end())
                for (size_t i : it->second)
                    if (m_placed[i].box.intersects(box))
                        return;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            m_cells[key(x, y)].push_back(m_placed.size());
    m_placed.push_back({box, baseline, text});
}

void PointLabels::draw(QPainter &painter) const
{
    if (m_placed.empty())
        return;
    QPainterPath text;
    for (const Placed &p : m_placed)
        text.addText(p.baseline, m_font, p.text);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.strokePath(text,
                       QPen(QColor(255, 255, 255, 230), 3.0 * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(text, QColor(0x20, 0x20, 0x20));
    painter.restore();
}

QString PointLabels::truncated(const QString &text, int max)
{
    const QString t = text.simplified();
    return t.size() <= max ? t : t.left(max - 1).trimmed() + QChar(0x2026);
}

} // namespace lb::render::style
