#include "analysis/intervention_zones.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lb::analysis {

double segmentDistance(PointXY p, PointXY a, PointXY b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

InterventionZones::InterventionZones(const Intervention &intervention, MultiPolygon districtGeometry,
                                     double bufferMetres, MultiPolygon comparison)
    : m_shape(intervention.shape)
    , m_point(intervention.point)
    , m_radius(intervention.radius)
    , m_route(intervention.route)
    , m_target(intervention.shape == InterventionShape::Districts ? std::move(districtGeometry) : intervention.polygon)
    , m_buffer(std::max(0.0, bufferMetres))
    , m_comparison(std::move(comparison))
{}

double InterventionZones::distanceToTarget(PointXY p) const
{
    constexpr double kFar = std::numeric_limits<double>::infinity();
    switch (m_shape) {
    case InterventionShape::Point:
        return std::max(0.0, std::hypot(p.x - m_point.x, p.y - m_point.y) - m_radius);
    case InterventionShape::Route: {
        double d = m_route.size() == 1 ? std::hypot(p.x - m_route[0].x, p.y - m_route[0].y) : kFar;
        for (std::size_t i = 1; i < m_route.size(); ++i)
            d = std::min(d, segmentDistance(p, m_route[i - 1], m_route[i]));
        return std::max(0.0, d - m_radius);
    }
    case InterventionShape::Polygon:
    case InterventionShape::Districts: {
        if (contains(m_target, p))
            return 0.0;
        double d = kFar;
        for (const Polygon &polygon : m_target)
            for (const LinearRing &ring : polygon.rings)
                for (std::size_t i = 1; i < ring.size(); ++i)
                    d = std::min(d, segmentDistance(p, ring[i - 1], ring[i]));
        return d;
    }
    }
    return kFar;
}

EvaluationArea InterventionZones::classify(PointXY p) const
{
    const double d = distanceToTarget(p);
    if (d <= 0.0)
        return EvaluationArea::Target;
    if (d <= m_buffer)
        return EvaluationArea::Buffer;
    if (contains(m_comparison, p))
        return EvaluationArea::Comparison;
    return EvaluationArea::Outside;
}

bool InterventionZones::touches(const MultiPolygon &area) const
{
    std::vector<PointXY> corners;
    switch (m_shape) {
    case InterventionShape::Point:
        corners.push_back(m_point);
        break;
    case InterventionShape::Route:
        corners = m_route;
        break;
    case InterventionShape::Polygon:
    case InterventionShape::Districts:
        for (const Polygon &polygon : m_target)
            for (const LinearRing &ring : polygon.rings)
                corners.insert(corners.end(), ring.begin(), ring.end());
        break;
    }
    for (PointXY c : corners)
        if (contains(area, c))
            return true;
    for (const Polygon &polygon : area)
        for (const LinearRing &ring : polygon.rings)
            for (PointXY c : ring)
                if (distanceToTarget(c) <= m_buffer)
                    return true;
    return false;
}

} // namespace lb::analysis
