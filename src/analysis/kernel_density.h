#pragma once

// Kernel density estimation (the heat map): each event spreads its weight over a disc of the
// given radius with the chosen kernel shape, and the raster holds the sum in events per km².
// Every kernel is scaled to integrate to 1 over the plane, so the raster integrates to the number
// of events (times their weights) — up to the cells cut off at the raster's edge.
//
// The quartic kernel uses exactly QGIS's heat map definition (same grid, distance from cell
// centre, cells with distance <= radius): our value = QGIS's "raw" value × 3 / (π r²) × 10⁶.
//
// kernelDensity() is reentrant and keeps no state: call it from any thread; it spreads the work
// over worker threads of its own and polls the feedback for cancellation.

#include "analysis/raster_grid.h"
#include "core/feedback.h"
#include "core/geometry.h"
#include "core/records.h"
#include "core/result.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace lb::analysis {

enum class Kernel {
    Quartic,      // 3/(π r²) · (1 − d²/r²)², also called biweight; QGIS's and ArcGIS's default
    Triangular,   // 3/(π r²) · (1 − d/r)
    Epanechnikov, // 2/(π r²) · (1 − d²/r²)
    Gaussian,     // exp(−d²/2σ²) with σ = r · gaussianSigmaFraction, cut at r and rescaled to 1
    Uniform,      // 1/(π r²): a moving-window count per area
};

QString toString(Kernel kernel);
std::optional<Kernel> kernelFromString(const QString &name);

// How the sum over events is computed. Exact: every event's kernel at every cell centre (the
// definition above, to float precision). Binned: events spread over the nearest cell centres and
// the result convolved with the kernel (see binned_kde.h), which costs the same for a million
// events as for one and agrees with the exact sum to a correlation above 0.9999 when the radius
// spans many cells. Automatic takes Binned when the radius is at least kMinBinnedRadiusCells
// cells and the convolution is much cheaper, and never for the uniform kernel, whose raster is an
// exact moving-window count.
enum class KdeMethod { Automatic, Exact, Binned };
inline constexpr double kMinBinnedRadiusCells = 16.0;

struct KdeParameters {
    Kernel kernel = Kernel::Quartic;
    double radius = 500.0;  // metres; an event has no influence beyond it
    double cellSize = 10.0; // metres; used when `grid` is not set
    // A fixed grid (a screen, or the same raster for several periods so they compare cell by
    // cell). When unset, the QGIS heat map grid around the points is used.
    std::optional<RasterGrid> grid;
    double gaussianSigmaFraction = 1.0 / 3.0; // σ / r for the Gaussian kernel
    int threads = 0;                          // 0: one per core
    KdeMethod method = KdeMethod::Automatic;
};

struct KdeResult {
    RasterGrid grid;
    std::vector<float> density; // events per km², row-major from the top row
    Kernel kernel = Kernel::Quartic;
    double radius = 0.0;
    std::size_t eventCount = 0; // events that were used
    double totalWeight = 0.0;   // sum of their weights (their count when unweighted)
    double maxDensity = 0.0;    // events per km²
    bool binned = false;        // computed by the binned convolution, not the exact sum
    bool canceled = false;

    float at(int row, int col) const { return density[static_cast<std::size_t>(row) * grid.cols + col]; }
    // Events represented by the raster: the sum of density × cell area.
    double integral() const;
    // The legend's unit, translated.
    static QString unit();
};

// `weights` is empty (every event counts 1) or one finite weight per point.
Result<KdeResult> kernelDensity(std::span<const PointXY> points, std::span<const double> weights,
                                const KdeParameters &parameters, Feedback &feedback);

// The points that have a position of their own: those placed only at an area's or the
// municipality's centre (see isCentrePlaced) would paint a false hot spot there. `precision` is
// empty (all exact) or one per point; `leftOut` receives how many were dropped.
std::vector<PointXY> pointsWithOwnPosition(std::span<const PointXY> points,
                                           std::span<const LocationPrecision> precision, std::int64_t *leftOut);

// The kernel's value at distance d, in events per km² for one event of weight 1. For tests and
// for legends that explain the kernel shape.
double kernelValue(Kernel kernel, double distance, double radius, double gaussianSigmaFraction = 1.0 / 3.0);

} // namespace lb::analysis
