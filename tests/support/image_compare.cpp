#include "support/image_compare.h"

#include <algorithm>
#include <cstdlib>

namespace lb::test {

int colorDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

bool colorNear(QRgb pixel, const QColor &expected, int tolerance)
{
    return colorDistance(pixel, expected.rgb()) <= tolerance;
}

int countColor(const QImage &image, const QRect &region, const QColor &color, int tolerance)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRect r = region.intersected(img.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += colorNear(img.pixel(x, y), color, tolerance) ? 1 : 0;
    }
    return n;
}

bool hasColorNear(const QImage &image, QPoint center, int radius, const QColor &color, int tolerance)
{
    return countColor(image, QRect(center.x() - radius, center.y() - radius, 2 * radius + 1, 2 * radius + 1), color,
                      tolerance) > 0;
}

ImageDiff compareImages(const QImage &a, const QImage &b, int tolerance)
{
    ImageDiff diff;
    diff.sameSize = a.size() == b.size();
    if (!diff.sameSize)
        return diff;
    const QImage ia = a.convertToFormat(QImage::Format_ARGB32);
    const QImage ib = b.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < ia.height(); ++y) {
        for (int x = 0; x < ia.width(); ++x) {
            const int d = std::max(colorDistance(ia.pixel(x, y), ib.pixel(x, y)),
                                   std::abs(qAlpha(ia.pixel(x, y)) - qAlpha(ib.pixel(x, y))));
            diff.maxDistance = std::max(diff.maxDistance, d);
            diff.differingPixels += d > tolerance ? 1 : 0;
        }
    }
    return diff;
}

} // namespace lb::test
