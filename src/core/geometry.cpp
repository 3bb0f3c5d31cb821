#include "core/geometry.h"

namespace lb {

Extent extentOf(std::span<const PointXY> points)
{
    Extent e;
    for (const PointXY &p : points)
        e.include(p);
    return e;
}

Extent extentOf(const MultiPolygon &polygons)
{
    Extent e;
    for (const Polygon &poly : polygons)
        if (!poly.rings.empty())
            e.include(extentOf(poly.rings.front()));
    return e;
}

Extent extentOf(const MultiLineString &lines)
{
    Extent e;
    for (const LineString &line : lines)
        e.include(extentOf(line));
    return e;
}

static bool ringContains(const LinearRing &ring, PointXY p)
{
    bool inside = false;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const PointXY &a = ring[i];
        const PointXY &b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool contains(const Polygon &polygon, PointXY p)
{
    bool inside = false;
    for (const LinearRing &ring : polygon.rings)
        if (ringContains(ring, p))
            inside = !inside;
    return inside;
}

bool contains(const MultiPolygon &polygons, PointXY p)
{
    for (const Polygon &poly : polygons)
        if (contains(poly, p))
            return true;
    return false;
}

double signedArea(const LinearRing &ring)
{
    double sum = 0.0;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++)
        sum += (ring[j].x * ring[i].y) - (ring[i].x * ring[j].y);
    return sum / 2.0;
}

double area(const Polygon &polygon)
{
    if (polygon.rings.empty())
        return 0.0;
    double a = std::abs(signedArea(polygon.rings.front()));
    for (size_t i = 1; i < polygon.rings.size(); ++i)
        a -= std::abs(signedArea(polygon.rings[i]));
    return a;
}

double area(const MultiPolygon &polygons)
{
    double a = 0.0;
    for (const Polygon &poly : polygons)
        a += area(poly);
    return a;
}

} // namespace lb
