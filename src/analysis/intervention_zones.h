#pragma once

// Which zone of an intervention evaluation a point lies in: the target area (within the radius of
// the point or route, inside the polygon or the districts), the buffer zone (a band of the given
// width around the target area), the comparison area, or outside all three. Target and buffer
// come first, so a comparison area that overlaps them loses those points to them.
// Plain geometry in the store's projected CRS (metres); any thread may call it.

#include "analysis/intervention_evaluation.h"
#include "core/intervention.h"

namespace lb::analysis {

class InterventionZones {
public:
    // `districtGeometry`: the geometry of the intervention's districts (for InterventionShape::Districts).
    InterventionZones(const Intervention &intervention, MultiPolygon districtGeometry, double bufferMetres,
                      MultiPolygon comparison);

    // Metres from the edge of the target area; 0 inside it.
    double distanceToTarget(PointXY p) const;
    EvaluationArea classify(PointXY p) const;
    // True when the area may share ground with the target area or its buffer zone: a corner of the
    // target lies inside it, or a corner of the area lies within the buffer distance of the target.
    bool touches(const MultiPolygon &area) const;

private:
    InterventionShape m_shape;
    PointXY m_point;
    double m_radius;
    LineString m_route;
    MultiPolygon m_target;
    double m_buffer;
    MultiPolygon m_comparison;
};

// Distance from p to the segment ab.
double segmentDistance(PointXY p, PointXY a, PointXY b);

} // namespace lb::analysis
