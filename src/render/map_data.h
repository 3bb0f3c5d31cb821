#pragma once

// MapData: an immutable snapshot of what the map layers draw, read once from a store. Render jobs
// share it through std::shared_ptr<const MapData> and never touch the store, so a redraw after a
// pan or zoom costs only drawing, not SQL; the incidents sit in a PointGrid so a zoomed-in view
// visits only the points near it. Reload (loadMapData again) after the store has changed.
//
// loadMapData opens its own read-only Store, so it may run on any thread; the result is
// immutable and may be read from any number of threads.

#include "core/feedback.h"
#include "core/records.h"
#include "core/result.h"
#include "core/taxonomy.h"
#include "render/point_grid.h"
#include "store/incident_filter.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <memory>
#include <vector>

namespace lb::render {

// The incidents with a position of their own (exact or street), as parallel arrays reordered so
// that each PointGrid cell is contiguous. Incidents placed only at an area's or the
// municipality's centre are not here: they are CentreStacks.
struct IncidentSnapshot {
    std::vector<PointXY> positions;
    std::vector<Instant> times;
    std::vector<FeatureId> ids;               // the store's fid, for identify and selection
    std::vector<std::uint8_t> hour;           // local hour of day 0..23, for the time-of-day filter
    std::vector<LocationPrecision> precision; // Exact or Street
    std::vector<std::uint8_t> group;          // index into MapData::groups
    std::vector<std::uint16_t> category;      // index into MapData::categories
    std::vector<std::uint8_t> sensitive;      // 1 for an incident of a sensitive category
    std::vector<std::uint16_t> source;        // index into MapData::sources
    std::vector<std::uint16_t> district;      // index into MapData::districts, 0xffff outside all
    PointGrid grid;

    size_t size() const { return positions.size(); }
};

// Incidents whose stored position is only the centre of an area or of the municipality, one stack
// per position. They are drawn as what they are, with their count, never as ordinary points.
struct CentreStack {
    PointXY position;
    QString placeName; // the district (or municipality) whose centre the position is
    LocationPrecision precision = LocationPrecision::AreaCentroid;
    std::vector<Instant> times;          // incidents of ordinary categories
    std::vector<Instant> sensitiveTimes; // incidents of sensitive categories
    // Parallel to times and sensitiveTimes: category index (into MapData::categories, 0xffff for
    // a code the taxonomy lacks) and local hour, for the map filter.
    std::vector<std::uint16_t> categories, sensitiveCategories;
    std::vector<std::uint8_t> hours, sensitiveHours;
    std::vector<std::uint16_t> sources, sensitiveSources; // index into MapData::sources
    std::vector<FeatureId> ids, sensitiveIds;             // the store's fids
    std::uint16_t district = 0xffff; // the district the position lies in (MapData::districts), 0xffff none
};

// Every incident of a sensitive category, whatever its precision, with the district it lies in,
// for the layer that shows them as counts per district.
struct SensitiveIncidents {
    std::vector<Instant> times;
    std::vector<int> district; // index into MapData::districts, -1 outside every district
    std::vector<std::uint16_t> category;
    std::vector<std::uint8_t> hour;
    std::vector<LocationPrecision> precision;
    std::vector<std::uint16_t> source; // index into MapData::sources

    size_t size() const { return times.size(); }
};

struct MapData {
    QString storePath;
    QString name;
    int epsg = 0;
    QTimeZone timeZone; // the store's: local hours and dates of the filter
    Extent fullExtent;  // of the areas, or of everything when the store has no areas

    std::vector<Area> municipality;
    std::vector<Area> districts;
    std::vector<BaseFeature> water;
    std::vector<BaseFeature> roads;
    IncidentSnapshot incidents;
    std::vector<CentreStack> centreStacks;
    SensitiveIncidents sensitiveIncidents;
    std::vector<SurveyPin> surveyPins;
    std::vector<Survey> surveys;             // the survey rounds
    std::vector<SurveyAnswer> surveyAnswers; // per area and round, for the choropleth
    std::vector<Walk> walks;
    std::vector<WalkFinding> findings;

    std::vector<CategoryGroup> groups;     // the taxonomy's groups in display order
    std::vector<Category> categories;      // the store's categories
    QStringList sources;                   // the incidents' reporting organisations, sorted
    std::vector<std::int64_t> groupCounts; // incidents drawn as points by default, per group
};

// Reads the layers of the store at `path`. Reports progress on `feedback` and stops early when
// it is canceled (the result is then an error saying so).
//
// `incidentScope` limits the incidents read to what one view needs: its extent (through the
// store's R-tree; incidents whose position lies outside it are left out, so a one-off render of
// a small view does not read the whole store), its time span (through the time index) and its
// categories. The default reads every incident. Sensitive incidents are read for the whole store
// even then (within the span and categories), because the layer that shows them counts them per
// district and a district may reach outside the view. With a scope, groupCounts and the incident
// snapshot cover the scope only.
Result<std::shared_ptr<const MapData>> loadMapData(const QString &path, Feedback &feedback,
                                                   const store::IncidentFilter &incidentScope = {});

// Builds the snapshot's incident arrays and index from plain points (used by loadMapData and by
// tests that build a snapshot without a store).
// `sensitive`, `ids`, `hour`, `precision`, `source` and `district` may be empty (none sensitive,
// ids 0, hour 0, exact, no source, no district).
IncidentSnapshot makeIncidentSnapshot(std::vector<PointXY> positions, std::vector<Instant> times,
                                      std::vector<std::uint8_t> group, std::vector<std::uint16_t> category,
                                      std::vector<std::uint8_t> sensitive = {}, std::vector<FeatureId> ids = {},
                                      std::vector<std::uint8_t> hour = {},
                                      std::vector<LocationPrecision> precision = {},
                                      std::vector<std::uint16_t> source = {}, std::vector<std::uint16_t> district = {});

// Index of a group code in categoryGroups(); unknown codes map to "other".
std::uint8_t groupIndex(const QString &groupCode);

} // namespace lb::render
