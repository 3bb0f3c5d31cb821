#include "render/map_furniture.h"

#include "render/map_style.h"
#include "render/marker_symbols.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::MapFurniture)
};

QFont furnitureFont(double pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

QString lengthText(double metres)
{
    const QLocale locale;
    if (metres >= 1000.0)
        return Tr::tr("%1 km").arg(locale.toString(metres / 1000.0, 'g', 4));
    return Tr::tr("%1 m").arg(locale.toString(metres, 'g', 4));
}
} // namespace

double niceScaleBarLength(double mapUnitsPerPixel, double maxPixels)
{
    const double maxLength = mapUnitsPerPixel * maxPixels;
    if (!(maxLength > 0.0))
        return 0.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxLength)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxLength)
            return step * magnitude;
    }
    return magnitude;
}

QRectF drawScaleBar(QPainter &painter, const MapSettings &settings, QPointF bottomLeft, double pixelScale)
{
    const double upp = settings.mapUnitsPerPixel();
    const double length = niceScaleBarLength(upp, 160.0 * pixelScale);
    const double barW = length / upp;
    const double barH = 5.0 * pixelScale;
    const QFont font = furnitureFont(11.0 * pixelScale);
    const QFontMetricsF fm(font, painter.device());
    const QString label = lengthText(length);
    const QRectF bar(bottomLeft.x(), bottomLeft.y() - barH, barW, barH);
    const QRectF box = bar.adjusted(-6 * pixelScale, -fm.height() - 8 * pixelScale,
                                    fm.horizontalAdvance(label) / 2.0 + 6 * pixelScale, 5 * pixelScale);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(box, 3 * pixelScale, 3 * pixelScale);
    // Four segments, alternately dark and light, as on printed maps.
    for (int i = 0; i < 4; ++i) {
        const QRectF seg(bar.left() + i * barW / 4.0, bar.top(), barW / 4.0, barH);
        painter.fillRect(seg, i % 2 == 0 ? QColor(0x30, 0x30, 0x30) : Qt::white);
    }
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0 * pixelScale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    painter.setFont(font);
    painter.drawText(QPointF(bar.left(), bar.top() - 4 * pixelScale), QStringLiteral("0"));
    painter.drawText(QPointF(bar.right() - fm.horizontalAdvance(label) / 2.0, bar.top() - 4 * pixelScale), label);
    painter.restore();
    return box;
}

void drawNorthArrow(QPainter &painter, const QRectF &rect, double pixelScale)
{
    const QFont font = furnitureFont(rect.height() * 0.28, true);
    const QFontMetricsF fm(font, painter.device());
    const double arrowH = rect.height() - fm.height();
    const double cx = rect.center().x();
    const double top = rect.top() + fm.height();
    const double w = std::min(rect.width(), arrowH) * 0.45;
    QPainterPath left;
    left.moveTo(cx, top);
    left.lineTo(cx - w / 2.0, top + arrowH);
    left.lineTo(cx, top + arrowH * 0.72);
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(cx, top);
    right.lineTo(cx + w / 2.0, top + arrowH);
    right.lineTo(cx, top + arrowH * 0.72);
    right.closeSubpath();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0 * pixelScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(QColor(0x30, 0x30, 0x30));
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(font);
    const QString north = Tr::tr("N", "north arrow");
    painter.drawText(QPointF(cx - fm.horizontalAdvance(north) / 2.0, rect.top() + fm.ascent()), north);
    painter.restore();
}

void drawLegendSymbol(QPainter &painter, const LegendItem &item, const QRectF &rect, double s)
{
    const QPointF c = rect.center();
    const QPen rim(item.color.darker(150), 1.0 * s);
    // A graduated class's size, kept within the legend row.
    const double k = std::clamp(item.sizeFactor, 0.5, 1.6);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (item.symbol) {
    case LegendItem::Symbol::Circle:
        painter.setPen(rim);
        painter.setBrush(item.color);
        painter.drawEllipse(c, 4.5 * s * k, 4.5 * s * k);
        break;
    case LegendItem::Symbol::Square:
        painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.0 * s));
        painter.setBrush(item.color);
        painter.drawRect(QRectF(c.x() - 4.5 * s * k, c.y() - 4.5 * s * k, 9 * s * k, 9 * s * k));
        break;
    case LegendItem::Symbol::Triangle:
        style::drawMarker(painter, SymbolShape::Triangle, item.color, 9.0 * s * k, c);
        break;
    case LegendItem::Symbol::Diamond:
        style::drawMarker(painter, SymbolShape::Diamond, item.color, 9.0 * s * k, c);
        break;
    case LegendItem::Symbol::Pin:
        painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 0.9 * s));
        painter.setBrush(item.color);
        painter.drawPath(style::pinPath(14.0 * s * k).translated(c.x(), c.y() + 7.0 * s * k));
        break;
    case LegendItem::Symbol::Line:
    case LegendItem::Symbol::DashedLine: {
        QPen pen(item.color, 2.5 * s, Qt::SolidLine, Qt::FlatCap);
        if (item.symbol == LegendItem::Symbol::DashedLine)
            pen.setDashPattern({3.0, 2.0});
        painter.setPen(pen);
        painter.drawLine(QPointF(rect.left() + 2 * s, c.y()), QPointF(rect.right() - 2 * s, c.y()));
        break;
    }
    case LegendItem::Symbol::Fill:
        painter.setPen(QPen(item.color.darker(120), 1.0 * s));
        painter.setBrush(item.color);
        painter.drawRect(rect.adjusted(2 * s, 3 * s, -2 * s, -3 * s));
        break;
    case LegendItem::Symbol::Outline:
        painter.setPen(QPen(item.color, 1.6 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(2 * s, 3 * s, -2 * s, -3 * s));
        break;
    case LegendItem::Symbol::CentreStack:
        style::drawCentreStackSymbol(painter, c, 4.0 * s, s);
        break;
    case LegendItem::Symbol::SensitiveBadge:
        style::drawSensitiveBadge(painter, QRectF(c.x() - 8 * s, c.y() - 5 * s, 16 * s, 10 * s), s);
        break;
    }
    painter.restore();
}

QRectF drawLegend(QPainter &painter, const MapSettings &settings, const LayerList &layers, QPointF topLeft, double s)
{
    struct Row {
        bool heading;
        QString text;
        LegendItem item;
    };
    std::vector<Row> rows;
    // Top layers first, as in the layer list.
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (!settings.isLayerVisible((*it)->id()))
            continue;
        const std::vector<LegendItem> items = (*it)->legendItems();
        if (items.empty())
            continue;
        rows.push_back({true, (*it)->title(), {}});
        for (const LegendItem &item : items)
            rows.push_back({false, item.label, item});
    }
    const QFont headingFont = furnitureFont(11.5 * s, true);
    const QFont itemFont = furnitureFont(10.5 * s);
    const QFontMetricsF hm(headingFont, painter.device());
    const QFontMetricsF im(itemFont, painter.device());
    const double rowH = 16.0 * s;
    const double symbolW = 22.0 * s;
    double textW = hm.horizontalAdvance(Tr::tr("Legend"));
    for (const Row &r : rows)
        textW = std::max(textW, r.heading ? hm.horizontalAdvance(r.text) : symbolW + im.horizontalAdvance(r.text));
    // Metrics of vector devices can be a little narrower than what they draw; keep some slack
    // so no label is clipped.
    textW = textW * 1.06 + 4.0 * s;
    const double pad = 8.0 * s;
    const QRectF box(topLeft, QSizeF(textW + 2 * pad, pad * 2 + rowH * (rows.size() + 1)));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.8 * s));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 3 * s, 3 * s);
    double y = box.top() + pad;
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(headingFont);
    painter.drawText(QRectF(box.left() + pad, y, textW, rowH), Qt::AlignVCenter | Qt::AlignLeft, Tr::tr("Legend"));
    y += rowH;
    for (const Row &r : rows) {
        const QRectF line(box.left() + pad, y, textW, rowH);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        if (r.heading) {
            painter.setFont(headingFont);
            painter.drawText(line, Qt::AlignVCenter | Qt::AlignLeft, r.text);
        } else {
            drawLegendSymbol(painter, r.item, QRectF(line.left(), y, symbolW, rowH), s);
            painter.setPen(QColor(0x20, 0x20, 0x20));
            painter.setFont(itemFont);
            painter.drawText(line.adjusted(symbolW + 4 * s, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, r.text);
        }
        y += rowH;
    }
    painter.restore();
    return box;
}

void drawStandardFurniture(QPainter &painter, const MapSettings &settings)
{
    const double s = settings.pixelScale();
    const QSize size = settings.outputSize();
    drawScaleBar(painter, settings, QPointF(16 * s, size.height() - 16 * s), s);
    drawNorthArrow(painter, QRectF(size.width() - 46 * s, 12 * s, 30 * s, 46 * s), s);
}

} // namespace lb::render
