#pragma once

// The incident layer's aggregated forms for one view: clusters (one per patch of the screen, at
// the mean position of its incidents) and hexagonal bins (a hexagon grid fixed to the map, so
// bins do not jump while panning). Both count exactly the incidents the layer would draw as
// points: the map filter, the settings' time span, and sensitive categories only when the
// disclosure rules show them. Pure functions of immutable data; any thread may call them.

#include "core/feedback.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_settings.h"

#include <QPointF>
#include <QPolygonF>

#include <cstdint>
#include <vector>

namespace lb::render {

struct IncidentBin {
    PointXY position;        // map position: the mean of a cluster, the centre of a hexagon
    QPointF pixel;           // the same in the output's device pixels
    std::int64_t count = 0;  // incidents in it
    std::uint32_t first = 0; // index (into IncidentSnapshot) of one of them, for a lone incident
};

// Calls visit(i) for every incident of `inc` inside `extent` that the layer shows under
// `filter`, the settings' time span and disclosure rules. Returns false when canceled.
template <class Visit>
bool forEachShownIncident(const IncidentSnapshot &inc, const CompiledMapFilter &filter, const MapSettings &settings,
                          const Extent &extent, Feedback &feedback, Visit &&visit)
{
    const TimeSpan span = settings.incidentSpan();
    const bool filterTime = span.isValid();
    const bool filtered = filter.filter().isActive();
    const bool showSensitive = settings.disclosure().showSensitivePoints;
    std::uint32_t visited = 0;
    for (const PointGrid::Range &r : inc.grid.query(extent)) {
        for (std::uint32_t i = r.begin; i < r.end; ++i) {
            if (++visited % 16384 == 0 && feedback.isCanceled())
                return false;
            if (!extent.contains(inc.positions[i]))
                continue;
            if (filterTime && !span.contains(inc.times[i]))
                continue;
            if (inc.sensitive[i] && !showSensitive)
                continue;
            if (filtered && !filter.accepts(inc.times[i], inc.hour[i], inc.category[i], inc.precision[i], inc.source[i],
                                            inc.district[i]))
                continue;
            visit(i);
        }
    }
    return true;
}

// Size of a cluster's patch of the screen, and circumradius of a hexagon, in device pixels.
double clusterCellPixels(const MapSettings &settings);
double hexagonRadiusPixels(const MapSettings &settings);

// Clusters of the shown incidents that touch the view, in a grid of cells `cellPixels` wide fixed
// to the map. Empty when canceled.
std::vector<IncidentBin> clusterIncidents(const IncidentSnapshot &inc, const CompiledMapFilter &filter,
                                          const MapSettings &settings, Feedback &feedback, double cellPixels);

// Pointy-top hexagons of circumradius `radiusPixels` that touch the view and hold incidents, with
// the count of every incident inside each (also those outside the view). Empty when canceled.
std::vector<IncidentBin> hexBinIncidents(const IncidentSnapshot &inc, const CompiledMapFilter &filter,
                                         const MapSettings &settings, Feedback &feedback, double radiusPixels);

// The outline of a pointy-top hexagon in device pixels.
QPolygonF hexagonPolygon(QPointF centre, double radiusPixels);

// Incidents shown inside the view.
std::int64_t countShownIncidents(const IncidentSnapshot &inc, const CompiledMapFilter &filter,
                                 const MapSettings &settings, Feedback &feedback);

} // namespace lb::render
