#include "render/map_settings.h"

#include <algorithm>

namespace lb::render {

bool MapSettings::isValid() const
{
    return !m_extent.isEmpty() && m_extent.width() > 0.0 && m_extent.height() > 0.0 && !m_outputSize.isEmpty() &&
           m_dpi > 0.0;
}

Extent MapSettings::visibleExtent() const
{
    if (!isValid())
        return {};
    const double upp = mapUnitsPerPixel();
    const PointXY c = m_extent.center();
    const double halfW = upp * m_outputSize.width() / 2.0;
    const double halfH = upp * m_outputSize.height() / 2.0;
    return {c.x - halfW, c.y - halfH, c.x + halfW, c.y + halfH};
}

double MapSettings::mapUnitsPerPixel() const
{
    if (!isValid())
        return 1.0;
    return std::max(m_extent.width() / m_outputSize.width(), m_extent.height() / m_outputSize.height());
}

double MapSettings::scaleDenominator() const
{
    constexpr double metresPerInch = 0.0254;
    return mapUnitsPerPixel() * m_dpi / metresPerInch;
}

QPointF MapSettings::toPixel(PointXY p) const
{
    return MapToPixel(*this)(p);
}

PointXY MapSettings::toMap(QPointF pixel) const
{
    const MapToPixel t(*this);
    return {t.originX + pixel.x() * t.unitsPerPixel, t.originY - pixel.y() * t.unitsPerPixel};
}

QRectF MapSettings::toPixel(const Extent &e) const
{
    return QRectF(toPixel(PointXY{e.minX, e.maxY}), toPixel(PointXY{e.maxX, e.minY}));
}

MapSettings MapSettings::withCenterAndResolution(PointXY center, double mapUnitsPerPixel) const
{
    MapSettings s = *this;
    const double halfW = mapUnitsPerPixel * m_outputSize.width() / 2.0;
    const double halfH = mapUnitsPerPixel * m_outputSize.height() / 2.0;
    s.m_extent = {center.x - halfW, center.y - halfH, center.x + halfW, center.y + halfH};
    return s;
}

MapSettings MapSettings::zoomedAt(QPointF pixel, double factor) const
{
    if (!isValid() || factor <= 0.0)
        return *this;
    const PointXY anchor = toMap(pixel);
    const double upp = mapUnitsPerPixel() / factor;
    // The anchor stays under the same pixel: solve for the new centre.
    const double cx = anchor.x - (pixel.x() - m_outputSize.width() / 2.0) * upp;
    const double cy = anchor.y + (pixel.y() - m_outputSize.height() / 2.0) * upp;
    return withCenterAndResolution({cx, cy}, upp);
}

MapSettings MapSettings::panned(QPointF pixelDelta) const
{
    if (!isValid())
        return *this;
    const double upp = mapUnitsPerPixel();
    const PointXY c = visibleExtent().center();
    return withCenterAndResolution({c.x - pixelDelta.x() * upp, c.y + pixelDelta.y() * upp}, upp);
}

MapToPixel::MapToPixel(const MapSettings &s)
{
    const Extent v = s.visibleExtent();
    unitsPerPixel = s.mapUnitsPerPixel();
    originX = v.minX;
    originY = v.maxY;
}

} // namespace lb::render
