#pragma once

// The record kinds a store holds, as plain values in the store's projected CRS.
// Ids are the store's feature ids (0 before the record is written).

#include "core/geometry.h"
#include "core/time_span.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace lb {

using FeatureId = std::int64_t;

// How well a point's position is known. Hotspot methods refuse centroid-level points. A county
// centre is where the police place an event they give only the county for (since 2026).
enum class LocationPrecision { Exact, Street, AreaCentroid, MunicipalityCentroid, CountyCentroid };
QString toString(LocationPrecision p);
std::optional<LocationPrecision> locationPrecisionFromString(const QString &s);
// True for a position that is only the centre of an area, the municipality or the county: such
// incidents are drawn as a marked stack and left out of heat maps and hot spots.
inline bool isCentrePlaced(LocationPrecision p)
{
    return p == LocationPrecision::AreaCentroid || p == LocationPrecision::MunicipalityCentroid ||
           p == LocationPrecision::CountyCentroid;
}

struct Incident {
    FeatureId id = 0;
    PointXY position;
    Instant occurredAt = 0;
    TimePrecision timePrecision = TimePrecision::Exact;
    QString category;  // taxonomy code
    QString source;    // reporting organisation
    QString sourceRef; // the source's own reference id
    LocationPrecision locationPrecision = LocationPrecision::Exact;
    QString description;
    std::int64_t batchId = 0; // import batch, 0 when entered by hand
};

enum class TimeOfDay { Unknown, Day, Evening, Night };
QString toString(TimeOfDay t);
std::optional<TimeOfDay> timeOfDayFromString(const QString &s);

struct Survey {
    std::int64_t id = 0;
    QString name;
    int year = 0;
    QString method; // e.g. "web map survey", "postal questionnaire"
    // The import batch that created the round, or that took it over when the creating batch was
    // undone while the round was still in use; 0 when entered by hand. Undoing this batch removes
    // the round unless other records still use it.
    std::int64_t batchId = 0;
};

struct SurveyPin {
    FeatureId id = 0;
    PointXY position;
    std::int64_t surveyId = 0;
    int rating = 0; // 1 (very unsafe) .. 5 (safe)
    TimeOfDay timeOfDay = TimeOfDay::Unknown;
    QString reason;
    QString comment;
    QString respondent; // pseudonymous id
    std::int64_t batchId = 0;
};

// One indicator for one area in one survey round, e.g. the share who feel unsafe outdoors in
// the evening.
struct SurveyAnswer {
    std::int64_t id = 0;
    std::int64_t surveyId = 0;
    FeatureId areaId = 0;
    QString indicator; // e.g. "unsafe_evening"
    int respondents = 0;
    double share = 0.0; // 0..1
};

struct Walk {
    FeatureId id = 0;
    LineString route;
    QDate date;
    QString name;
    FeatureId areaId = 0;
    QString participants;
    // The import batch that created the walk, or that took it over (as for Survey); 0 when entered
    // by hand. Undoing this batch removes the walk unless findings still refer to it.
    std::int64_t batchId = 0;
};

enum class FindingStatus { Open, InProgress, Fixed, Rejected };
QString toString(FindingStatus s);
std::optional<FindingStatus> findingStatusFromString(const QString &s);

struct WalkFinding {
    FeatureId id = 0;
    PointXY position;
    FeatureId walkId = 0;
    QString kind; // finding-kind code
    QString description;
    QString responsible;
    FindingStatus status = FindingStatus::Open;
    QDate dueDate;
    QDate fixedDate;
    std::int64_t batchId = 0;
    QDate statusChangedOn; // the day the status last changed (work started, rejected); may be invalid
    int pointNumber = 0;   // the walk point it was recorded at; 0 when none
};

struct Area {
    FeatureId id = 0;
    MultiPolygon geometry;
    QString name;
    QString kind;                // "municipality", "district", ...
    std::int64_t population = 0; // 0 when unknown
};

// A feature of a background layer (roads, water, ...).
struct BaseFeature {
    FeatureId id = 0;
    MultiLineString lines; // for line layers
    MultiPolygon polygons; // for polygon layers
    QString name;
    QString featureClass; // e.g. "main", "street", "lake"
};

} // namespace lb
