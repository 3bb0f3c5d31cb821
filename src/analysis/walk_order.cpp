#include "analysis/walk_order.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lb::analysis {

namespace {
double distance(PointXY a, PointXY b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}
} // namespace

std::vector<std::size_t> walkingOrder(PointXY start, std::span<const PointXY> points)
{
    const std::size_t n = points.size();
    std::vector<std::size_t> order;
    order.reserve(n);
    std::vector<bool> used(n, false);
    PointXY at = start;
    for (std::size_t step = 0; step < n; ++step) {
        std::size_t best = n;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < n; ++i)
            if (!used[i] && distance(at, points[i]) < bestDistance) {
                best = i;
                bestDistance = distance(at, points[i]);
            }
        used[best] = true;
        order.push_back(best);
        at = points[best];
    }

    // 2-opt on the open path: position 0 is the start, positions 1..n the points in order.
    const auto pos = [&](std::size_t k) {
        return k == 0 ? start : points[order[k - 1]];
    };
    constexpr double kGain = 1e-9; // metres; guards against flipping back and forth on rounding
    bool improved = true;
    for (int pass = 0; improved && pass < 1000; ++pass) {
        improved = false;
        for (std::size_t i = 1; i < n; ++i)
            for (std::size_t j = i + 1; j <= n; ++j) {
                double before = distance(pos(i - 1), pos(i));
                double after = distance(pos(i - 1), pos(j));
                if (j < n) {
                    before += distance(pos(j), pos(j + 1));
                    after += distance(pos(i), pos(j + 1));
                }
                if (after < before - kGain) {
                    std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i - 1),
                                 order.begin() + static_cast<std::ptrdiff_t>(j));
                    improved = true;
                }
            }
    }
    return order;
}

double walkLength(PointXY start, std::span<const PointXY> points, std::span<const std::size_t> order)
{
    double length = 0.0;
    PointXY at = start;
    for (std::size_t i : order) {
        length += distance(at, points[i]);
        at = points[i];
    }
    return length;
}

PointXY westmostPoint(const MultiPolygon &polygons)
{
    PointXY best;
    bool found = false;
    for (const Polygon &polygon : polygons) {
        if (polygon.rings.empty())
            continue;
        for (const PointXY &p : polygon.rings.front())
            if (!found || p.x < best.x || (p.x == best.x && p.y < best.y)) {
                best = p;
                found = true;
            }
    }
    return best;
}

double distanceToLine(PointXY p, std::span<const PointXY> line)
{
    if (line.empty())
        return std::numeric_limits<double>::infinity();
    if (line.size() == 1)
        return distance(p, line.front());
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const PointXY a = line[i], b = line[i + 1];
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double len2 = dx * dx + dy * dy;
        const double t = len2 > 0.0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, distance(p, {a.x + t * dx, a.y + t * dy}));
    }
    return best;
}

} // namespace lb::analysis
