#pragma once

// Plain geometry value types in the store's projected CRS (metres). No ownership tricks:
// everything is a value, cheap to move, safe to copy across threads.

#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace lb {

struct PointXY {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const PointXY &, const PointXY &) = default;
};

// Axis-aligned rectangle. A default-constructed extent is empty and grows with include().
struct Extent {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    static Extent fromCorners(double x1, double y1, double x2, double y2)
    {
        return {std::min(x1, x2), std::min(y1, y2), std::max(x1, x2), std::max(y1, y2)};
    }

    bool isEmpty() const { return !(minX <= maxX && minY <= maxY); }
    double width() const { return isEmpty() ? 0.0 : maxX - minX; }
    double height() const { return isEmpty() ? 0.0 : maxY - minY; }
    PointXY center() const { return {(minX + maxX) / 2.0, (minY + maxY) / 2.0}; }

    bool contains(PointXY p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    bool intersects(const Extent &o) const
    {
        return !isEmpty() && !o.isEmpty() && o.minX <= maxX && o.maxX >= minX && o.minY <= maxY && o.maxY >= minY;
    }
    void include(PointXY p)
    {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void include(const Extent &o)
    {
        if (o.isEmpty())
            return;
        include(PointXY{o.minX, o.minY});
        include(PointXY{o.maxX, o.maxY});
    }
    Extent buffered(double d) const { return {minX - d, minY - d, maxX + d, maxY + d}; }
    friend bool operator==(const Extent &, const Extent &) = default;
};

using LineString = std::vector<PointXY>;
using LinearRing = std::vector<PointXY>; // closed: first point repeated at the end

// A polygon: the first ring is the outer boundary, the others are holes.
struct Polygon {
    std::vector<LinearRing> rings;
};

using MultiPolygon = std::vector<Polygon>;
using MultiLineString = std::vector<LineString>;

Extent extentOf(std::span<const PointXY> points);
Extent extentOf(const MultiPolygon &polygons);
Extent extentOf(const MultiLineString &lines);

// Even-odd rule over all rings, so holes are excluded.
bool contains(const Polygon &polygon, PointXY p);
bool contains(const MultiPolygon &polygons, PointXY p);

// Signed area by the shoelace formula: positive for counter-clockwise rings.
double signedArea(const LinearRing &ring);
// Area of a polygon with holes, in square units of the CRS.
double area(const Polygon &polygon);
double area(const MultiPolygon &polygons);

} // namespace lb
