#include "render/map_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lb::render::style {

QColor landColor()
{
    return {0xf7, 0xf5, 0xf0};
}
QColor outsideColor()
{
    return {0xe6, 0xe4, 0xdf};
}
QColor waterFill()
{
    return {0xb5, 0xd3, 0xe7};
}
QColor waterOutline()
{
    return {0x8d, 0xb5, 0xd3};
}
QColor districtOutline()
{
    return {0x5b, 0x6b, 0x7d};
}
QColor districtLabel()
{
    return {0x33, 0x3f, 0x4c};
}
QColor municipalityOutline()
{
    return {0x39, 0x3f, 0x46};
}
QColor walkRouteColor()
{
    return {0x4b, 0x2c, 0x83};
}

QColor roadColor(const QString &featureClass)
{
    if (featureClass == QLatin1String("main"))
        return {0xa3, 0xa0, 0x9a};
    return {0xc9, 0xc6, 0xc0};
}

double roadWidth(const QString &featureClass, double scaleDenominator)
{
    const bool main = featureClass == QLatin1String("main");
    // Streets thin out when zoomed out so they do not paint the town grey.
    if (scaleDenominator > 60000)
        return main ? 1.4 : 0.5;
    if (scaleDenominator > 15000)
        return main ? 2.2 : 0.9;
    return main ? 3.5 : 1.8;
}

QColor groupColor(const QString &groupCode)
{
    struct Entry {
        const char *code;
        QRgb rgb;
    };
    // Okabe & Ito (2008); the yellow is darkened a step so it shows on the light base map.
    static constexpr Entry entries[] = {
        {"property", 0x0072b2}, // blue
        {"fire", 0xd55e00},     // vermillion
        {"order", 0x56b4e9},    // sky blue
        {"drugs", 0x009e73},    // bluish green
        {"violence", 0xcc3f8f}, // reddish purple, deepened
        {"theft", 0xe69f00},    // orange
        {"unsafe", 0xd9c21a},   // yellow, darkened
        {"other", 0x7f7f7f},    // grey
    };
    for (const Entry &e : entries) {
        if (groupCode == QLatin1String(e.code))
            return QColor::fromRgb(e.rgb);
    }
    return QColor::fromRgb(0x7f7f7f);
}

QColor ratingColor(int rating)
{
    // ColorBrewer RdYlBu, 5 classes, with the middle class darkened so it shows on land.
    static constexpr QRgb colors[] = {0xd7191c, 0xfdae61, 0xe6d96a, 0x74add1, 0x2c7bb6};
    return QColor::fromRgb(colors[std::clamp(rating, 1, 5) - 1]);
}

QColor findingColor(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return {0xd7, 0x26, 0x1e};
    case FindingStatus::InProgress:
        return {0xf0, 0x8c, 0x00};
    case FindingStatus::Fixed:
        return {0x1a, 0x98, 0x50};
    case FindingStatus::Rejected:
        return {0x8c, 0x8c, 0x8c};
    }
    return {0x8c, 0x8c, 0x8c};
}

double incidentRadius(double scaleDenominator)
{
    if (scaleDenominator > 80000)
        return 2.2;
    if (scaleDenominator > 25000)
        return 3.0;
    return 4.0;
}

QImage circleSymbol(const QColor &fill, double radius)
{
    const int side = int(std::ceil(2.0 * radius + 2.0));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(fill.darker(150), std::max(0.8, radius / 4.0)));
    p.setBrush(fill);
    const double c = side / 2.0;
    p.drawEllipse(QPointF(c, c), radius, radius);
    return img;
}

QPainterPath pinPath(double size)
{
    // A round head on a pointed stem, the tip at the origin, so the tip marks the place.
    const double r = size * 0.32;
    const QPointF head(0.0, -size + r);
    QPainterPath path;
    path.moveTo(0.0, 0.0);
    path.lineTo(head.x() - r * 0.75, head.y() + r * 0.65);
    path.arcTo(QRectF(head.x() - r, head.y() - r, 2 * r, 2 * r), 220.0, -260.0);
    path.closeSubpath();
    return path;
}

void fillCentredText(QPainter &painter, const QFont &font, const QRectF &rect, const QString &text, const QColor &color)
{
    const QFontMetricsF metrics(font, painter.device());
    const QPointF baseline(rect.center().x() - metrics.horizontalAdvance(text) / 2.0,
                           rect.center().y() + (metrics.ascent() - metrics.descent()) / 2.0);
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.fillPath(path, color);
}

QColor clusterColor()
{
    return {0x1f, 0x4e, 0x79};
}

int hexagonClass(std::int64_t count)
{
    int cls = 0;
    while (cls + 1 < hexagonClassCount && count >= hexagonClassLowerBound(cls + 1))
        ++cls;
    return cls;
}

std::int64_t hexagonClassLowerBound(int cls)
{
    static constexpr std::int64_t bounds[hexagonClassCount] = {1, 2, 5, 20, 100, 500};
    return bounds[std::clamp(cls, 0, hexagonClassCount - 1)];
}

QColor hexagonColor(int cls)
{
    static constexpr QRgb colors[hexagonClassCount] = {0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84};
    return QColor::fromRgb(colors[std::clamp(cls, 0, hexagonClassCount - 1)]);
}

int shareClass(double share)
{
    return std::clamp(int(std::floor(share * 10.0 + 1e-9)), 0, shareClassCount - 1);
}

QColor shareColor(int cls)
{
    static constexpr QRgb colors[shareClassCount] = {0xfef0d9, 0xfdcc8a, 0xfc8d59, 0xe34a33, 0xb30000};
    return QColor::fromRgb(colors[std::clamp(cls, 0, shareClassCount - 1)]);
}

QColor noAnswerColor()
{
    return {0x9a, 0x9a, 0x9a};
}

QColor centreStackColor()
{
    return {0x26, 0x26, 0x26};
}

void drawCentreStackSymbol(QPainter &painter, QPointF center, double radius, double pixelScale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(centreStackColor(), 1.0 * pixelScale));
    painter.setBrush(Qt::white);
    painter.drawEllipse(center, radius + 2.5 * pixelScale, radius + 2.5 * pixelScale);
    painter.setPen(QPen(centreStackColor(), 1.8 * pixelScale));
    painter.drawEllipse(center, radius, radius);
    painter.restore();
}

QColor sensitiveColor()
{
    return {0x7a, 0x1c, 0x52};
}

void drawSensitiveBadge(QPainter &painter, const QRectF &rect, double pixelScale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.2 * pixelScale));
    painter.setBrush(sensitiveColor());
    const double r = rect.height() / 2.0;
    painter.drawRoundedRect(rect, r, r);
    painter.restore();
}

} // namespace lb::render::style
