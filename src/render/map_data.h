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

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace lb::render {

// The incidents as parallel arrays, reordered so that each PointGrid cell is contiguous.
struct IncidentSnapshot {
    std::vector<PointXY> positions;
    std::vector<Instant> times;
    std::vector<std::uint8_t> group;     // index into MapData::groups
    std::vector<std::uint16_t> category; // index into MapData::categories
    PointGrid grid;

    size_t size() const { return positions.size(); }
};

struct MapData {
    QString storePath;
    QString name;
    int epsg = 0;
    Extent fullExtent; // of the areas, or of everything when the store has no areas

    std::vector<Area> municipality;
    std::vector<Area> districts;
    std::vector<BaseFeature> water;
    std::vector<BaseFeature> roads;
    IncidentSnapshot incidents;
    std::vector<SurveyPin> surveyPins;
    std::vector<Walk> walks;
    std::vector<WalkFinding> findings;

    std::vector<CategoryGroup> groups;     // the taxonomy's groups in display order
    std::vector<Category> categories;      // the store's categories
    std::vector<std::int64_t> groupCounts; // incidents per group
};

// Reads the layers of the store at `path`. Reports progress on `feedback` and stops early when
// it is canceled (the result is then an error saying so).
Result<std::shared_ptr<const MapData>> loadMapData(const QString &path, Feedback &feedback);

// Builds the snapshot's incident arrays and index from plain points (used by loadMapData and by
// tests that build a snapshot without a store).
IncidentSnapshot makeIncidentSnapshot(std::vector<PointXY> positions, std::vector<Instant> times,
                                      std::vector<std::uint8_t> group, std::vector<std::uint16_t> category);

// Index of a group code in categoryGroups(); unknown codes map to "other".
std::uint8_t groupIndex(const QString &groupCode);

} // namespace lb::render
