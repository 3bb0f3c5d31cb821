#include "render/geometry_paths.h"

#include <algorithm>
#include <cmath>

namespace lb::render {

namespace {

void addRing(QPainterPath &path, const std::vector<PointXY> &ring, const MapToPixel &toPixel, bool close)
{
    if (ring.size() < 2)
        return;
    path.moveTo(toPixel(ring.front()));
    QPointF last = toPixel(ring.front());
    for (size_t i = 1; i < ring.size(); ++i) {
        const QPointF p = toPixel(ring[i]);
        // Vertices closer than a quarter pixel add nothing visible but cost stroking time.
        if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < 0.25 && i + 1 < ring.size())
            continue;
        path.lineTo(p);
        last = p;
    }
    if (close)
        path.closeSubpath();
}

double distanceToSegment(PointXY p, PointXY a, PointXY b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x + t * dx - p.x;
    const double ey = a.y + t * dy - p.y;
    return std::sqrt(ex * ex + ey * ey);
}

double distanceToEdges(PointXY p, const Polygon &polygon)
{
    double best = std::numeric_limits<double>::infinity();
    for (const LinearRing &ring : polygon.rings) {
        for (size_t i = 1; i < ring.size(); ++i)
            best = std::min(best, distanceToSegment(p, ring[i - 1], ring[i]));
    }
    return best;
}

} // namespace

QPainterPath polygonPath(const MultiPolygon &polygons, const MapToPixel &toPixel)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &polygon : polygons) {
        for (const LinearRing &ring : polygon.rings)
            addRing(path, ring, toPixel, true);
    }
    return path;
}

QPainterPath linePath(const MultiLineString &lines, const MapToPixel &toPixel)
{
    QPainterPath path;
    for (const LineString &line : lines)
        addRing(path, line, toPixel, false);
    return path;
}

QPainterPath linePath(const LineString &line, const MapToPixel &toPixel)
{
    QPainterPath path;
    addRing(path, line, toPixel, false);
    return path;
}

PointXY labelPoint(const MultiPolygon &polygons)
{
    const Polygon *largest = nullptr;
    double largestArea = -1.0;
    for (const Polygon &p : polygons) {
        const double a = area(p);
        if (a > largestArea) {
            largestArea = a;
            largest = &p;
        }
    }
    if (!largest || largest->rings.empty())
        return extentOf(polygons).center();
    const Extent e = extentOf(std::span<const PointXY>(largest->rings.front()));
    PointXY best = e.center();
    double bestDistance = -1.0;
    constexpr int steps = 24;
    for (int iy = 0; iy <= steps; ++iy) {
        for (int ix = 0; ix <= steps; ++ix) {
            const PointXY c{e.minX + e.width() * ix / steps, e.minY + e.height() * iy / steps};
            if (!contains(*largest, c))
                continue;
            // Prefer points near the centre among nearly equal ones, so labels look centred.
            const double d = distanceToEdges(c, *largest);
            const double centrality = std::hypot(c.x - e.center().x, c.y - e.center().y);
            const double score = d - 0.1 * centrality;
            if (score > bestDistance) {
                bestDistance = score;
                best = c;
            }
        }
    }
    return best;
}

} // namespace lb::render
