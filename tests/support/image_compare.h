#pragma once

// Pixel checks for rendering tests: colour distance with a tolerance, counting pixels of a colour
// in a region, and comparing two images. Tolerances absorb anti-aliasing, not wrong colours.

#include <QColor>
#include <QImage>
#include <QRect>

namespace lb::test {

// Largest difference of the R, G and B channels.
int colorDistance(QRgb a, QRgb b);
bool colorNear(QRgb pixel, const QColor &expected, int tolerance = 12);

// Pixels in `region` (clipped to the image) within `tolerance` of `color`.
int countColor(const QImage &image, const QRect &region, const QColor &color, int tolerance = 12);
// True when some pixel in the square of half-size `radius` around `center` is near `color`.
bool hasColorNear(const QImage &image, QPoint center, int radius, const QColor &color, int tolerance = 12);

struct ImageDiff {
    bool sameSize = false;
    int differingPixels = 0; // pixels whose distance exceeds the tolerance
    int maxDistance = 0;
};
ImageDiff compareImages(const QImage &a, const QImage &b, int tolerance = 0);

} // namespace lb::test
