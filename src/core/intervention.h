#pragma once

// An intervention (insats): something the municipality and its partners did in a place over a
// period — cameras, guards, lighting, cleared bushes, a redesigned tunnel — and whose effect on
// incidents can be evaluated. Where it acted is a point with a radius, a route (with the distance
// either side that counts as on it), a polygon, or a list of districts.
// Plain value types; safe to copy across threads.

#include "core/geometry.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lb {

enum class InterventionShape { Point, Route, Polygon, Districts };

QString toString(InterventionShape shape); // "point", "route", "polygon", "districts"
std::optional<InterventionShape> interventionShapeFromString(const QString &code);

// A record that led to the intervention: a walk finding, a survey pin, an area (hot spot) ...
struct InterventionLink {
    QString table; // "walk_findings", "survey_pins", "areas"
    std::int64_t featureId = 0;
    friend bool operator==(const InterventionLink &, const InterventionLink &) = default;
};

struct Intervention {
    std::int64_t id = 0;
    QString name;
    QString kind; // code from the kinds list, e.g. "camera"
    InterventionShape shape = InterventionShape::Point;
    PointXY point;                     // Point
    double radius = 0.0;               // metres: around the point, or either side of the route
    LineString route;                  // Route
    MultiPolygon polygon;              // Polygon
    std::vector<std::int64_t> areaIds; // Districts: fids in the areas table
    QDate startsOn;
    QDate endsOn; // invalid: still running
    QString organisation;
    std::optional<double> cost; // kronor
    QString description;
    std::vector<InterventionLink> links;
};

struct InterventionKind {
    QString code;
    QString labelSv;
    QString labelEn;
    int sortOrder = 0;
};

// The kinds a new store starts with; the user can add more.
const std::vector<InterventionKind> &defaultInterventionKinds();

} // namespace lb
