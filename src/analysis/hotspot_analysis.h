#pragma once

// Hot spot analysis of incident points: count events per cell of a square or hexagonal grid and
// run Gi* on the counts. Left to itself it chooses its own settings in the spirit of ArcGIS's
// Optimized Hot Spot Analysis — the cell size from nearest-neighbour distances, the distance band
// from the first peak of global Moran's I over increasing distances (incremental spatial
// autocorrelation) — and says in plain words what it chose and why. It refuses, with a message a
// coordinator can act on, when the data cannot support a map: too few events, no variation, or
// only centroid-level positions. Any thread may call it; it polls the feedback for cancel.

#include "analysis/cell_grid.h"
#include "analysis/gi_star.h"
#include "core/feedback.h"
#include "core/records.h"
#include "core/result.h"

#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace lb::analysis {

enum class Neighbourhood { DistanceBand, KNearest, Contiguity };

struct HotspotParameters {
    CellShape shape = CellShape::Square;
    double cellSize = 0.0; // metres; 0 chooses it from nearest-neighbour distances
    Neighbourhood neighbourhood = Neighbourhood::DistanceBand;
    double distanceBand = 0.0; // metres; 0 chooses it by incremental spatial autocorrelation
    int k = 8;                 // neighbours for Neighbourhood::KNearest
    // Where events can happen (the municipality, land without lakes). Cells whose centres lie
    // inside take part, empty or not. Without it only cells with at least one event take part,
    // so lakes and forests do not make every built-up area look hot.
    std::optional<MultiPolygon> studyArea;
    bool fdrCorrection = true;
    std::size_t minimumEvents = 30;
    int threads = 0;
};

struct HotspotInput {
    std::span<const PointXY> points;
    std::span<const LocationPrecision> precision; // empty: all exact
    std::span<const double> weights;              // empty: every event counts 1
};

// One distance of the incremental spatial autocorrelation.
struct AutocorrelationStep {
    double distance = 0.0;
    double moranI = 0.0;
    double z = 0.0;
};

struct HotspotResult {
    CellGrid grid;
    std::vector<double> counts;         // events per cell
    std::vector<std::uint8_t> included; // cells that took part
    GiStarResult gi;
    double cellSize = 0.0;
    double distanceBand = 0.0; // 0 for k nearest neighbours and contiguity
    bool cellSizeChosen = false;
    bool distanceBandChosen = false;
    std::vector<AutocorrelationStep> autocorrelation;
    std::size_t eventsUsed = 0;
    std::size_t centroidEventsLeftOut = 0;
    QStringList explanation; // what was chosen, why, and how to read the map
    QStringList warnings;
    bool canceled = false;
};

Result<HotspotResult> hotspotAnalysis(const HotspotInput &input, const HotspotParameters &parameters,
                                      Feedback &feedback);

// A "nice" number at or above x: 1, 2, 2.5 or 5 times a power of ten.
double niceCeil(double x);

} // namespace lb::analysis
